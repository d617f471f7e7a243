/**
 * `npm run size`: what a website pays to embed Parley, gzipped at level 9 (as the
 * benchmark measures): the snippet, the loader every page loads, and everything the
 * widget can load (loader + chat + proactive; the CSS ships inside the JavaScript, into
 * the shadow root, so there is no separate stylesheet). Measures the production build in
 * dist/widget; the budgets are checked by widget/src/size-budget.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embedSnippet } from '../shared/snippet';

/** Bytes, gzipped. */
export const BUDGETS = { loader: 3 * 1024, total: 30 * 1024 } as const;

export const widgetDist = fileURLToPath(new URL('../dist/widget', import.meta.url));

export interface WidgetSizes {
  snippet: number;
  /** widget.js. */
  loader: number;
  /** Every file the widget can load, the loader included. */
  total: number;
  files: { file: string; raw: number; gzip: number }[];
}

const gzip = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

export function measureWidget(dir = widgetDist): WidgetSizes {
  if (!existsSync(join(dir, 'widget.js'))) {
    throw new Error(`${join(dir, 'widget.js')} is missing: build the widget first (npm run build, or npx vite build --mode widget).`);
  }
  const files = readdirSync(dir)
    .filter((file) => /\.(js|css)$/.test(file))
    .sort()
    .map((file) => {
      const content = readFileSync(join(dir, file));
      return { file, raw: content.length, gzip: gzip(content) };
    });
  return {
    snippet: gzip(embedSnippet('https://chat.example.com', 'demo')),
    loader: files.find((entry) => entry.file === 'widget.js')!.gzip,
    total: files.reduce((sum, entry) => sum + entry.gzip, 0),
    files,
  };
}

function print() {
  const sizes = measureWidget();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
  const rows = [
    ['the snippet', '', `${sizes.snippet} B`, ''],
    ...sizes.files.map(({ file, raw, gzip: zipped }) => [file === 'widget.js' ? `${file} (loader, every page)` : file, kb(raw), kb(zipped), file === 'widget.js' ? `≤ ${kb(BUDGETS.loader)}` : '']),
    ['everything the widget loads', '', kb(sizes.total), `≤ ${kb(BUDGETS.total)}`],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length), ['what', 'raw', 'gzip -9', 'budget'][column]!.length));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(['what', 'raw', 'gzip -9', 'budget']));
  for (const row of rows) console.log(line(row));
  const over = [sizes.loader > BUDGETS.loader && 'the loader', sizes.total > BUDGETS.total && 'the whole widget'].filter(Boolean);
  if (over.length > 0) {
    console.error(`Over budget: ${over.join(' and ')}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) print();
