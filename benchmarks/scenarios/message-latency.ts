/**
 * Scenario 1: visitor → agent latency for persisted messages, against a bare Socket.IO
 * relay carrying the same payloads between the same clients in the same run. Both
 * servers run as child processes; the clients (and the clock) live in this process,
 * so client overhead is the same on both sides of the ratio.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { io, type Socket } from 'socket.io-client';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { closeAll, connectAgents, connectVisitors, handOffAll } from '../support/parley-clients';
import { repoRoot, startParley } from '../support/processes';
import { ms, percentile, ratio, sleep, type Row } from '../support/stats';

interface Load {
  conversations: number;
  /** Total messages per second across all visitors. */
  ratePerSecond: number;
  seconds: number;
}

/** Sends at a steady total rate, round-robin over the visitors, and collects emit → agent-receipt times. */
async function drive(visitors: Socket[], agents: Socket[], load: Load): Promise<number[]> {
  const samples: number[] = [];
  const failures: string[] = [];
  for (const agent of agents) {
    agent.on(EV.messageCreated, (message: Message) => {
      const sentAt = /^t=([\d.]+)/.exec(message.text)?.[1];
      if (sentAt && message.author.kind === 'visitor') samples.push(performance.now() - Number(sentAt));
    });
  }
  const total = Math.round(load.ratePerSecond * load.seconds);
  const interval = 1000 / load.ratePerSecond;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    visitors[i % visitors.length]!.emit(EV.messageSend, { clientId: `bench-${i}-${Math.random().toString(36).slice(2, 10)}`, text: `t=${performance.now()} message ${i}` }, (ack: { ok: boolean; error?: { message: string } }) => {
      if (!ack.ok) failures.push(ack.error?.message ?? 'failed');
    });
  }
  const deadline = performance.now() + 10_000;
  while (samples.length + failures.length < total && performance.now() < deadline) await sleep(50);
  if (failures.length) console.warn(`${failures.length} sends refused, e.g. ${failures[0]}`);
  return samples;
}

async function relayRun(load: Load): Promise<number[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'benchmarks/support/bare-relay.ts'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<number>((done) => createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith('ready') && done(Number(line.split(' ')[1]))));
  const url = `http://127.0.0.1:${port}`;
  const agentCount = 10;
  const agents = await Promise.all(Array.from({ length: agentCount }, (_, i) => connected(io(`${url}/agent`, { auth: { agent: i }, transports: ['websocket'], forceNew: true }))));
  const visitors = await Promise.all(Array.from({ length: load.conversations }, (_, i) => connected(io(`${url}/visitor`, { auth: { agent: i % agentCount }, transports: ['websocket'], forceNew: true }))));
  await sleep(300);
  const samples = await drive(visitors, agents, load);
  closeAll([...visitors, ...agents]);
  child.stdin!.end();
  return samples;
}

async function parleyRun(load: Load): Promise<number[]> {
  const parley = await startParley({ databaseName: `bench_latency_${load.conversations}_${Date.now()}` });
  const sockets: Socket[] = [];
  try {
    // Capacity is at most 50 per agent, so 1,000 conversations need 20 agents.
    const agentCount = Math.max(10, Math.ceil(load.conversations / 50));
    const agents = await connectAgents(parley.url, agentCount, Math.ceil(load.conversations / agentCount), `latency-${load.conversations}`);
    const visitors = await connectVisitors(parley.url, load.conversations);
    sockets.push(...agents, ...visitors);
    await handOffAll(visitors, agents);
    await sleep(300);
    return await drive(visitors, agents, load);
  } finally {
    closeAll(sockets);
    await parley.stop();
  }
}

const connected = (socket: Socket) => new Promise<Socket>((done, fail) => socket.once('connect', () => done(socket)).once('connect_error', fail));

export async function messageLatency(quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  for (const conversations of quick ? [100] : [100, 1000]) {
    const load: Load = { conversations, ratePerSecond: 200, seconds: quick ? 5 : 15 };
    const relay = await relayRun(load);
    const parley = await parleyRun(load);
    const name = `1. latency, ${conversations} conversations, ${load.ratePerSecond} msg/s`;
    for (const [p, goal] of [[50, 1.5], [95, Number.NaN], [99, 2]] as const) {
      const value = percentile(parley, p);
      const base = percentile(relay, p);
      rows.push({
        scenario: name,
        measure: `p${p} (${parley.length}/${relay.length} samples)`,
        value: ms(value),
        baseline: ms(base),
        ratio: ratio(value, base),
        goal: Number.isNaN(goal) ? '' : `≤ ${goal}×`,
        met: Number.isNaN(goal) ? '—' : value / base <= goal ? 'yes' : 'no',
      });
    }
  }
  return rows;
}
