/**
 * `tsx benchmarks/profile-summary.ts <file.cpuprofile>`: where a Parley process spent its
 * CPU time, by self time per function and per package, to explain a benchmark figure.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfTime = new Map<number, number>();
profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

const where = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/work/') || url.includes('/server/') ? 'parley' : url.startsWith('node:') ? 'node' : url ? 'other' : '(native/idle)');
const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, time] of selfTime) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + time);
  packages.set(where(url), (packages.get(where(url)) ?? 0) + time);
}
const top = (map: Map<string, number>, n: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, time]) => ({ name, ms: (time / 1000).toFixed(0), share: `${((time / total) * 100).toFixed(1)}%` }));
console.log(`profile: ${(total / 1e6).toFixed(1)} s sampled`);
console.table(top(packages, 12));
console.table(top(functions, 20));
