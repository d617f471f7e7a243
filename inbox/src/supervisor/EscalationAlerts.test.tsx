import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import type { AbuseBoard, AbuseEscalation } from '../../../shared/abuse';
import type { SupervisorBoard } from '../../../shared/http';
import type { AbuseApi } from '../admin/AbuseApi';
import { StringsContext, stringsFor } from '../i18n';
import { fakeConnection } from '../testing/fake-connection';
import { agentMina } from '../testing/fixtures';
import { EscalationAlerts } from './EscalationAlerts';
import { SupervisorBoardScreen } from './SupervisorBoardScreen';

const threat: AbuseEscalation = {
  conversationId: 'c9',
  siteId: 's1',
  visitorId: 'v9',
  visitorName: 'Hana',
  agentId: agentMina.id,
  reason: 'threat',
  abusiveMessages: 1,
  at: new Date().toISOString(),
};
const earlier: AbuseEscalation = { ...threat, conversationId: 'c1', visitorName: 'Minho', reason: 'repeated', abusiveMessages: 3, at: '2020-01-01T00:30:00.000Z' };
const abuseBoard = (escalations: AbuseEscalation[]): AbuseBoard => ({ day: '2026-03-01', agents: [], escalations, breakAfter: 3 });
const board: SupervisorBoard = { queue: [], agents: [{ agent: agentMina, openConversations: 1 }] };

describe('live abuse escalations for supervisors', () => {
  it('alerts at once in English with the visitor, the reason and the agent, until dismissed', () => {
    const connection = fakeConnection();
    render(<EscalationAlerts connection={connection} agentName={(id) => (id === agentMina.id ? 'Mina' : null)} />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => connection.pushEscalation(threat));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Needs a supervisor now: .*Hana made a threat \(with Mina\)/);
    act(() => connection.pushEscalation({ ...threat, conversationId: 'c10', visitorName: null, agentId: null, reason: 'repeated', abusiveMessages: 4 }));
    expect(screen.getAllByRole('alert').map((each) => each.textContent)).toEqual([expect.stringContaining('A visitor sent 4 abusive messages'), expect.stringContaining('Hana made a threat')]);
    fireEvent.click(within(screen.getAllByRole('alert')[1]!).getByRole('button', { name: 'Dismiss alert' }));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('alerts in Korean', () => {
    const connection = fakeConnection();
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <EscalationAlerts connection={connection} />
      </StringsContext.Provider>,
    );
    act(() => connection.pushEscalation(threat));
    expect(screen.getByRole('alert').textContent).toMatch(/^지금 관리자 확인이 필요합니다: .*Hana이\(가\) 위협하는 말을 했습니다/);
    expect(screen.getByRole('button', { name: '알림 닫기' })).toBeTruthy();
  });

  it('adds a new escalation to the board’s list without waiting for its refresh, once', async () => {
    const connection = fakeConnection();
    const abuse: AbuseApi = {
      board: vi.fn(async () => abuseBoard([earlier])),
      // The lists' editor below the board is not what this test is about.
      settings: () => new Promise(() => {}),
      updateSettings: vi.fn(),
      block: vi.fn(),
      blocks: async () => ({ blocks: [] }),
      lift: vi.fn(),
      flags: async () => ({ flags: [] }),
    };
    render(
      <SupervisorBoardScreen
        api={{ get: async () => board, abuse }}
        connection={connection}
        onClose={() => {}}
        timing={{ intervalMs: 3_600_000 }}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Escalations today' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    act(() => connection.pushEscalation(threat));
    act(() => connection.pushEscalation(threat));
    const items = within(screen.getByRole('list', { name: 'Escalations today' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('Hana made a threat (with Mina)'), expect.stringContaining('Minho sent 3 abusive messages')]);
    expect(abuse.board).toHaveBeenCalledTimes(1);
  });
});
