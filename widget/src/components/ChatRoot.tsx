import type { Locale } from '../../../shared/domain';
import { strings } from '../i18n';
import type { ChatController } from '../lib/chat-controller';
import type { HostState } from '../lib/host-bridge';
import type { ReadableStore } from '../lib/store';
import { useStore } from '../lib/use-store';
import { ChatPanel, type PanelMemory } from './ChatPanel';

export interface ChatRootProps {
  chat: ChatController;
  /** The loader's page-level state: open or closed, the configuration, the identity. */
  host: ReadableStore<HostState>;
  locale: Locale;
  /** What the panel remembers across pages, read when it opens. */
  memory: () => PanelMemory;
  onDraftChange: (text: string) => void;
  onClose: () => void;
}

/** The panel while the loader says it is open; nothing otherwise (the loader shows the launcher). */
export function ChatRoot({ chat, host, locale, memory, onDraftChange, onClose }: ChatRootProps) {
  const { open, config, greeting, identity } = useStore(host);
  if (!open) return null;
  return (
    <div class="parley" lang={locale}>
      <ChatPanel
        chat={chat}
        t={strings[locale]}
        locale={locale}
        config={config}
        greeting={greeting}
        identified={identity !== null}
        memory={memory()}
        onDraftChange={onDraftChange}
        onClose={onClose}
      />
    </div>
  );
}
