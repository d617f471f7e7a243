/** Scenario 4: from the visitor's "talk to a human" to the agent's inbox hearing of the assignment. */
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { closeAll, connectAgents, connectVisitors, visitorIdOf } from '../support/parley-clients';
import { startParley } from '../support/processes';
import { ms, percentile, sleep, type Row } from '../support/stats';

export async function handoffLatency(quick: boolean): Promise<Row[]> {
  const handoffs = quick ? 200 : 500;
  const parley = await startParley({ databaseName: `bench_handoff_${Date.now()}` });
  const agents = await connectAgents(parley.url, 20, Math.ceil(handoffs / 20), 'handoff');
  const visitors = await connectVisitors(parley.url, handoffs);
  const startedAt = new Map<string, number>();
  const samples: number[] = [];
  for (const agent of agents) {
    agent.on(EV.conversationUpdated, (conversation: Conversation) => {
      const started = startedAt.get(conversation.visitorId);
      if (conversation.status !== 'assigned' || started === undefined) return;
      samples.push(performance.now() - started);
      startedAt.delete(conversation.visitorId);
    });
  }
  // A steady stream of handoffs, each visitor once.
  const gapMs = Number(process.env.BENCH_HANDOFF_GAP_MS ?? 100);
  for (const visitor of visitors) {
    startedAt.set(visitorIdOf.get(visitor)!, performance.now());
    visitor.emit(EV.handoffRequest, {}, () => {});
    await sleep(gapMs);
  }
  const deadline = performance.now() + 15_000;
  while (samples.length < handoffs && performance.now() < deadline) await sleep(50);
  closeAll([...visitors, ...agents]);
  await parley.stop();
  const p99 = percentile(samples, 99);
  return [
    { scenario: `4. handoff → agent inbox, 20 agents, ${handoffs} handoffs`, measure: `p50 (${samples.length} samples)`, value: ms(percentile(samples, 50)), met: '—' },
    { scenario: `4. handoff → agent inbox, 20 agents, ${handoffs} handoffs`, measure: 'p99', value: ms(p99), goal: '≤ 50 ms', met: p99 <= 50 ? 'yes' : 'no' },
  ];
}
