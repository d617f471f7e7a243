import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { summarize } from '../../../shared/reports/kpi-summary';
import type { ReportOverview } from '../../../shared/reports/report-views';
import { ReportsScreen } from './ReportsScreen';
import type { ReportFilters, ReportsApi } from './reports-api';

// Monday 9 March 2026, 10:00 in Seoul.
const now = () => Date.parse('2026-03-09T01:00:00Z');

function overview(filters: ReportFilters): ReportOverview {
  const kpis = summarize({ conversations: filters.team ? 4 : 12, frtCount: 2, frtMs: 90_000, closed: 10, csat5_5: 3, csat5_2: 1, contained: 6, nps_10: 1, nps_9: 1, nps_7: 1, nps_2: 1 });
  return {
    from: filters.from,
    to: filters.to,
    previousFrom: '2026-02-24',
    previousTo: '2026-03-02',
    kpis,
    previous: summarize({ conversations: 10, frtCount: 1, frtMs: 60_000 }),
    granularity: 'day',
    series: [{ bucket: filters.from, conversations: 12, frtSeconds: 45, ahtSeconds: 300, csatPositiveRate: 0.75 }],
    heatmap: Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, hour) => (day === 1 && hour === 10 ? 5 : 0))),
    agents: [
      { agentId: 'a1', name: 'Mina', handled: 5, frtSeconds: 30, ahtSeconds: 200, csatPositiveRate: 1, csatResponses: 2, occupancy: 0.5, chatsPerHour: 2, missed: 0 },
      { agentId: 'a2', name: 'Joon', handled: 3, frtSeconds: 90, ahtSeconds: 400, csatPositiveRate: 0.5, csatResponses: 2, occupancy: 0.25, chatsPerHour: 1, missed: 1 },
    ],
    intents: [{ intent: 'refund', conversations: 4, containmentRate: 0.25, handoffs: 3 }],
    options: { teams: ['billing', 'shipping'], intents: ['refund'], agents: [{ id: 'a1', name: 'Mina' }, { id: 'a2', name: 'Joon' }] },
  };
}

function fakeApi() {
  const calls: ReportFilters[] = [];
  const api: ReportsApi = {
    overview: vi.fn(async (filters: ReportFilters) => {
      calls.push(filters);
      return overview(filters);
    }),
    csv: vi.fn(async (table) => ({ name: `parley-${table}.csv`, body: new Blob(['\uFEFFa,b\r\n']) })),
    live: vi.fn(),
  };
  return { api, calls };
}

describe('Reports screen', () => {
  it('shows the last 7 days at first: tiles with their change, charts with tables, and the agents', async () => {
    const { api, calls } = fakeApi();
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={() => {}} />);
    const tiles = await screen.findByRole('list', { name: 'Key figures' });
    expect(calls[0]).toEqual({ from: '2026-03-03', to: '2026-03-09' });
    const conversations = within(tiles).getByRole('listitem', { name: 'Conversations' });
    expect(conversations.textContent).toContain('12');
    expect(conversations.textContent).toContain('+20% vs previous period');
    expect(within(tiles).getByRole('listitem', { name: 'First response time' }).textContent).toContain('45 s');
    expect(within(tiles).getByRole('listitem', { name: 'Satisfied (CSAT)' }).textContent).toContain('75%');
    const nps = within(tiles).getByRole('listitem', { name: 'NPS' }).textContent;
    expect(nps).toContain('25');
    expect(nps).toContain('4 answers (promoters 2, detractors 1)');

    const heatmap = screen.getByRole('table', { name: 'Incoming conversations by weekday and hour' });
    expect(within(heatmap).getByRole('row', { name: /^Mon/ }).textContent).toContain('5');
    expect(within(screen.getByRole('table', { name: 'Handoff reasons' })).getByRole('row', { name: /Visitor asked/ })).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'CSAT ratings' })).getAllByRole('row')).toHaveLength(6);
  });

  it('asks again when the period or a filter changes', async () => {
    const { api, calls } = fakeApi();
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={() => {}} />);
    await screen.findByRole('list', { name: 'Key figures' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: '30' } });
    await waitFor(() => expect(calls.at(-1)).toEqual({ from: '2026-02-08', to: '2026-03-09' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Team' }), { target: { value: 'billing' } });
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ team: 'billing' }));
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'Conversations' })).getByText('4')).toBeTruthy());

    fireEvent.change(screen.getByRole('combobox', { name: 'Period' }), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    await waitFor(() => expect(calls.at(-1)).toMatchObject({ from: '2026-03-01', to: '2026-03-09', team: 'billing' }));
  });

  it('sorts the agents by any column, saying which way', async () => {
    const { api } = fakeApi();
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={() => {}} />);
    const table = await screen.findByRole('table', { name: 'Agents' });
    const names = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names()).toEqual(['Mina', 'Joon']);
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by First response' }));
    expect(names()).toEqual(['Joon', 'Mina']);
    expect(within(table).getByRole('button', { name: 'Sort by First response' }).closest('th')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(within(table).getByRole('button', { name: 'Sort by First response' }));
    expect(names()).toEqual(['Mina', 'Joon']);
  });

  it('downloads a table as CSV with the chosen filters', async () => {
    const { api } = fakeApi();
    const save = vi.fn();
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={save} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download Agents as CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('parley-agents.csv', expect.any(Blob)));
    expect(api.csv).toHaveBeenCalledWith('agents', { from: '2026-03-03', to: '2026-03-09' });
  });

  it('says why when the report cannot be loaded', async () => {
    const { api } = fakeApi();
    api.overview = vi.fn(async () => Promise.reject(new Error('boom')));
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('The report could not be loaded');
  });
});
