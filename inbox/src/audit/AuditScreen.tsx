/**
 * Admins read their site's audit log: newest first, filtered by action, agent and days,
 * a page at a time, and download what the filters match as CSV. Text is rendered as text.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '../../../shared/audit';
import type { Agent } from '../../../shared/domain';
import { errorText, useStrings } from '../i18n';
import { formatDateTime } from '../lib/format-date';
import { ParleyClientError } from '../lib/errors';
import type { AuditApi, AuditFilters } from './audit-api';
import { auditText } from './audit-text';

export interface AuditScreenProps {
  api: AuditApi;
  onClose: () => void;
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

const asClientError = (failure: unknown) => (failure instanceof ParleyClientError ? failure : new ParleyClientError('PARLEY_ERR_INTERNAL', String(failure)));

export function AuditScreen({ api, onClose, save = saveInBrowser }: AuditScreenProps) {
  const strings = useStrings();
  const text = auditText[strings.locale];
  const [draft, setDraft] = useState<AuditFilters>({});
  const [filters, setFilters] = useState<AuditFilters>({});
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [agents, setAgents] = useState<Agent[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ParleyClientError | null>(null);

  useEffect(() => {
    api.agents().then(setAgents, () => setAgents([]));
  }, [api]);

  useEffect(() => {
    let alive = true;
    setLoading(true);
    api.page(filters).then(
      (page) => {
        if (!alive) return;
        setEntries(page.entries);
        setCursor(page.nextCursor);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!alive) return;
        setError(asClientError(failure));
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [api, filters]);

  const more = () => {
    if (!cursor) return;
    setLoading(true);
    api.page(filters, cursor).then(
      (page) => {
        setEntries((current) => [...current, ...page.entries]);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        setError(asClientError(failure));
        setLoading(false);
      },
    );
  };
  const download = () => api.csv(filters).then((file) => save(file.name, file.body), (failure: unknown) => setError(asClientError(failure)));
  const change = (patch: Partial<AuditFilters>) => setDraft((current) => ({ ...current, ...patch }));

  return (
    <section class="intent-admin audit-screen" aria-label={text.title} aria-busy={loading}>
      <header>
        <h2>{text.title}</h2>
        <button type="button" onClick={onClose}>
          {text.back}
        </button>
      </header>
      <form
        class="audit-filters"
        aria-label={text.filters}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ ...draft });
        }}
      >
        <label>
          {text.action}
          <select value={draft.action ?? ''} onChange={(event) => change({ action: (event.currentTarget.value || undefined) as AuditAction | undefined })}>
            <option value="">{text.all}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {text.actions[action]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.agent}
          <select value={draft.agentId ?? ''} onChange={(event) => change({ agentId: event.currentTarget.value || undefined })}>
            <option value="">{text.all}</option>
            {agents.map((agent) => (
              <option key={agent.id} value={agent.id}>
                {agent.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {text.from}
          <input type="date" value={draft.from ?? ''} onInput={(event) => change({ from: event.currentTarget.value || undefined })} />
        </label>
        <label>
          {text.to}
          <input type="date" value={draft.to ?? ''} onInput={(event) => change({ to: event.currentTarget.value || undefined })} />
        </label>
        <button type="submit">{text.apply}</button>
        <button type="button" onClick={download}>
          {text.downloadCsv}
        </button>
      </form>
      <p role="status">{loading ? text.loading : ''}</p>
      {error && (
        <p role="alert" class="error">
          {text.failed(errorText(strings, error))}
        </p>
      )}
      <table aria-label={text.table}>
        <thead>
          <tr>
            {Object.values(text.columns).map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <time dateTime={entry.at}>{formatDateTime(entry.at, strings.locale)}</time>
              </td>
              <td>{text.actions[entry.action] ?? entry.action}</td>
              <td>{entry.actor.name ?? entry.actor.email ?? text.nobody}</td>
              <td>{entry.target ?? ''}</td>
              <td>{entry.detail ?? ''}</td>
              <td>{[entry.ip, entry.userAgent].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && !error && entries.length === 0 && <p>{text.empty}</p>}
      {cursor && (
        <button type="button" onClick={more} disabled={loading}>
          {text.more}
        </button>
      )}
    </section>
  );
}
