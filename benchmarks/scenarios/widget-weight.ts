/** Scenario 6: what a website pays to embed Parley, gzipped, against published sizes of other widgets. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { embedSnippet } from '../../shared/snippet';
import { repoRoot } from '../support/processes';
import type { Row } from '../support/stats';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;

export async function widgetWeight(): Promise<Row[]> {
  const dir = join(repoRoot, 'dist/widget');
  if (!existsSync(join(dir, 'widget.js'))) return [{ scenario: '6. widget weight', measure: 'dist/widget missing', value: 'run `npm run build` first', met: '—' }];
  const files = readdirSync(dir).filter((file) => /\.(js|css)$/.test(file));
  const loader = gz(readFileSync(join(dir, 'widget.js')));
  const all = files.reduce((sum, file) => sum + gz(readFileSync(join(dir, file))), 0);
  const snippet = gz(embedSnippet('https://chat.example.com', 'demo'));
  const rows: Row[] = [
    { scenario: '6. widget weight (gzip -9)', measure: 'snippet', value: `${snippet} B`, met: '—' },
    { scenario: '6. widget weight (gzip -9)', measure: 'loader (widget.js)', value: kb(loader), goal: '≤ 3 KB', met: loader <= 3 * 1024 ? 'yes' : 'no' },
    { scenario: '6. widget weight (gzip -9)', measure: `everything the widget loads (${files.join(', ')})`, value: kb(all), goal: '≤ 30 KB', met: all <= 30 * 1024 ? 'yes' : 'no' },
  ];
  for (const [name, published] of [['Intercom', 200], ['Crisp', 130], ['Chatwoot', 170]] as const) {
    rows.push({ scenario: '6. widget weight (gzip -9)', measure: `vs ${name} (published ~${published} KB)`, value: kb(all), baseline: `${published} KB`, ratio: `${((all / 1024 / published) * 100).toFixed(0)}%`, met: '—' });
  }
  return rows;
}
