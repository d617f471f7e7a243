/** The key figures, each with its change against the previous period and its definition. */
import type { Locale } from '../../../shared/domain';
import { KPI_DEFINITIONS, type KpiId } from '../../../shared/reports/kpi-definitions';
import type { KpiFigures } from '../../../shared/reports/kpi-summary';
import { change } from './report-range';
import type { ReportText } from './report-text';

type TileId = keyof ReportText['kpi'];
type Format = 'count' | 'seconds' | 'rate' | 'score';

const TILES: { id: TileId; definition: KpiId; format: Format; pick: (kpis: KpiFigures) => number | null }[] = [
  { id: 'conversations', definition: 'conversations', format: 'count', pick: (k) => k.conversations },
  { id: 'frt', definition: 'frt', format: 'seconds', pick: (k) => k.frtSeconds },
  { id: 'aht', definition: 'aht', format: 'seconds', pick: (k) => k.ahtSeconds },
  { id: 'asa', definition: 'asa', format: 'seconds', pick: (k) => k.asaSeconds },
  { id: 'abandonment', definition: 'abandonment', format: 'rate', pick: (k) => k.abandonmentRate },
  { id: 'fcr', definition: 'fcr', format: 'rate', pick: (k) => k.fcrRate },
  { id: 'csat', definition: 'csat', format: 'rate', pick: (k) => k.csat.positiveRate },
  { id: 'nps', definition: 'nps', format: 'score', pick: (k) => k.nps.score },
  { id: 'containment', definition: 'containment', format: 'rate', pick: (k) => k.containmentRate },
  { id: 'handoffRate', definition: 'handoffRate', format: 'rate', pick: (k) => k.handoffRate },
  { id: 'missed', definition: 'missed', format: 'count', pick: (k) => k.missed },
];

export function formatFigure(text: ReportText, format: Format, value: number | null): string {
  if (value === null) return text.noData;
  if (format === 'seconds') return text.seconds(value);
  if (format === 'rate') return text.percent(value);
  if (format === 'score') return String(Math.round(value * 10) / 10);
  return value.toLocaleString();
}

export function KpiTiles({ kpis, previous, text, locale }: { kpis: KpiFigures; previous: KpiFigures; text: ReportText; locale: Locale }) {
  return (
    <ul class="report-tiles" aria-label={text.tiles}>
      {TILES.map((tile) => {
        const value = tile.pick(kpis);
        const delta = change(value, tile.pick(previous));
        const label = text.kpi[tile.id];
        return (
          <li key={tile.id} class="report-tile" aria-label={label}>
            <span class="report-tile-label">{label}</span>
            <strong class="report-tile-value">{formatFigure(text, tile.format, value)}</strong>
            <span class="report-tile-change">{delta === null ? text.noPrevious : text.versusPrevious(`${delta > 0 ? '+' : ''}${text.percent(delta)}`)}</span>
            {tile.id === 'nps' && <span class="report-tile-change">{text.npsAnswers(kpis.nps.responses, kpis.nps.promoters, kpis.nps.detractors)}</span>}
            <small class="report-tile-definition">{KPI_DEFINITIONS[tile.definition][locale]}</small>
          </li>
        );
      })}
    </ul>
  );
}
