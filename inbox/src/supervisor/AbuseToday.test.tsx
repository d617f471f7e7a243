import { render, screen, within } from '@testing-library/preact';
import type { AbuseBoard } from '../../../shared/abuse';
import type { Agent } from '../../../shared/domain';
import { StringsContext, stringsFor } from '../i18n';
import { agentMina } from '../testing/fixtures';
import { AbuseToday } from './AbuseToday';

const joon: Agent = { ...agentMina, id: 'a00000000000000000000002', name: 'Joon' };
const agents = [
  { agent: agentMina, openConversations: 1 },
  { agent: joon, openConversations: 0 },
];
const board: AbuseBoard = {
  day: '2026-03-01',
  agents: [
    { agentId: agentMina.id, conversations: 3, suggestBreak: true },
    { agentId: joon.id, conversations: 1, suggestBreak: false },
  ],
  escalations: [
    { conversationId: 'c1', siteId: 's1', visitorId: 'v1', visitorName: 'Hana', agentId: agentMina.id, reason: 'threat', abusiveMessages: 1, at: '2026-03-01T01:00:00.000Z' },
    { conversationId: 'c2', siteId: 's1', visitorId: 'v2', visitorName: null, agentId: null, reason: 'repeated', abusiveMessages: 3, at: '2026-03-01T00:30:00.000Z' },
  ],
  breakAfter: 3,
};

describe('abuse on the supervisor board', () => {
  it('counts abusive conversations per agent, flags a break, and lists escalations (English)', async () => {
    render(<AbuseToday api={{ board: async () => board }} agents={agents} loadedAt={1} />);
    const table = await screen.findByRole('table', { name: 'Abusive conversations per agent today' });
    const mina = within(table).getByRole('row', { name: /Mina/ });
    expect(within(mina).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', 'Suggest a break']);
    expect(within(within(table).getByRole('row', { name: /Joon/ })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '']);
    const escalations = within(screen.getByRole('list', { name: 'Escalations today' })).getAllByRole('listitem');
    expect(escalations[0]!.textContent).toContain('Hana made a threat (with Mina)');
    expect(escalations[1]!.textContent).toContain('A visitor sent 3 abusive messages');
  });

  it('says so in Korean when there was no abuse, and when the figures fail to load', async () => {
    const { unmount } = render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseToday api={{ board: async () => ({ ...board, agents: [], escalations: [] }) }} agents={agents} loadedAt={1} />
      </StringsContext.Provider>,
    );
    expect(await screen.findByText('오늘은 폭언이 담긴 대화가 없습니다.')).toBeTruthy();
    expect(screen.getByText('오늘 관리자에게 알린 대화가 없습니다.')).toBeTruthy();
    unmount();
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseToday api={{ board: () => Promise.reject(new Error('down')) }} agents={agents} loadedAt={1} />
      </StringsContext.Provider>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/^폭언 현황을 불러오지 못했습니다/);
  });
});
