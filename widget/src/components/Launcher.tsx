import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Strings } from '../i18n';

export interface LauncherProps {
  t: Strings;
  /** Answers that arrived while the panel was closed. */
  unread: number;
  onOpen: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The round button in the corner. Its accessible name stays "Open chat"; the count is its description. */
export function Launcher({ t, unread, onOpen, buttonRef }: LauncherProps) {
  const descriptionId = useId();
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        class="launcher"
        aria-label={t.openChat}
        aria-describedby={unread > 0 ? descriptionId : undefined}
        onClick={onOpen}
      >
        <svg aria-hidden="true" width="28" height="28" viewBox="0 0 24 24" fill="currentColor">
          <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
        </svg>
        {unread > 0 && (
          <span class="badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {unread > 0 && (
        <span id={descriptionId} class="visually-hidden">
          {t.unread(unread)}
        </span>
      )}
    </>
  );
}
