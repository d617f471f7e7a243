import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../../../shared/domain';
import type { Strings } from '../i18n';
import type { ChatController } from '../lib/chat-controller';
import type { PanelModel } from '../lib/panel-model';
import { useStore } from '../lib/use-store';
import { ChatPanel } from './ChatPanel';
import { Launcher } from './Launcher';

export interface WidgetProps {
  chat: ChatController;
  panel: PanelModel;
  t: Strings;
  locale: Locale;
}

/** Whether keyboard focus is inside `element`, looking through its shadow root if it has one. */
function containsFocus(element: Element | null): boolean {
  if (!element) return false;
  const active = (element.getRootNode() as Document | ShadowRoot).activeElement;
  return active !== null && element.contains(active);
}

/**
 * The launcher, or the open panel in its place. Focus follows the visitor: into the
 * message box when the panel opens, back to the launcher when it closes.
 */
export function Widget({ chat, panel, t, locale }: WidgetProps) {
  const { open, unread } = useStore(panel);
  const launcher = useRef<HTMLButtonElement>(null);
  const panelElement = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const draft = useRef('');

  // `Parley('close')` from the host page also hands focus back if it was in the panel.
  // This runs on the change itself, while the panel is still in the DOM.
  useEffect(
    () =>
      panel.subscribe(() => {
        if (!panel.get().open && containsFocus(panelElement.current)) returnFocus.current = true;
      }),
    [panel],
  );

  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      launcher.current?.focus();
    }
  }, [open]);

  const close = () => {
    // Some browsers (Safari) do not focus a clicked button, so do not rely on `containsFocus`.
    returnFocus.current = true;
    panel.close();
  };

  return (
    <div class="parley" lang={locale}>
      {open ? (
        <ChatPanel
          chat={chat}
          t={t}
          locale={locale}
          onClose={close}
          panelRef={panelElement}
          draft={draft.current}
          onDraftChange={(text) => {
            draft.current = text;
          }}
        />
      ) : (
        <Launcher t={t} unread={unread} onOpen={panel.open} buttonRef={launcher} />
      )}
    </div>
  );
}
