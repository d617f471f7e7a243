/**
 * chat.js: the chat UI and its connection, imported by the loader when the panel is first
 * needed. Its one export mounts the panel into the loader's shadow root; importing it has
 * no side effects, so the loader decides when anything starts.
 */
import { render } from 'preact';
import { ChatRoot } from '../components/ChatRoot';
import { releaseAttachmentUrls } from '../lib/attachments';
import { DRAFT_KEY, OFFLINE_SENT_KEY, PROFILE_KEY, type ChatApp, type ChatHost } from '../lib/host-bridge';
import { adoptStyle } from '../lib/shadow-style';
import { createSiteStorage } from '../lib/storage';
import { connectVisitor } from '../lib/visitor-connection';
import { widgetCss } from '../styles';
import { syncWithHost } from './host-sync';

export function mount(host: ChatHost): ChatApp {
  const storage = createSiteStorage(host.siteKey);
  const session = createSiteStorage(host.siteKey, { backing: () => sessionStorage });
  const chat = connectVisitor({ origin: host.origin, siteKey: host.siteKey, locale: host.locale, storage, identity: host.state.get().identity });
  adoptStyle(host.root, widgetCss);
  const setThemeColors = adoptStyle(host.root, '');
  // Preact owns this element's children; the loader's launcher sits beside it.
  const container = host.root.appendChild(document.createElement('div'));
  const stopSync = syncWithHost(host, chat, storage, setThemeColors);

  render(
    <ChatRoot
      chat={chat}
      host={host.state}
      locale={host.locale}
      memory={() => ({ profileGiven: !!storage.get(PROFILE_KEY), offlineSentFor: storage.get(OFFLINE_SENT_KEY), draft: session.get(DRAFT_KEY) ?? '' })}
      onDraftChange={(text) => (text ? session.set(DRAFT_KEY, text) : session.remove(DRAFT_KEY))}
      onClose={host.close}
    />,
    container,
  );

  return {
    destroy() {
      render(null, container);
      container.remove();
      stopSync();
      chat.close();
      releaseAttachmentUrls();
    },
  };
}
