/** The report's "top unanswered questions": a sample of each cluster and how often it came, for the chosen range. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { UnansweredReportRow } from '../../../shared/learning';
import type { ReportText } from './report-text';
import type { ReportFilters, ReportsApi } from './reports-api';

export interface TopUnansweredProps {
  load: NonNullable<ReportsApi['unanswered']>;
  filters: ReportFilters;
  text: ReportText;
  csvButton: ComponentChildren;
  onError: (failure: unknown) => void;
}

export function TopUnanswered({ load, filters, text, csvButton, onError }: TopUnansweredProps) {
  const [rows, setRows] = useState<UnansweredReportRow[] | null>(null);
  useEffect(() => {
    let alive = true;
    load(filters).then((next) => alive && setRows(next), (failure: unknown) => alive && onError(failure));
    return () => {
      alive = false;
    };
  }, [load, filters, onError]);
  if (!rows) return null;
  return (
    <div class="report-unanswered">
      <table class="report-table">
        <caption>{text.topUnanswered}</caption>
        <thead>
          <tr>
            <th scope="col">{text.unansweredQuestion}</th>
            <th scope="col">{text.unansweredCount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.sample}>
              <th scope="row">{row.sample}</th>
              <td>{row.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>{text.noUnanswered}</p>}
      {csvButton}
    </div>
  );
}
