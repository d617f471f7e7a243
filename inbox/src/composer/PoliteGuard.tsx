/**
 * The polite-register guard's question, shown in place before a curt reply goes out.
 * It takes focus when it opens (on the recommended action) and Escape backs out to
 * editing; the reply box puts focus back in the textarea whichever way it closes.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { ComposerStrings } from './composer-strings';

interface PoliteGuardProps {
  phrase: string;
  suggestion: string;
  strings: ComposerStrings;
  onUseSuggestion: () => void;
  onSendAnyway: () => void;
  onEdit: () => void;
}

export function PoliteGuard({ phrase, suggestion, strings, onUseSuggestion, onSendAnyway, onEdit }: PoliteGuardProps) {
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <div
      role="alertdialog"
      aria-label={strings.names.softerWording}
      aria-describedby={`${id}-why ${id}-suggestion`}
      class="composer-guard"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onEdit();
      }}
    >
      <p class="composer-guard-title">{strings.curtTitle}</p>
      <p id={`${id}-why`}>{strings.curtExplanation(phrase)}</p>
      <blockquote id={`${id}-suggestion`} class="composer-guard-suggestion">
        {suggestion}
      </blockquote>
      <div class="composer-guard-actions">
        <button ref={first} type="button" class="primary" onClick={onUseSuggestion}>
          {strings.names.useSuggestion}
        </button>
        <button type="button" onClick={onSendAnyway}>
          {strings.names.sendAnyway}
        </button>
        <button type="button" onClick={onEdit}>
          {strings.names.edit}
        </button>
      </div>
    </div>
  );
}
