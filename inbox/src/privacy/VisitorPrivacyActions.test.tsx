import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import type { VisitorErasure } from '../../../shared/http';
import { checkPoliteRegister } from '../../../shared/polite-register';
import { DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_PRIVACY_SETTINGS } from '../../../shared/settings';
import { StringsContext, stringsFor } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import { fakeApis, visitor } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { VisitorDetails } from '../conversation/VisitorDetails';
import { PrivacyApiContext, type PrivacyApi } from './privacy-api';
import { privacyText } from './privacy-text';

const jisoo = visitor({ id: 'v00000000000000000000042', name: '김지수', email: 'jisoo@example.com' });

/** An in-memory privacy API that remembers what was asked of it. */
function fakePrivacyApi(overrides: Partial<PrivacyApi> = {}) {
  const calls: string[] = [];
  const api: PrivacyApi = {
    exportVisitor: async (id, numbers = 'masked') => {
      calls.push(`export ${id} ${numbers}`);
      return new Blob(['zip'], { type: 'application/zip' });
    },
    eraseVisitor: async (id): Promise<VisitorErasure> => {
      calls.push(`erase ${id}`);
      return { visitorId: id, conversations: 2, messages: 9, attachments: 1, erasedAt: '2026-06-01T00:00:00.000Z' };
    },
    erasureRequests: async () => [],
    settings: async () => DEFAULT_PRIVACY_SETTINGS,
    saveSettings: async (settings) => settings,
    preview: async () => ({ conversations: 0, attachments: 0 }),
    ...overrides,
  };
  return { api, calls };
}

function renderPanel(locale: 'en' | 'ko', privacy: PrivacyApi | null, who = jisoo) {
  const apis = fakeApis({ visitors: [{ visitor: who, previousConversations: [] }] });
  const connection = fakeConnection();
  render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <PrivacyApiContext.Provider value={privacy}>
        <VisitorDetails visitorId={who.id} conversationId="c-now" api={apis.visitors} connection={connection} onOpenConversation={vi.fn()} />
      </PrivacyApiContext.Provider>
    </StringsContext.Provider>,
  );
  return { connection };
}

beforeAll(() => {
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
});

describe.each(['en', 'ko'] as const)('visitor data actions (%s)', (locale) => {
  const text = privacyText[locale];

  it('exports the visitor as a file the browser saves', async () => {
    const { api, calls } = fakePrivacyApi();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel(locale, api);
    fireEvent.click(await screen.findByRole('button', { name: text.exportVisitor }));
    expect(await screen.findByText(text.exported)).toBeTruthy();
    expect(calls).toEqual([`export ${jisoo.id} masked`]);
    expect(clicked).toHaveBeenCalledOnce();
    // The admin may choose to include the numbers agents see masked.
    fireEvent.click(screen.getByRole('checkbox', { name: text.exportShowsNumbers }));
    fireEvent.click(screen.getByRole('button', { name: text.exportVisitor }));
    await vi.waitFor(() => expect(calls).toEqual([`export ${jisoo.id} masked`, `export ${jisoo.id} shown`]));
    clicked.mockRestore();
  });

  it('asks before erasing, erases only on confirmation, and says what went', async () => {
    const { api, calls } = fakePrivacyApi();
    renderPanel(locale, api);
    fireEvent.click(await screen.findByRole('button', { name: text.eraseVisitor }));
    const dialog = within(screen.getByRole('alertdialog', { name: text.eraseTitle }));
    // The safe answer has the focus; cancelling erases nothing.
    expect(document.activeElement).toBe(dialog.getByRole('button', { name: text.cancel }));
    fireEvent.click(dialog.getByRole('button', { name: text.cancel }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(calls).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: text.eraseVisitor }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: text.confirmErase }));
    expect(await screen.findByText(text.erased(2, 9, 1))).toBeTruthy();
    expect(calls).toEqual([`erase ${jisoo.id}`]);
  });

  it('shows an erased visitor as erased, with nothing left to erase', async () => {
    const { connection } = renderPanel(locale, fakePrivacyApi().api);
    await screen.findByText('김지수');
    act(() => connection.pushVisitor({ ...jisoo, name: null, email: null, erasedAt: '2026-06-01T00:00:00.000Z' }));
    expect(screen.getByText(text.erasedVisitor)).toBeTruthy();
    expect(screen.queryByText('김지수')).toBeNull();
    expect(screen.queryByRole('button', { name: text.eraseVisitor })).toBeNull();
  });

  it('says why an erasure failed', async () => {
    const { api } = fakePrivacyApi({ eraseVisitor: () => Promise.reject(new ParleyClientError('PARLEY_ERR_FORBIDDEN', 'this needs the admin role')) });
    renderPanel(locale, api);
    fireEvent.click(await screen.findByRole('button', { name: text.eraseVisitor }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: text.confirmErase }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

it('offers no export or erasure to agents who are not admins', async () => {
  renderPanel('en', null);
  await screen.findByText('김지수');
  expect(screen.queryByRole('group', { name: privacyText.en.actions })).toBeNull();
});

describe('privacy words', () => {
  const leaves = (value: unknown): string[] =>
    typeof value === 'function' ? [String((value as (...args: unknown[]) => unknown)('X', 2, 3))] : value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [String(value)];

  it('say everything in both languages', () => {
    expect(Object.keys(privacyText.ko).sort()).toEqual(Object.keys(privacyText.en).sort());
    for (const word of [...leaves(privacyText.en), ...leaves(privacyText.ko)]) expect(word.trim()).not.toBe('');
  });

  it('are polite in Korean', () => {
    for (const sentence of leaves(privacyText.ko)) expect(checkPoliteRegister(sentence, DEFAULT_POLITE_GUARD_PHRASES).curt, sentence).toBe(false);
  });
});
