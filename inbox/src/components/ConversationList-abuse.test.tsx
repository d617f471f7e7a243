/** The list's previews are blurred by the site's own lists and the abuse model's flags, not only the shared defaults. */
import { act, render, screen } from '@testing-library/preact';
import type { AbuseApi } from '../admin/AbuseApi';
import { StringsContext, stringsFor } from '../i18n';
import { listSections } from '../lib/conversations';
import { agentMina, assignedTo, conversation } from '../testing/fixtures';
import { noteAbuseFlags } from '../conversation/AbuseGuard';
import { ConversationList } from './ConversationList';

const place = conversation({ id: 'place', visitorName: 'Jisoo', lastMessagePreview: '시발점이 어디예요?', ...assignedTo(agentMina) });
const insult = conversation({ id: 'insult', visitorName: 'Hana', lastMessagePreview: '이 멍청이야', ...assignedTo(agentMina) });

function siteApi(): AbuseApi & { settings: ReturnType<typeof vi.fn> } {
  const settings = vi.fn(async () => ({ settings: { extraWords: ['멍청이'], allowedWords: ['시발점'], escalateAfter: 3, breakAfter: 3, model: true, sensitivity: 'medium' as const }, editable: false }));
  return { settings, updateSettings: vi.fn(), block: vi.fn(), blocks: vi.fn(), lift: vi.fn(), board: vi.fn(), flags: vi.fn() };
}

const list = (abuseApi: AbuseApi) => (
  <ConversationList sections={listSections({ place, insult }, agentMina.id)} unread={() => 0} activeId={null} loaded onOpen={vi.fn()} onTake={vi.fn()} abuseApi={abuseApi} />
);

describe('the conversation list with the site’s abuse lists', () => {
  it('shows a preview with an allowed word and hides one with an extra word (Korean)', async () => {
    const api = siteApi();
    render(<StringsContext.Provider value={stringsFor('ko')}>{list(api)}</StringsContext.Provider>);
    // The shared lists alone would hide "시발점" and let "멍청이" through.
    expect(await screen.findByRole('button', { name: /^Jisoo 시발점이 어디예요\?/ })).toBeTruthy();
    const hana = await screen.findByRole('button', { name: new RegExp(`^Hana ${stringsFor('ko').protection.hidden}`) });
    expect(hana.textContent).not.toContain('멍청이');
    expect(api.settings).toHaveBeenCalledTimes(1);
  });

  it('does the same for an English-speaking agent, reading the lists once per page', async () => {
    const api = siteApi();
    render(list(api));
    expect(await screen.findByRole('button', { name: /^Jisoo 시발점이 어디예요\?/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: new RegExp(`^Hana ${stringsFor('en').protection.hidden}`) })).toBeTruthy();
    expect(api.settings).not.toHaveBeenCalled();
  });

  it('hides a last message the abuse model flagged after it arrived, and shows it again once a newer one follows', async () => {
    const threat = conversation({ id: 'threat', visitorName: 'Minho', lastMessagePreview: '너희 사무실 폭파시켜 버린다', lastSeq: 4, ...assignedTo(agentMina) });
    const { rerender } = render(
      <ConversationList sections={listSections({ threat }, agentMina.id)} unread={() => 0} activeId={null} loaded onOpen={vi.fn()} onTake={vi.fn()} abuseApi={siteApi()} />,
    );
    expect(await screen.findByRole('button', { name: /^Minho 너희 사무실 폭파시켜 버린다/ })).toBeTruthy();
    act(() => noteAbuseFlags([{ conversationId: 'threat', messageId: 'm-threat-4', seq: 4, threat: true }]));
    expect(screen.getByRole('button', { name: new RegExp(`^Minho ${stringsFor('en').protection.hidden}`) }).textContent).not.toContain('폭파');
    const answered = { ...threat, lastMessagePreview: 'We are looking into it.', lastSeq: 5 };
    rerender(<ConversationList sections={listSections({ threat: answered }, agentMina.id)} unread={() => 0} activeId={null} loaded onOpen={vi.fn()} onTake={vi.fn()} abuseApi={siteApi()} />);
    expect(screen.getByRole('button', { name: /^Minho We are looking into it\./ })).toBeTruthy();
  });
});
