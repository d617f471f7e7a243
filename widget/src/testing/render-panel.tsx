/** Renders the chat panel with test defaults; each option can be overridden. */
import { render } from '@testing-library/preact';
import type { WidgetConfig } from '../../../shared/settings';
import { ChatPanel, type PanelMemory } from '../components/ChatPanel';
import { strings } from '../i18n';
import { aConfig, type FakeChat } from './fixtures';

export function renderPanel(
  chat: FakeChat,
  options: { locale?: 'en' | 'ko'; config?: WidgetConfig | null; greeting?: string | null; identified?: boolean; memory?: Partial<PanelMemory> } = {},
) {
  const { locale = 'en', config = aConfig(), greeting = null, identified = false, memory } = options;
  const onClose = vi.fn();
  const onDraftChange = vi.fn();
  render(
    <ChatPanel
      chat={chat}
      t={strings[locale]}
      locale={locale}
      config={config}
      greeting={greeting}
      identified={identified}
      memory={{ profileGiven: false, offlineSentFor: null, draft: '', ...memory }}
      onDraftChange={onDraftChange}
      onClose={onClose}
    />,
  );
  return { onClose, onDraftChange };
}

