/**
 * Today's figures on the supervisor board: counts, who has waited longest, and how many
 * handoffs missed the first-response target the supervisor sets here. Reloaded with the
 * board (which follows routing changes live) and every 15 seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LiveFigures as Figures } from '../../../shared/reports/report-api';
import { errorText, useStrings } from '../i18n';
import { toClientError, type ParleyClientError } from '../lib/errors';
import { boardText } from './board-text';

interface LiveFiguresProps {
  load: (frtTargetSeconds: number) => Promise<Figures>;
  /** Changes whenever the board reloads, so the figures follow it. */
  boardLoadedAt: number | null;
  intervalMs?: number;
}

export function LiveFigures({ load, boardLoadedAt, intervalMs = 15_000 }: LiveFiguresProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  const [target, setTarget] = useState(60);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [error, setError] = useState<ParleyClientError | null>(null);

  useEffect(() => {
    let alive = true;
    const fetchNow = () =>
      load(target).then(
        (next) => alive && (setFigures(next), setError(null)),
        (failure: unknown) => alive && setError(toClientError(failure)),
      );
    void fetchNow();
    const timer = setInterval(() => void fetchNow(), intervalMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [load, target, boardLoadedAt, intervalMs]);

  const tiles: [string, string][] = figures
    ? [
        [text.live.conversations, String(figures.conversations)],
        [text.live.handoffs, String(figures.handoffs)],
        [text.live.closed, String(figures.closed)],
        [text.live.waiting, String(figures.waiting)],
        [text.live.longestWait, figures.longestWaitSeconds === null ? text.none : text.waited(figures.longestWaitSeconds)],
        [text.live.slaBreaches, String(figures.slaBreaches)],
      ]
    : [];
  return (
    <section class="live-figures" aria-label={text.live.region}>
      <h3>{text.live.title}</h3>
      <label class="inline-field">
        <span>{text.live.frtTarget}</span>
        <input type="number" min={1} max={86400} value={target} onChange={(event) => Number(event.currentTarget.value) >= 1 && setTarget(Math.round(Number(event.currentTarget.value)))} />
      </label>
      {error && (
        <p role="alert" class="error">
          {text.live.failed(errorText(strings, error))}
        </p>
      )}
      <dl class="report-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} class="report-tile">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
