/**
 * `npm run demo:traffic`: replays a realistic fortnight of chat traffic into a fresh data
 * dir, so a new user sees the Reports charts at once. Arrivals follow Korean office hours
 * (busier mornings and afternoons, quieter weekends); the bot solves some questions and
 * hands the rest over for the reasons it really uses; agents answer, some visitors leave
 * the queue, some conversations reopen, some visitors come back about the same thing, and
 * many rate the chat.
 *
 *   PARLEY_DATA_DIR=.data-demo PARLEY_ADMIN_EMAIL=lead@example.com PARLEY_ADMIN_PASSWORD=… npm run demo:traffic
 *   PARLEY_DATA_DIR=.data-demo npm start
 *
 * Refuses a data dir that already holds conversations: the traffic is invented.
 */
import { Types } from 'mongoose';
import mongoose from 'mongoose';
import { createApp } from '../server/app';
import { seedIntents } from '../server/bot/seed-intents';
import { loadConfig } from '../server/config';
import { provisionDatabase } from '../server/database/provision';
import { createLogger } from '../server/logger';
import { createFieldCipher } from '../server/crypto/field-cipher';

const DAYS = 14;
const HOURLY_WEIGHT = [1, 0, 0, 0, 0, 1, 2, 4, 8, 14, 18, 17, 12, 15, 17, 16, 14, 11, 8, 6, 5, 4, 3, 2];
const REASONS = ['visitor_request', 'low_confidence', 'negative_sentiment', 'intent_requires_human'];
const AGENTS = [
  { name: '김민아', email: 'mina@demo.parley', teams: ['billing'] },
  { name: '박준', email: 'jun@demo.parley', teams: ['billing'] },
  { name: '이서연', email: 'seoyeon@demo.parley', teams: ['shipping'] },
  { name: 'Daniel Cho', email: 'daniel@demo.parley', teams: ['shipping'] },
];

let state = 20260302;
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2_147_483_648), state / 2_147_483_648);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const minutes = (n: number) => n * 60_000;

const config = loadConfig();
const logger = createLogger('warn');
const database = await provisionDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, log: () => {} });
const connection = await mongoose.createConnection(database.uri).asPromise();
try {
  const app = await createApp({ connection, logger, secret: config.secret, cipher: createFieldCipher(config.keyring), defaultCapacity: 3, demoSite: { key: config.demoSiteKey, name: 'Parley Demo Shop' }, firstAdmin: config.firstAdmin });
  const conversations = connection.collection('conversations');
  if ((await conversations.countDocuments({}, { limit: 1 })) > 0) throw new Error(`${config.dataDir} already has conversations; point PARLEY_DATA_DIR at a fresh folder`);
  const siteId = app.demoSite.id;
  await app.sites.updateSettings(siteId, { teams: ['billing', 'shipping'] });
  const agents = [];
  for (const agent of AGENTS) agents.push(await app.accounts.createAgent(siteId, { ...agent, password: 'demo-password-1234', capacity: 3 }));

  const docs: Record<string, unknown>[] = [];
  const messages: Record<string, unknown>[] = [];
  const end = Date.now();
  let visitors = 0;
  const recent: { visitorId: string; intent: (typeof seedIntents)[number] }[] = [];
  for (let day = DAYS; day >= 1; day--) {
    const midnight = end - day * 86_400_000 - (end % 86_400_000) - 9 * 3_600_000; // Seoul midnight
    const weekday = new Date(midnight + 9 * 3_600_000).getUTCDay();
    const volume = weekday === 0 || weekday === 6 ? 12 : 45;
    for (let hour = 0; hour < 24; hour++) {
      const count = Math.round((volume * HOURLY_WEIGHT[hour]!) / 100 + random() * 1.5);
      for (let i = 0; i < count; i++) {
        const start = midnight + hour * 3_600_000 + Math.floor(random() * 3_600_000);
        if (start > end - minutes(60)) continue;
        const id = new Types.ObjectId();
        // One visitor in ten comes back about what they asked before (FCR counts that).
        const returning = recent.length > 0 && random() < 0.1 ? pick(recent) : null;
        const intent = returning?.intent ?? pick(seedIntents);
        const agent = pick(agents);
        const locale = random() < 0.75 ? 'ko' : 'en';
        const visitorId = returning?.visitorId ?? new Types.ObjectId().toHexString();
        if (!returning) visitors++;
        recent.push({ visitorId, intent });
        if (recent.length > 50) recent.shift();
        const log: { kind: string; at: number; agentId?: string }[] = [{ kind: 'visitor', at: start }, { kind: 'bot', at: start + 2000 }];
        const events: { type: string; at: Date; agentId: string | null; reason: string | null }[] = [{ type: 'created', at: new Date(start), agentId: null, reason: null }];
        let doc: Record<string, unknown>;
        const handedOff = intent.handoff || random() < 0.55;
        if (!handedOff) {
          const solvedAt = start + minutes(1 + random() * 3);
          const solved = random() < 0.7;
          if (solved) events.push({ type: 'closed', at: new Date(solvedAt), agentId: null, reason: 'bot' });
          doc = { status: solved ? 'closed' : 'bot', resolution: solved ? 'bot' : null, closedAt: solved ? new Date(solvedAt) : null, handoff: null };
        } else {
          const handoffAt = start + minutes(0.5 + random() * 2);
          const reason = intent.handoff ? 'intent_requires_human' : pick(REASONS);
          const handoff = { reason, intents: [{ name: intent.name, confidence: 0.5 + random() / 2 }], botAnswers: [], at: new Date(handoffAt) };
          events.push({ type: 'queued', at: new Date(handoffAt), agentId: null, reason });
          const wait = minutes(random() < 0.8 ? random() * 2 : 2 + random() * 10);
          if (random() < 0.06) {
            events.push({ type: 'closed', at: new Date(handoffAt + wait), agentId: agent.id, reason: 'agent' });
            doc = { status: 'closed', resolution: 'agent', closedAt: new Date(handoffAt + wait), handoff };
          } else {
            const assignedAt = handoffAt + wait;
            events.push({ type: 'assigned', at: new Date(assignedAt), agentId: agent.id, reason: null });
            let at = assignedAt + minutes(0.3 + random() * 1.5);
            for (let turn = 0; turn < 2 + Math.floor(random() * 4); turn++) {
              log.push({ kind: 'agent', at, agentId: agent.id }, { kind: 'visitor', at: at + minutes(0.5 + random() * 2) });
              at += minutes(1 + random() * 3);
            }
            log.push({ kind: 'agent', at, agentId: agent.id });
            let closedAt = at + minutes(1 + random() * 4);
            events.push({ type: 'closed', at: new Date(closedAt), agentId: agent.id, reason: 'agent' });
            if (random() < 0.05) {
              // The visitor writes again soon after: the conversation reopens for the same agent.
              const back = closedAt + minutes(3 + random() * 10);
              log.push({ kind: 'visitor', at: back }, { kind: 'agent', at: back + minutes(1.5), agentId: agent.id });
              events.push({ type: 'reopened', at: new Date(back), agentId: agent.id, reason: null }, { type: 'assigned', at: new Date(back + minutes(1)), agentId: agent.id, reason: null });
              closedAt = back + minutes(4);
              events.push({ type: 'closed', at: new Date(closedAt), agentId: agent.id, reason: 'agent' });
            }
            const rated = random() < 0.45 ? { score: random() < 0.75 ? 4 + Math.round(random()) : 1 + Math.floor(random() * 3), comment: null } : null;
            doc = { status: 'closed', resolution: 'agent', closedAt: new Date(closedAt), handoff, csat: rated, assignedAgentId: agent.id, assignedAgentName: agent.name, team: agent.teams[0] ?? null };
          }
        }
        const last = Math.max(...log.map((entry) => entry.at), ...events.map((event) => event.at.getTime()));
        docs.push({ _id: id, siteId, visitorId, locale, round: 1, priority: 0, tags: [], team: null, botMemory: { lowConfidenceStreak: 0, detected: [{ name: intent.name, confidence: 0.8 }], answers: [] }, events, ...doc, createdAt: new Date(start), updatedAt: new Date(last) });
        log.forEach((entry, seq) =>
          messages.push({
            conversationId: id.toHexString(),
            clientId: `demo-${id.toHexString()}-${seq}`,
            seq: seq + 1,
            author: { kind: entry.kind, id: entry.kind === 'visitor' ? visitorId : (entry.agentId ?? null), name: null },
            text: entry.kind === 'visitor' ? (intent.examples[0] ?? '…') : entry.kind === 'bot' ? (intent.answer?.[locale] ?? '…') : locale === 'ko' ? '확인해 드리겠습니다, 고객님.' : 'Let me check that for you.',
            createdAt: new Date(entry.at),
          }),
        );
      }
    }
  }
  await conversations.insertMany(docs);
  await connection.collection('messages').insertMany(messages);
  const rebuilt = await app.reports.aggregator.rebuild();
  console.log(`Replayed ${DAYS} days: ${docs.length} conversations from ${visitors} visitors, ${messages.length} messages; reports rebuilt from ${rebuilt}.`);
  console.log(`Agents (password demo-password-1234): ${AGENTS.map((agent) => agent.email).join(', ')}. Start with: PARLEY_DATA_DIR=${config.dataDir} npm start`);
  await app.close();
} finally {
  await connection.close();
  await database.stop();
}
