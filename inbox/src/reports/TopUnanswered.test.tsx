import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { summarize } from '../../../shared/reports/kpi-summary';
import type { ReportOverview } from '../../../shared/reports/report-views';
import { stringsFor, StringsContext } from '../i18n';
import { ReportsScreen } from './ReportsScreen';
import type { ReportFilters, ReportsApi } from './reports-api';

const now = () => Date.parse('2026-03-09T01:00:00Z');

function overview(filters: ReportFilters): ReportOverview {
  const kpis = summarize({ conversations: 1 });
  return {
    from: filters.from,
    to: filters.to,
    previousFrom: '2026-02-24',
    previousTo: '2026-03-02',
    kpis,
    previous: kpis,
    granularity: 'day',
    series: [],
    heatmap: Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => 0)),
    agents: [],
    intents: [],
    options: { teams: [], intents: [], agents: [] },
  };
}

function fakeApi() {
  const asked: ReportFilters[] = [];
  const api: ReportsApi = {
    overview: async (filters) => overview(filters),
    csv: async (table) => ({ name: `parley-${table}.csv`, body: new Blob(['']) }),
    live: vi.fn(),
    unanswered: async (filters) => {
      asked.push(filters);
      return [
        { sample: '쇼룸 있어요?', count: 7 },
        { sample: 'bitcoin price?', count: 2 },
      ];
    },
    unansweredCsv: async (filters) => ({ name: `parley-unanswered-${filters.from}-${filters.to}.csv`, body: new Blob(['\uFEFFsample_question,count\r\n']) }),
  };
  return { api, asked };
}

describe('top unanswered questions in the reports', () => {
  it('lists each cluster sample with its count for the chosen range, and downloads it as CSV (English)', async () => {
    const { api, asked } = fakeApi();
    const saved: string[] = [];
    render(<ReportsScreen api={api} onClose={() => {}} now={now} save={(name) => saved.push(name)} />);
    const table = await screen.findByRole('table', { name: 'Top unanswered questions' }, { timeout: 5000 });
    expect(asked[0]).toEqual({ from: '2026-03-03', to: '2026-03-09' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['쇼룸 있어요?7', 'bitcoin price?2']);
    fireEvent.click(screen.getByRole('button', { name: 'Download Top unanswered questions as CSV' }));
    await waitFor(() => expect(saved).toEqual(['parley-unanswered-2026-03-03-2026-03-09.csv']));
  });

  it('names the table and its columns in Korean', async () => {
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <ReportsScreen api={fakeApi().api} onClose={() => {}} now={now} save={() => {}} />
      </StringsContext.Provider>,
    );
    const table = await screen.findByRole('table', { name: '답하지 못한 질문 순위' }, { timeout: 5000 });
    expect(within(table).getByRole('columnheader', { name: '질문 횟수' })).toBeTruthy();
  });
});
