/**
 * The Reports screen (supervisors and admins): period and filters, key figures against the
 * previous period, charts with table alternatives, the per-agent table, and CSV downloads.
 * Loaded lazily (see lazy-reports.tsx), so agents never download it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReportTable } from '../../../shared/reports/report-api';
import type { ReportOverview } from '../../../shared/reports/report-views';
import { errorText, useStrings } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import { AgentTable } from './AgentTable';
import { ReportCharts } from './ReportCharts';
import { ReportFiltersForm } from './ReportFilters';
import { KpiTiles } from './KpiTiles';
import { TopUnanswered } from './TopUnanswered';
import { presetRange, type RangePreset } from './report-range';
import { reportText } from './report-text';
import './reports.css';
import type { ReportFilters, ReportsApi } from './reports-api';

export interface ReportsScreenProps {
  api: ReportsApi;
  onClose: () => void;
  now?: () => number;
  /** Hands a downloaded file to the browser; injected for tests. */
  save?: (name: string, body: Blob) => void;
}

function saveInBrowser(name: string, body: Blob) {
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ReportsScreen({ api, onClose, now = Date.now, save = saveInBrowser }: ReportsScreenProps) {
  const strings = useStrings();
  const text = reportText[strings.locale];
  const [preset, setPreset] = useState<RangePreset>('7');
  const [filters, setFilters] = useState<ReportFilters>(() => presetRange('7', now()));
  const [overview, setOverview] = useState<ReportOverview | null>(null);
  const [error, setError] = useState<ParleyClientError | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    api.overview(filters).then(
      (next) => {
        if (!alive) return;
        setOverview(next);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!alive) return;
        setError(failure instanceof ParleyClientError ? failure : new ParleyClientError('PARLEY_ERR_INTERNAL', String(failure)));
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [api, filters]);

  const choosePreset = (next: RangePreset) => {
    setPreset(next);
    if (next !== 'custom') setFilters((current) => ({ ...current, ...presetRange(next, now()) }));
  };
  const download = (table: ReportTable) => {
    api.csv(table, filters).then(
      (file) => save(file.name, file.body),
      (failure: unknown) => setError(failure instanceof ParleyClientError ? failure : new ParleyClientError('PARLEY_ERR_INTERNAL', String(failure))),
    );
  };
  const failed = useCallback((failure: unknown) => setError(failure instanceof ParleyClientError ? failure : new ParleyClientError('PARLEY_ERR_INTERNAL', String(failure))), []);
  const unansweredCsv = api.unansweredCsv && (
    <button type="button" class="report-csv" onClick={() => api.unansweredCsv!(filters).then((file) => save(file.name, file.body), failed)}>
      {text.downloadCsv(text.topUnanswered)}
    </button>
  );
  const csvButton = (table: ReportTable, label: string) => (
    <button type="button" class="report-csv" onClick={() => download(table)}>
      {text.downloadCsv(label)}
    </button>
  );

  return (
    <section class="intent-admin reports-screen" aria-label={text.region} aria-busy={loading}>
      <header>
        <h2>{text.title}</h2>
        <button type="button" onClick={onClose}>
          {text.back}
        </button>
      </header>
      <ReportFiltersForm text={text} preset={preset} filters={filters} options={overview?.options ?? null} onPreset={choosePreset} onChange={(change) => setFilters((current) => ({ ...current, ...change }))} />
      <p role="status">{loading ? text.loading : ''}</p>
      {error && (
        <p role="alert" class="error">
          {text.failed(errorText(strings, error))}
        </p>
      )}
      {overview && (
        <>
          <KpiTiles kpis={overview.kpis} previous={overview.previous} text={text} locale={strings.locale} />
          {csvButton('summary', text.tiles)}
          <ReportCharts overview={overview} text={text} csvButton={csvButton} />
          <AgentTable agents={overview.agents} text={text} csvButton={csvButton('agents', text.agentsTable)} />
          {api.unanswered && <TopUnanswered load={api.unanswered} filters={filters} text={text} csvButton={unansweredCsv} onError={failed} />}
        </>
      )}
    </section>
  );
}
