/**
 * Scenario 10: what one abusive client costs everybody else. A bystander visitor's ack
 * times quiet, then while one anonymous visitor floods messages (100 in flight, as fast
 * as the acks come back), then while someone brute-forces sign-in (wrong passwords,
 * 10 in parallel). Goal: the bystander's p95 stays within 2× of its quiet value.
 *
 * The other scenarios exempt loopback from per-address limits; this one must not, or the
 * attackers would be exempt too. Parley trusts one proxy hop here and every client names
 * its own address in X-Forwarded-For, as clients behind a reverse proxy would arrive.
 */
import { io } from 'socket.io-client';
import type { Ack } from '../../shared/errors';
import { EV, NAMESPACES } from '../../shared/events';
import { API } from '../../shared/http';
import { closeAll, type VisitorSocket } from '../support/parley-clients';
import { ADMIN, startParley } from '../support/processes';
import { ms, percentile, ratio, sleep, type Row } from '../support/stats';

const ADDRESS = { bystanders: '203.0.113.10', flooder: '198.51.100.7', guesser: '198.51.100.8' };

function connectVisitorFrom(url: string, address: string): Promise<VisitorSocket> {
  const socket: VisitorSocket = io(`${url}${NAMESPACES.visitor}`, {
    auth: { siteKey: 'demo', locale: 'en' },
    transports: ['websocket'],
    forceNew: true,
    extraHeaders: { 'x-forwarded-for': address },
  });
  return new Promise((done, fail) => {
    socket.once(EV.sessionReady, () => done(socket));
    socket.once('connect_error', fail);
  });
}

const send = (socket: VisitorSocket, clientId: string, text: string) =>
  new Promise<Ack<unknown>>((done) => socket.timeout(30_000).emit(EV.messageSend, { clientId, text }, (error: Error | null, ack: Ack<unknown>) => done(error ? { ok: false, error: { code: 'PARLEY_ERR_INTERNAL', message: error.message } } : ack)));

/**
 * `samples` sends one after another with a short gap, round-robin over the bystanders
 * (30 of them, so each stays well inside its own per-visitor allowance). Returns ack round trips in ms.
 */
async function bystanderAcks(bystanders: VisitorSocket[], samples: number, label: string): Promise<{ times: number[]; refused: number }> {
  const times: number[] = [];
  let refused = 0;
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    const ack = await send(bystanders[i % bystanders.length]!, `${label}-${i}-bystander`, `${label} ${i}`);
    if (ack.ok) times.push(performance.now() - started);
    else refused++;
    await sleep(10);
  }
  return { times, refused };
}

/** One visitor keeps 100 sends in flight until told to stop. */
function flood(url: string) {
  let running = true;
  const counts = { sent: 0, stored: 0, refused: 0 };
  const done = (async () => {
    const flooder = await connectVisitorFrom(url, ADDRESS.flooder);
    const inFlight = async (slot: number) => {
      for (let i = 0; running; i++) {
        counts.sent++;
        const ack = await send(flooder, `flood-${slot}-${i}`, 'spam');
        if (ack.ok) counts.stored++;
        else counts.refused++;
      }
    };
    await Promise.all(Array.from({ length: 100 }, (_, slot) => inFlight(slot)));
    flooder.disconnect();
  })();
  return { counts, stop: async () => ((running = false), await done) };
}

/** Wrong passwords for the admin's account, 10 requests in parallel, until told to stop. */
function bruteForce(url: string) {
  let running = true;
  const counts = { tried: 0, unauthorized: 0, throttled: 0 };
  const inParallel = async (slot: number) => {
    for (let i = 0; running; i++) {
      counts.tried++;
      const response = await fetch(`${url}${API.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ADDRESS.guesser },
        body: JSON.stringify({ email: ADMIN.email, password: `guess-${slot}-${i}` }),
      });
      await response.arrayBuffer();
      if (response.status === 401) counts.unauthorized++;
      if (response.status === 429) counts.throttled++;
    }
  };
  const done = Promise.all(Array.from({ length: 10 }, (_, slot) => inParallel(slot)));
  return { counts, stop: async () => ((running = false), await done) };
}

export async function abuseBystander(quick: boolean): Promise<Row[]> {
  const samples = quick ? 100 : 300;
  const parley = await startParley({
    databaseName: `bench_abuse_${Date.now()}`,
    env: { PARLEY_LIMIT_EXEMPT_IPS: '', PARLEY_TRUST_PROXY: '1' },
  });
  // Connected once: new visitors per address are limited too (visitorCreate), and a real bystander is already there.
  const bystanders: VisitorSocket[] = [];
  try {
    for (let i = 0; i < 30; i++) bystanders.push(await connectVisitorFrom(parley.url, ADDRESS.bystanders));
    await bystanderAcks(bystanders, 30, 'warm');
    const quiet = await bystanderAcks(bystanders, samples, 'quiet');

    const flooding = flood(parley.url);
    await sleep(500);
    const underFlood = await bystanderAcks(bystanders, samples, 'flood');
    await flooding.stop();

    const guessing = bruteForce(parley.url);
    await sleep(500);
    const underGuessing = await bystanderAcks(bystanders, samples, 'brute');
    await guessing.stop();

    const scenario = '10. bystander visitor ack under abuse';
    const rows: Row[] = [];
    for (const [phase, run] of [
      ['quiet', quiet],
      [`one-visitor flood (${flooding.counts.sent} sent, ${flooding.counts.stored} stored)`, underFlood],
      [`login brute force (${guessing.counts.tried} tried, ${guessing.counts.throttled} got 429)`, underGuessing],
    ] as const) {
      const refusedNote = run.refused ? `, ${run.refused} refused` : '';
      for (const p of [50, 95] as const) {
        const value = percentile(run.times, p);
        const base = percentile(quiet.times, p);
        const judged = p === 95 && run !== quiet;
        rows.push({
          scenario,
          measure: `${phase}: p${p} (${run.times.length} acks${refusedNote})`,
          value: ms(value),
          baseline: run === quiet ? '' : ms(base),
          ratio: run === quiet ? '' : ratio(value, base),
          goal: judged ? 'p95 ≤ 2×' : '',
          // A bystander refused even once is a failure whatever the latency.
          met: judged ? (value / base <= 2 && run.refused === 0 ? 'yes' : 'no') : '—',
        });
      }
    }
    return rows;
  } finally {
    closeAll(bystanders);
    await parley.stop();
  }
}
