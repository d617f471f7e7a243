/**
 * Export and erase, for admins, in the visitor panel. Erasing asks first (it cannot be
 * undone); the export arrives as a file the browser saves.
 */
import { useState } from 'preact/hooks';
import type { VisitorErasure } from '../../../shared/http';
import { errorText, useStrings } from '../i18n';
import { toClientError, type ParleyClientError } from '../lib/errors';
import type { PrivacyApi } from './privacy-api';
import { usePrivacyText } from './privacy-text';
import { EraseConfirmation } from './EraseConfirmation';

interface Props {
  api: PrivacyApi;
  visitorId: string;
  /** The visitor is already erased: nothing left to export or erase but the shell. */
  erased: boolean;
}

/** Hands a downloaded file to the browser to save. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function VisitorPrivacyActions({ api, visitorId, erased }: Props) {
  const strings = useStrings();
  const text = usePrivacyText();
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const [confirming, setConfirming] = useState(false);
  // Off by default: exports keep numbers masked, as agents see them.
  const [showNumbers, setShowNumbers] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ParleyClientError | null>(null);

  const run = async (kind: 'export' | 'erase', action: () => Promise<string>) => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      setDone(await action());
    } catch (failure) {
      setError(toClientError(failure));
    } finally {
      setBusy(null);
    }
  };
  const exportVisitor = () =>
    run('export', async () => {
      save(await api.exportVisitor(visitorId, showNumbers ? 'shown' : 'masked'), `parley-visitor-${visitorId}.zip`);
      return text.exported;
    });
  const erase = () =>
    run('erase', async () => {
      setConfirming(false);
      const result: VisitorErasure = await api.eraseVisitor(visitorId);
      return text.erased(result.conversations, result.messages, result.attachments);
    });

  return (
    <div class="privacy-actions" role="group" aria-label={text.actions}>
      <button type="button" onClick={exportVisitor} disabled={busy !== null}>
        {text.exportVisitor}
      </button>
      <label>
        <input type="checkbox" checked={showNumbers} onChange={(event) => setShowNumbers(event.currentTarget.checked)} />
        {text.exportShowsNumbers}
      </label>
      {!erased && (
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy !== null || confirming}>
          {text.eraseVisitor}
        </button>
      )}
      {confirming && <EraseConfirmation onConfirm={erase} onCancel={() => setConfirming(false)} />}
      <p role="status">{busy === 'export' ? text.exporting : (done ?? '')}</p>
      {error && (
        <p role="alert" class="error">
          {errorText(strings, error)}
        </p>
      )}
    </div>
  );
}
