/** Visitors blocked for abuse right now, each with a control to lift the block (supervisors and admins). */
import { useEffect, useState } from 'preact/hooks';
import type { VisitorBlock } from '../../../shared/abuse';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { formatDateTime } from '../lib/format-date';
import type { AbuseApi } from './AbuseApi';

export function AbuseBlocks({ api, loadedAt }: { api: Pick<AbuseApi, 'blocks' | 'lift'>; loadedAt?: number }) {
  const strings = useStrings();
  const text = strings.abuse;
  const [blocks, setBlocks] = useState<VisitorBlock[] | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; words: string } | null>(null);
  const [lifting, setLifting] = useState<string | null>(null);
  const fail = (error: unknown) => setNotice({ ok: false, words: text.failed(errorText(strings, toClientError(error))) });
  const load = () => api.blocks().then(({ blocks: next }) => setBlocks(next), fail);
  useEffect(() => void load(), [api, loadedAt]);

  const visitorOf = (block: VisitorBlock) => block.visitorName ?? `${text.anonymous} ${block.visitorId.slice(-4)}`;
  const lift = async (block: VisitorBlock) => {
    setLifting(block.id);
    try {
      await api.lift(block.id);
      setNotice({ ok: true, words: text.lifted(visitorOf(block)) });
      await load();
    } catch (error) {
      fail(error);
    } finally {
      setLifting(null);
    }
  };

  return (
    <section aria-label={text.blocksTitle}>
      <h4>{text.blocksTitle}</h4>
      <p role={notice && !notice.ok ? 'alert' : 'status'}>{notice?.words}</p>
      {blocks &&
        (blocks.length === 0 ? (
          <p class="empty">{text.noBlocks}</p>
        ) : (
          <table aria-label={text.blocksTitle}>
            <thead>
              <tr>
                <th scope="col">{text.column.visitor}</th>
                <th scope="col">{text.column.until}</th>
                <th scope="col">{text.column.by}</th>
                <th scope="col">{text.column.action}</th>
              </tr>
            </thead>
            <tbody>
              {blocks.map((block) => (
                <tr key={block.id}>
                  <th scope="row">{visitorOf(block)}</th>
                  <td>{formatDateTime(block.until, strings.locale)}</td>
                  <td>{block.blockedBy.name}</td>
                  <td>
                    <button type="button" aria-label={text.lift(visitorOf(block))} disabled={lifting === block.id} onClick={() => void lift(block)}>
                      {text.liftShort}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
