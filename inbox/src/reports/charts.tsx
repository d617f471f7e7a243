/**
 * Small SVG charts, each drawn beside a table with the same figures. Plain SVG rather than
 * a charting library: these are four simple shapes, and a library (uPlot is ~20 KB gzipped
 * and draws on canvas, which screen readers and jsdom cannot read) would cost more than
 * the whole screen. The SVG is decorative (`aria-hidden`); the table is what assistive
 * technology reads, so every chart has its accessible alternative by construction.
 */
import type { ComponentChildren } from 'preact';

const WIDTH = 600;
const HEIGHT = 160;

export interface Column<Row> {
  label: string;
  value: (row: Row) => string | number;
}

export function DataTable<Row>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string }) {
  return (
    <table class="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.label} scope="col">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column, i) =>
              i === 0 ? (
                <th key={column.label} scope="row">
                  {column.value(row)}
                </th>
              ) : (
                <td key={column.label}>{column.value(row)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A chart and, under "Show as a table", the same figures as a table. */
export function ChartFigure({ title, showTable, children, table }: { title: string; showTable: string; children: ComponentChildren; table: ComponentChildren }) {
  return (
    <figure class="report-chart">
      <figcaption>{title}</figcaption>
      {children}
      <details>
        <summary>{showTable}</summary>
        {table}
      </details>
    </figure>
  );
}

/** Vertical bars, one per value; nulls leave a gap. */
export function Bars({ values }: { values: (number | null)[] }) {
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  const step = WIDTH / Math.max(1, values.length);
  return (
    <svg class="report-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {values.map((value, i) =>
        value === null || value === 0 ? null : (
          <rect key={i} x={i * step + step * 0.1} width={step * 0.8} y={HEIGHT - (value / max) * HEIGHT} height={(value / max) * HEIGHT} class="report-bar" />
        ),
      )}
    </svg>
  );
}

/** A line through the values; nulls break it. */
export function Line({ values }: { values: (number | null)[] }) {
  const max = Math.max(1, ...values.map((value) => value ?? 0));
  const step = WIDTH / Math.max(1, values.length - 1);
  const segments: string[][] = [[]];
  values.forEach((value, i) => {
    if (value === null) segments.push([]);
    else segments.at(-1)!.push(`${(i * step).toFixed(1)},${(HEIGHT - (value / max) * (HEIGHT - 4) - 2).toFixed(1)}`);
  });
  return (
    <svg class="report-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {segments.filter((points) => points.length > 0).map((points, i) => (
        <polyline key={i} points={points.join(' ')} class="report-line" fill="none" />
      ))}
    </svg>
  );
}

/** Weekday × hour cells, darker for more. */
export function Heatmap({ cells, weekdays }: { cells: number[][]; weekdays: string[] }) {
  const max = Math.max(1, ...cells.flat());
  const cell = WIDTH / 25;
  return (
    <svg class="report-svg" viewBox={`0 0 ${WIDTH} ${cell * 7}`} aria-hidden="true" focusable="false">
      {cells.map((hours, day) => (
        <g key={day}>
          <text x={0} y={day * cell + cell * 0.7} class="report-axis">
            {weekdays[day]}
          </text>
          {hours.map((count, hour) => (
            <rect key={hour} x={(hour + 1) * cell} y={day * cell} width={cell - 1} height={cell - 1} class="report-cell" fill-opacity={0.08 + 0.92 * (count / max)} />
          ))}
        </g>
      ))}
    </svg>
  );
}
