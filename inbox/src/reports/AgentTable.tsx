/** Per-agent figures, sortable by any column (the header buttons say which way, via aria-sort). */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AgentReportRow } from '../../../shared/reports/report-views';
import type { ReportText } from './report-text';

type SortKey = 'name' | 'handled' | 'frtSeconds' | 'ahtSeconds' | 'csatPositiveRate' | 'occupancy' | 'missed';

export function AgentTable({ agents, text, csvButton }: { agents: AgentReportRow[]; text: ReportText; csvButton: ComponentChildren }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'handled', descending: true });
  const columns: { key: SortKey; label: string; show: (row: AgentReportRow) => string }[] = [
    { key: 'name', label: text.column.agent, show: (row) => row.name },
    { key: 'handled', label: text.column.handled, show: (row) => String(row.handled) },
    { key: 'frtSeconds', label: text.column.frt, show: (row) => (row.frtSeconds === null ? text.noData : text.seconds(row.frtSeconds)) },
    { key: 'ahtSeconds', label: text.column.aht, show: (row) => (row.ahtSeconds === null ? text.noData : text.seconds(row.ahtSeconds)) },
    { key: 'csatPositiveRate', label: text.column.csat, show: (row) => (row.csatPositiveRate === null ? text.noData : text.percent(row.csatPositiveRate)) },
    { key: 'occupancy', label: text.column.occupancy, show: (row) => (row.occupancy === null ? text.noData : text.percent(row.occupancy)) },
    { key: 'missed', label: text.column.missed, show: (row) => String(row.missed) },
  ];
  const sorted = [...agents].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    // Missing figures sort last whichever way.
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
    return sort.descending ? -order : order;
  });
  return (
    <div class="report-agents">
      <table class="report-table">
        <caption>{text.agentsTable}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  aria-label={text.sortBy(column.label)}
                  onClick={() => setSort({ key: column.key, descending: sort.key === column.key ? !sort.descending : column.key !== 'name' })}
                >
                  {column.label}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.agentId}>
              {columns.map((column, i) =>
                i === 0 ? (
                  <th key={column.key} scope="row">
                    {column.show(row)}
                  </th>
                ) : (
                  <td key={column.key}>{column.show(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {csvButton}
    </div>
  );
}
