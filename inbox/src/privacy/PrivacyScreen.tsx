/**
 * Admins' privacy screen: how long closed conversations and their files are kept (with a
 * count of what a setting would delete, required before a retention is switched on or
 * shortened), whether visitors' networks are kept, and visitors' erasure requests.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { ErasureRequest, RetentionPreview } from '../../../shared/http';
import type { PrivacySettings } from '../../../shared/settings';
import { errorText, useStrings } from '../i18n';
import { formatDateTime } from '../lib/format-date';
import { toClientError, type ParleyClientError } from '../lib/errors';
import { EraseConfirmation } from './EraseConfirmation';
import type { PrivacyApi } from './privacy-api';
import { usePrivacyText } from './privacy-text';

type Retention = PrivacySettings['retention'];
const toDays = (value: string): number | null => (value.trim() === '' ? null : Math.max(1, Math.floor(Number(value)) || 1));
const keyOf = (retention: Retention) => `${retention.closedConversationsDays}|${retention.attachmentsDays}`;
/** A retention that deletes more than the saved one does: switched on, or shorter. */
const deletesMore = (next: number | null, saved: number | null) => next !== null && (saved === null || next < saved);

export function PrivacyScreen({ api, onClose }: { api: PrivacyApi; onClose: () => void }) {
  const strings = useStrings();
  const text = usePrivacyText();
  const id = useId();
  const [saved, setSaved] = useState<PrivacySettings | null>(null);
  const [fields, setFields] = useState({ conversations: '', attachments: '', visitorIp: 'none' as PrivacySettings['visitorIp'] });
  const [preview, setPreview] = useState<{ key: string; counts: RetentionPreview } | null>(null);
  const [requests, setRequests] = useState<ErasureRequest[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ParleyClientError | null>(null);

  useEffect(() => {
    Promise.all([api.settings(), api.erasureRequests()]).then(([settings, pending]) => {
      setSaved(settings);
      setFields({ conversations: String(settings.retention.closedConversationsDays ?? ''), attachments: String(settings.retention.attachmentsDays ?? ''), visitorIp: settings.visitorIp });
      setRequests(pending);
    }, (failure: unknown) => setError(toClientError(failure)));
  }, [api]);

  const retention: Retention = { closedConversationsDays: toDays(fields.conversations), attachmentsDays: toDays(fields.attachments) };
  const attempt = async (action: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (failure) {
      setError(toClientError(failure));
    }
  };
  const count = () => attempt(async () => setPreview({ key: keyOf(retention), counts: await api.preview(retention) }));
  const save = (event: Event) => {
    event.preventDefault();
    if (!saved) return;
    const risky = deletesMore(retention.closedConversationsDays, saved.retention.closedConversationsDays) || deletesMore(retention.attachmentsDays, saved.retention.attachmentsDays);
    if (risky && preview?.key !== keyOf(retention)) {
      setNotice(text.previewFirst);
      return;
    }
    void attempt(async () => {
      setSaved(await api.saveSettings({ retention, visitorIp: fields.visitorIp }));
      setNotice(text.saved);
    });
  };
  const erase = (visitorId: string) =>
    attempt(async () => {
      setConfirming(null);
      const result = await api.eraseVisitor(visitorId);
      setRequests((current) => current.filter((request) => request.visitorId !== visitorId));
      setNotice(text.erased(result.conversations, result.messages, result.attachments));
    });

  return (
    <section class="admin-screen privacy-screen" aria-label={text.region}>
      <header>
        <h2>{text.region}</h2>
        <button type="button" onClick={onClose}>
          {text.back}
        </button>
      </header>
      {!saved && !error && <p>{text.loading}</p>}
      <p role="status">{notice ?? ''}</p>
      {error && (
        <p role="alert" class="error">
          {errorText(strings, error)}
        </p>
      )}
      {saved && (
        <form onSubmit={save} aria-labelledby={`${id}-retention`}>
          <h3 id={`${id}-retention`}>{text.retentionTitle}</h3>
          <p class="hint">{text.retentionHint}</p>
          <label>
            <span>{text.conversationDays}</span>
            <input type="number" min={1} max={36500} value={fields.conversations} onInput={(event) => setFields({ ...fields, conversations: event.currentTarget.value })} />
          </label>
          <label>
            <span>{text.attachmentDays}</span>
            <input type="number" min={1} max={36500} value={fields.attachments} onInput={(event) => setFields({ ...fields, attachments: event.currentTarget.value })} />
          </label>
          <button type="button" onClick={() => void count()}>
            {text.countExpired}
          </button>
          {preview && preview.key === keyOf(retention) && <p>{text.preview(preview.counts.conversations, preview.counts.attachments)}</p>}
          <label>
            <span>{text.visitorIp}</span>
            <select value={fields.visitorIp} onChange={(event) => setFields({ ...fields, visitorIp: event.currentTarget.value as PrivacySettings['visitorIp'] })}>
              <option value="none">{text.ipNone}</option>
              <option value="truncated">{text.ipTruncated}</option>
            </select>
          </label>
          <button type="submit">{text.save}</button>
        </form>
      )}
      <h3>{text.requestsTitle}</h3>
      {requests.length === 0 ? (
        <p class="empty">{text.noRequests}</p>
      ) : (
        <ul class="erasure-requests">
          {requests.map((request) => {
            const who = request.visitorName ?? text.unnamedVisitor;
            return (
              <li key={request.visitorId}>
                {who} <span class="muted">· {text.requestedOn(formatDateTime(request.requestedAt, strings.locale))}</span>{' '}
                <button type="button" class="danger" onClick={() => setConfirming(request.visitorId)}>
                  {text.eraseRequester(who)}
                </button>
                {confirming === request.visitorId && <EraseConfirmation onConfirm={() => void erase(request.visitorId)} onCancel={() => setConfirming(null)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
