/** The report's charts, each with its table and its CSV download. */
import type { ComponentChildren } from 'preact';
import type { HandoffReason } from '../../../shared/domain';
import type { ReportTable } from '../../../shared/reports/report-api';
import type { ReportOverview, SeriesPoint } from '../../../shared/reports/report-views';
import { Bars, ChartFigure, DataTable, Heatmap, Line } from './charts';
import type { ReportText } from './report-text';

interface ReportChartsProps {
  overview: ReportOverview;
  text: ReportText;
  csvButton: (table: ReportTable, label: string) => ComponentChildren;
}

export function ReportCharts({ overview, text, csvButton }: ReportChartsProps) {
  const { series, kpis } = overview;
  const period = (point: SeriesPoint) => point.bucket;
  const csat = kpis.csat.distribution10.some((count) => count > 0) && !kpis.csat.distribution5.some((count) => count > 0) ? kpis.csat.distribution10 : kpis.csat.distribution5;
  const reasons = Object.entries(kpis.handoffsByReason) as [HandoffReason, number][];
  const heatRows = overview.heatmap.map((hours, weekday) => ({ weekday, hours }));
  return (
    <div class="report-charts">
      <ChartFigure
        title={text.charts.volume}
        showTable={text.showTable}
        table={<DataTable caption={text.charts.volume} rowKey={period} rows={series} columns={[{ label: text.column.period, value: period }, { label: text.column.conversations, value: (p) => p.conversations }]} />}
      >
        <Bars values={series.map((point) => point.conversations)} />
      </ChartFigure>
      {csvButton('series', text.charts.volume)}
      <ChartFigure
        title={text.charts.frt}
        showTable={text.showTable}
        table={
          <DataTable
            caption={text.charts.frt}
            rowKey={period}
            rows={series}
            columns={[{ label: text.column.period, value: period }, { label: text.column.frtSeconds, value: (p) => (p.frtSeconds === null ? text.noData : Math.round(p.frtSeconds)) }]}
          />
        }
      >
        <Line values={series.map((point) => point.frtSeconds)} />
      </ChartFigure>
      <ChartFigure
        title={text.charts.heatmap}
        showTable={text.showTable}
        table={
          <DataTable
            caption={text.charts.heatmap}
            rowKey={(row) => String(row.weekday)}
            rows={heatRows}
            columns={[{ label: text.column.weekday, value: (row) => text.weekdays[row.weekday] ?? '' }, ...Array.from({ length: 24 }, (_, hour) => ({ label: String(hour), value: (row: (typeof heatRows)[number]) => row.hours[hour] ?? 0 }))]}
          />
        }
      >
        <Heatmap cells={overview.heatmap} weekdays={text.weekdays} />
      </ChartFigure>
      {csvButton('heatmap', text.charts.heatmap)}
      <ChartFigure
        title={text.charts.csat}
        showTable={text.showTable}
        table={
          <DataTable
            caption={text.charts.csat}
            rowKey={(row) => String(row.score)}
            rows={csat.map((count, i) => ({ score: i + 1, count }))}
            columns={[{ label: text.column.score, value: (row) => row.score }, { label: text.column.ratings, value: (row) => row.count }]}
          />
        }
      >
        <Bars values={csat} />
      </ChartFigure>
      {csvButton('csat', text.charts.csat)}
      <ChartFigure
        title={text.charts.handoffs}
        showTable={text.showTable}
        table={
          <DataTable
            caption={text.charts.handoffs}
            rowKey={([reason]) => reason}
            rows={reasons}
            columns={[{ label: text.column.reason, value: ([reason]) => text.reasons[reason] }, { label: text.column.handoffs, value: ([, count]) => count }]}
          />
        }
      >
        <Bars values={reasons.map(([, count]) => count)} />
      </ChartFigure>
      {csvButton('handoffs', text.charts.handoffs)}
      <DataTable
        caption={text.charts.intents}
        rowKey={(row) => row.intent}
        rows={overview.intents}
        columns={[
          { label: text.column.intent, value: (row) => row.intent },
          { label: text.column.conversations, value: (row) => row.conversations },
          { label: text.column.containment, value: (row) => (row.containmentRate === null ? text.noData : text.percent(row.containmentRate)) },
          { label: text.column.handoffs, value: (row) => row.handoffs },
        ]}
      />
      {csvButton('intents', text.charts.intents)}
    </div>
  );
}
