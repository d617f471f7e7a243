/**
 * Several conversations open at once, as tabs (WAI-ARIA tabs pattern, automatic activation).
 *
 * Keys: on a tab, ArrowLeft/ArrowRight/Home/End move and Delete closes it. Anywhere in the
 * inbox, Ctrl+Alt+ArrowRight/ArrowLeft or Alt+ArrowDown/ArrowUp switch conversations — Alt
 * alone with left/right is the browser's Back/Forward, hence the extra Ctrl.
 *
 * A tablist may only contain tabs, so each tab's accessible close button sits in its panel;
 * the × on the tab itself is a mouse convenience hidden from assistive tech (as is middle-click).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useStrings } from '../i18n';
import { moveTab, type Tabs } from '../lib/tabs';

interface ConversationTabsProps {
  tabs: Tabs;
  label: (conversationId: string) => string;
  unread: (conversationId: string) => number;
  onActivate: (conversationId: string) => void;
  onClose: (conversationId: string) => void;
  renderPanel: (conversationId: string) => ComponentChildren;
  /** Shown when no tab is open. */
  placeholder: ComponentChildren;
}

const tabId = (conversationId: string) => `tab-${conversationId}`;
const panelId = (conversationId: string) => `panel-${conversationId}`;

/** The global shortcut's direction, or 0 when `event` is not one. */
export function shortcutStep(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): number {
  if (!event.altKey || event.metaKey || event.shiftKey) return 0;
  if (event.ctrlKey) return event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
  return event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
}

export function ConversationTabs({ tabs, label, unread, onActivate, onClose, renderPanel, placeholder }: ConversationTabsProps) {
  const strings = useStrings();
  // Where focus goes once the newly active tab has rendered.
  const focusAfterSwitch = useRef<'tab' | 'reply' | null>(null);
  // The document-wide shortcut listener is attached once and reads the latest props through refs.
  const latest = useRef({ tabs, onActivate });
  latest.current = { tabs, onActivate };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = shortcutStep(event);
      const current = latest.current;
      if (step === 0 || current.tabs.ids.length < 2) return;
      event.preventDefault();
      const next = moveTab(current.tabs, step).active;
      if (!next) return;
      const onTab = document.activeElement?.getAttribute('role') === 'tab';
      focusAfterSwitch.current = onTab ? 'tab' : 'reply';
      current.onActivate(next);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const target = focusAfterSwitch.current;
    focusAfterSwitch.current = null;
    if (!target || !tabs.active) return;
    const tab = document.getElementById(tabId(tabs.active));
    const reply = document.getElementById(panelId(tabs.active))?.querySelector<HTMLElement>('textarea:not([disabled])');
    (target === 'reply' && reply ? reply : tab)?.focus();
  }, [tabs.active]);

  function onTabKeyDown(event: KeyboardEvent, conversationId: string) {
    const index = tabs.ids.indexOf(conversationId);
    const targets: Record<string, string | undefined> = {
      ArrowRight: moveTab(tabs, 1).active ?? undefined,
      ArrowLeft: moveTab(tabs, -1).active ?? undefined,
      Home: tabs.ids[0],
      End: tabs.ids[tabs.ids.length - 1],
    };
    if (event.key === 'Delete') {
      event.preventDefault();
      const neighbour = tabs.ids[index + 1] ?? tabs.ids[index - 1];
      if (neighbour) focusAfterSwitch.current = 'tab';
      onClose(conversationId);
      return;
    }
    const target = targets[event.key];
    if (!target || event.altKey || event.ctrlKey) return;
    event.preventDefault();
    focusAfterSwitch.current = 'tab';
    onActivate(target);
  }

  if (tabs.ids.length === 0) return <section class="tabs tabs-empty">{placeholder}</section>;

  return (
    <section class="tabs">
      <div role="tablist" aria-label={strings.openConversations} class="tablist">
        {tabs.ids.map((id) => {
          const selected = id === tabs.active;
          const count = selected ? 0 : unread(id);
          return (
            <div
              key={id}
              id={tabId(id)}
              role="tab"
              class="tab"
              aria-selected={selected ? 'true' : 'false'}
              aria-controls={panelId(id)}
              // The name is the visitor alone; the unread count is a description, not part of it.
              aria-label={label(id)}
              aria-describedby={count > 0 ? `${tabId(id)}-unread` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => onActivate(id)}
              onKeyDown={(event) => onTabKeyDown(event, id)}
              onAuxClick={(event) => event.button === 1 && onClose(id)}
            >
              <span class="tab-label">{label(id)}</span>
              {count > 0 && (
                <span id={`${tabId(id)}-unread`} class="badge" title={strings.unread(count)}>
                  <span aria-hidden="true">{count}</span>
                  <span class="visually-hidden">{strings.unread(count)}</span>
                </span>
              )}
              <span
                class="tab-x"
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  onClose(id);
                }}
              >
                ×
              </span>
            </div>
          );
        })}
      </div>
      {tabs.ids.map((id) => (
        // Background panels stay mounted (hidden) so drafts and scroll positions survive a switch.
        <div key={id} id={panelId(id)} role="tabpanel" class="tabpanel" aria-labelledby={tabId(id)} hidden={id !== tabs.active}>
          <button type="button" class="tab-close" aria-label={strings.names.closeTab(label(id))} onClick={() => onClose(id)}>
            ×
          </button>
          {renderPanel(id)}
        </div>
      ))}
    </section>
  );
}
