import { fireEvent, render, screen, within } from '@testing-library/preact';
import type { PrivacySettings } from '../../../shared/settings';
import { DEFAULT_PRIVACY_SETTINGS } from '../../../shared/settings';
import { StringsContext, stringsFor } from '../i18n';
import type { PrivacyApi } from './privacy-api';
import { PrivacyScreen } from './PrivacyScreen';
import { privacyText } from './privacy-text';

function fakeApi() {
  const saved: PrivacySettings[] = [];
  const previews: PrivacySettings['retention'][] = [];
  const erased: string[] = [];
  const api: PrivacyApi = {
    exportVisitor: async () => new Blob([]),
    eraseVisitor: async (visitorId) => {
      erased.push(visitorId);
      return { visitorId, conversations: 1, messages: 4, attachments: 0, erasedAt: '2026-06-01T00:00:00.000Z' };
    },
    erasureRequests: async () => [{ visitorId: 'v00000000000000000000042', visitorName: '김지수', requestedAt: '2026-05-30T03:00:00.000Z' }],
    settings: async () => DEFAULT_PRIVACY_SETTINGS,
    saveSettings: async (settings) => {
      saved.push(settings);
      return settings;
    },
    preview: async (retention) => {
      previews.push(retention);
      return { conversations: 12, attachments: 3 };
    },
  };
  return { api, saved, previews, erased };
}

describe.each(['en', 'ko'] as const)('privacy screen (%s)', (locale) => {
  const text = privacyText[locale];
  const renderScreen = (api: PrivacyApi) =>
    render(
      <StringsContext.Provider value={stringsFor(locale)}>
        <PrivacyScreen api={api} onClose={vi.fn()} />
      </StringsContext.Provider>,
    );

  it('shows what a retention would delete before it can be switched on', async () => {
    const { api, saved, previews } = fakeApi();
    renderScreen(api);
    fireEvent.input(await screen.findByRole('spinbutton', { name: text.conversationDays }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: text.save }));
    expect(await screen.findByText(text.previewFirst)).toBeTruthy();
    expect(saved).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: text.countExpired }));
    expect(await screen.findByText(text.preview(12, 3))).toBeTruthy();
    expect(previews).toEqual([{ closedConversationsDays: 30, attachmentsDays: null }]);
    fireEvent.change(screen.getByRole('combobox', { name: text.visitorIp }), { target: { value: 'truncated' } });
    fireEvent.click(screen.getByRole('button', { name: text.save }));
    expect(await screen.findByText(text.saved)).toBeTruthy();
    expect(saved).toEqual([{ retention: { closedConversationsDays: 30, attachmentsDays: null }, visitorIp: 'truncated' }]);
  });

  it('lists visitors’ erasure requests and erases one after asking', async () => {
    const { api, erased } = fakeApi();
    renderScreen(api);
    fireEvent.click(await screen.findByRole('button', { name: text.eraseRequester('김지수') }));
    fireEvent.click(within(screen.getByRole('alertdialog', { name: text.eraseTitle })).getByRole('button', { name: text.confirmErase }));
    expect(await screen.findByText(text.erased(1, 4, 0))).toBeTruthy();
    expect(erased).toEqual(['v00000000000000000000042']);
    expect(screen.getByText(text.noRequests)).toBeTruthy();
  });
});
