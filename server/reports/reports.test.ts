/**
 * A scripted day over real sockets against the real server and database: the REST
 * reports must show exactly what happened, computed only from the aggregate rows.
 */
import request from 'supertest';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import type { Transcript } from '../../shared/http';
import type { LiveFigures } from '../../shared/reports/report-api';
import { localParts } from '../../shared/reports/local-time';
import type { ReportOverview } from '../../shared/reports/report-views';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const say = (socket: Parameters<typeof ask>[0], text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text });
const seoulDay = (at: number) => localParts(at, 'Asia/Seoul').day;

async function handedOff(visitor: VisitorClient, text: string) {
  await say(visitor, text);
  const handoff = await ask<{ conversation: Conversation }>(visitor, EV.handoffRequest, {});
  if (!handoff.ok) throw new Error('handoff refused');
  return handoff.data.conversation;
}

describe('reports over a scripted day', () => {
  it('report exactly what happened, to supervisors only, as JSON and as CSV', async () => {
    const mina = await signedInAgent(server, { email: 'mina@example.com', name: '김민아', capacity: 1 });
    const sora = await server.app.accounts.createAgent(server.app.demoSite.id, { email: 'sora@example.com', name: 'Sora', password: 'correct horse battery staple', role: 'supervisor', capacity: 0 });
    const supervisor = await server.app.accounts.login({ email: sora.email, password: 'correct horse battery staple' });
    const agent = await connectAgent(server, mina.token);
    const boss = await connectAgent(server, supervisor.token, { presence: 'away' });

    // 1. The bot solves it.
    const { socket: v1 } = await connectVisitor(server, { locale: 'ko' });
    const botAnswer = nextEvent<Message>(v1, EV.messageCreated, (m) => m.author.kind === 'bot');
    await say(v1, '영업시간이 어떻게 되나요?');
    await botAnswer;
    expect((await ask(v1, EV.conversationSolve, {})).ok).toBe(true);

    // 2. Handed to Mina, answered, closed, rated 5.
    const { socket: v2 } = await connectVisitor(server, { locale: 'en' });
    const assigned2 = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned');
    const c2 = await handedOff(v2, 'do you ship abroad?');
    await assigned2;

    // 3. Mina is full, so this visitor waits, and leaves the queue (the supervisor closes it).
    const { socket: v3 } = await connectVisitor(server, { locale: 'ko' });
    const c3 = await handedOff(v3, '환불하고 싶어요');
    expect(c3.status).toBe('queued');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await ask(boss, EV.conversationClose, { conversationId: c3.id })).ok).toBe(true);

    expect((await ask(agent, EV.messageSend, { conversationId: c2.id, clientId: 'reply-c2-1', text: 'Yes, we do.' })).ok).toBe(true);
    expect((await ask(agent, EV.conversationClose, { conversationId: c2.id })).ok).toBe(true);
    expect((await ask(v2, EV.conversationRate, { conversationId: c2.id, score: 5 })).ok).toBe(true);

    // 4. Handed to Mina, answered, closed, rated 2.
    const { socket: v4 } = await connectVisitor(server, { locale: 'ko' });
    const assigned4 = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned' && c.visitorId !== c2.visitorId);
    const c4 = await handedOff(v4, '배송이 늦어요');
    await assigned4;
    expect((await ask(agent, EV.messageSend, { conversationId: c4.id, clientId: 'reply-c4-1', text: '확인해 드리겠습니다.' })).ok).toBe(true);
    expect((await ask(agent, EV.conversationClose, { conversationId: c4.id })).ok).toBe(true);
    expect((await ask(v4, EV.conversationRate, { conversationId: c4.id, score: 2 })).ok).toBe(true);

    // 5. Talks to the bot and goes away.
    const { socket: v5 } = await connectVisitor(server, { locale: 'en' });
    const lastBotAnswer = nextEvent<Message>(v5, EV.messageCreated, (m) => m.author.kind === 'bot');
    await say(v5, 'what are your opening hours?');
    await lastBotAnswer;

    const http = request(server.app.httpServer);
    // From yesterday, so a run that crosses midnight in Seoul still sees the whole day.
    const range = `from=${seoulDay(Date.now() - 86_400_000)}&to=${seoulDay(Date.now())}`;
    await http.get(`/api/reports/overview?${range}`).set('Authorization', `Bearer ${mina.token}`).expect(403);
    await http.get(`/api/reports/overview?from=2026-03-09&to=2026-03-01`).set('Authorization', `Bearer ${supervisor.token}`).expect(400);
    const { body } = (await http.get(`/api/reports/overview?${range}`).set('Authorization', `Bearer ${supervisor.token}`).expect(200)) as { body: ReportOverview };

    expect(body.granularity).toBe('day');
    expect(body.kpis).toMatchObject({
      conversations: 5,
      closed: 4,
      handled: 2,
      missed: 0,
      abandoned: 1,
      containmentRate: 1 / 5,
      handoffRate: 3 / 5,
      handoffsByReason: { visitor_request: 3, low_confidence: 0, negative_sentiment: 0, intent_requires_human: 0 },
      fcrRate: 1,
      transfers: 0,
      reopened: 0,
    });
    expect(body.kpis.abandonmentRate).toBeCloseTo(1 / 3);
    expect(body.kpis.csat).toMatchObject({ responses: 2, positiveRate: 0.5, mean5: 3.5, responseRate: 0.5, distribution5: [0, 1, 0, 0, 1] });

    // FRT is the mean of handoff → first agent reply, read back from the transcripts.
    const frt = await Promise.all(
      [c2, c4].map(async (conversation) => {
        const transcript = (await http.get(`/api/conversations/${conversation.id}/transcript`).set('Authorization', `Bearer ${mina.token}`)).body as Transcript;
        const reply = transcript.messages.find((m) => m.author.kind === 'agent')!;
        return Date.parse(reply.createdAt) - Date.parse(transcript.conversation.handoff!.at);
      }),
    );
    expect(body.kpis.frtSeconds).toBeCloseTo((frt[0]! + frt[1]!) / 2 / 1000, 6);
    expect(body.agents).toEqual([expect.objectContaining({ agentId: mina.agent.id, name: '김민아', handled: 2, missed: 0, csatResponses: 2, csatPositiveRate: 0.5 })]);
    expect(body.series.reduce((sum, point) => sum + point.conversations, 0)).toBe(5);
    expect(body.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(5);

    // Filters narrow every figure: only the English conversations.
    const english = (await http.get(`/api/reports/overview?${range}&locale=en`).set('Authorization', `Bearer ${supervisor.token}`).expect(200)).body as ReportOverview;
    expect(english.kpis).toMatchObject({ conversations: 2, handled: 1, containmentRate: 0 });
    // Two filters combined are read from one value's rows and narrowed by the other.
    const minaInEnglish = (await http.get(`/api/reports/overview?${range}&locale=en&agent=${mina.agent.id}`).set('Authorization', `Bearer ${supervisor.token}`).expect(200)).body as ReportOverview;
    expect(minaInEnglish.kpis).toMatchObject({ conversations: 1, handled: 1 });
    expect(minaInEnglish.agents).toEqual([expect.objectContaining({ agentId: mina.agent.id, handled: 1 })]);
    expect(minaInEnglish.options.agents.map((agent) => agent.id)).toEqual([mina.agent.id]);

    const csv = await http.get(`/api/reports/agents?${range}&format=csv`).set('Authorization', `Bearer ${supervisor.token}`).buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.startsWith('\uFEFFagent_id,name,handled,')).toBe(true);
    expect(csv.text).toContain(`${mina.agent.id},김민아,2,`);

    // Thrown away and rebuilt from the raw conversations, the figures come out the same.
    await server.app.reports.aggregator.rebuild();
    const rebuilt = (await http.get(`/api/reports/overview?${range}`).set('Authorization', `Bearer ${supervisor.token}`).expect(200)).body as ReportOverview;
    expect(rebuilt.kpis).toEqual(body.kpis);
    expect(rebuilt.agents).toEqual(body.agents);

    const live = (await http.get('/api/reports/live?frtTarget=3600').set('Authorization', `Bearer ${supervisor.token}`).expect(200)).body as LiveFigures;
    expect(live).toMatchObject({ conversations: 5, handoffs: 3, closed: 4, waiting: 0, longestWaitSeconds: null, slaBreaches: 0, frtTargetSeconds: 3600 });
  });
});
