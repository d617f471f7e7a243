/**
 * The report tables as CSV: UTF-8 with a byte-order mark, because Excel reads a CSV
 * without one in the system code page and turns Korean into mojibake. RFC 4180 quoting;
 * cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 *
 * @example reportCsv(overview, 'agents') // '\uFEFFagent_id,name,handled,…\r\n…'
 */
import type { ReportTable } from './report-api';
import type { ReportOverview } from './report-views';

type Cell = string | number | null;

export const CSV_BOM = '\uFEFF';

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4).replace(/0+$/, '');
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function reportTable(overview: ReportOverview, table: ReportTable): { header: string[]; rows: Cell[][] } {
  const { kpis } = overview;
  switch (table) {
    case 'summary':
      return {
        header: ['kpi', 'value', 'previous'],
        rows: (
          [
            ['conversations', kpis.conversations, overview.previous.conversations],
            ['frt_seconds', kpis.frtSeconds, overview.previous.frtSeconds],
            ['frt_business_seconds', kpis.frtBusinessSeconds, overview.previous.frtBusinessSeconds],
            ['frt_from_first_message_seconds', kpis.frtFromFirstMessageSeconds, overview.previous.frtFromFirstMessageSeconds],
            ['response_seconds', kpis.responseSeconds, overview.previous.responseSeconds],
            ['aht_seconds', kpis.ahtSeconds, overview.previous.ahtSeconds],
            ['asa_seconds', kpis.asaSeconds, overview.previous.asaSeconds],
            ['abandonment_rate', kpis.abandonmentRate, overview.previous.abandonmentRate],
            ['fcr_rate', kpis.fcrRate, overview.previous.fcrRate],
            ['csat_positive_rate', kpis.csat.positiveRate, overview.previous.csat.positiveRate],
            ['csat_response_rate', kpis.csat.responseRate, overview.previous.csat.responseRate],
            ['nps', kpis.nps.score, overview.previous.nps.score],
            ['nps_responses', kpis.nps.responses, overview.previous.nps.responses],
            ['nps_promoters', kpis.nps.promoters, overview.previous.nps.promoters],
            ['nps_detractors', kpis.nps.detractors, overview.previous.nps.detractors],
            ['containment_rate', kpis.containmentRate, overview.previous.containmentRate],
            ['handoff_rate', kpis.handoffRate, overview.previous.handoffRate],
            ['missed', kpis.missed, overview.previous.missed],
          ] as Cell[][]
        ),
      };
    case 'series':
      return {
        header: [overview.granularity, 'conversations', 'frt_seconds', 'aht_seconds', 'csat_positive_rate'],
        rows: overview.series.map((point) => [point.bucket, point.conversations, point.frtSeconds, point.ahtSeconds, point.csatPositiveRate]),
      };
    case 'heatmap':
      return { header: ['weekday', ...Array.from({ length: 24 }, (_, hour) => `h${String(hour).padStart(2, '0')}`)], rows: overview.heatmap.map((hours, weekday) => [weekday, ...hours]) };
    case 'agents':
      return {
        header: ['agent_id', 'name', 'handled', 'frt_seconds', 'aht_seconds', 'csat_positive_rate', 'csat_responses', 'occupancy', 'chats_per_hour', 'missed'],
        rows: overview.agents.map((a) => [a.agentId, a.name, a.handled, a.frtSeconds, a.ahtSeconds, a.csatPositiveRate, a.csatResponses, a.occupancy, a.chatsPerHour, a.missed]),
      };
    case 'intents':
      return { header: ['intent', 'conversations', 'containment_rate', 'handoffs'], rows: overview.intents.map((i) => [i.intent, i.conversations, i.containmentRate, i.handoffs]) };
    case 'handoffs':
      return { header: ['reason', 'handoffs'], rows: Object.entries(kpis.handoffsByReason).map(([reason, count]) => [reason, count]) };
    case 'csat':
      return {
        header: ['scale', 'score', 'ratings'],
        rows: [
          ...kpis.csat.distribution5.map((count, i): Cell[] => [5, i + 1, count]),
          ...kpis.csat.distribution10.map((count, i): Cell[] => [10, i + 1, count]),
        ],
      };
  }
}

export function reportCsv(overview: ReportOverview, table: ReportTable): string {
  const { header, rows } = reportTable(overview, table);
  return toCsv(header, rows);
}
