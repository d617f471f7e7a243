/**
 * NPS end to end over real sockets: a site that asks it, visitors who rated answer 0–10
 * once, only for their own closed conversation, and the REST report shows the exact score.
 */
import request from 'supertest';
import type { Conversation } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { localParts } from '../../shared/reports/local-time';
import type { ReportOverview } from '../../shared/reports/report-views';
import type { VisitorConversation } from '../../shared/visitor-view';
import { DEFAULT_WIDGET_SETTINGS } from '../../shared/settings';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer, type VisitorClient } from '../testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const seoulDay = (at: number) => localParts(at, 'Asia/Seoul').day;

describe('NPS', () => {
  it('is answered once by the conversation’s own visitor, where the site asks it, and reported as promoters − detractors', async () => {
    const http = request(server.app.httpServer);
    const admin = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
    const mina = await signedInAgent(server, { email: 'mina@example.com', name: '김민아', capacity: 5 });
    const agent = await connectAgent(server, mina.token);

    /** A visitor handed to Mina, answered, closed and rated 5. */
    async function ratedConversation(): Promise<{ visitor: VisitorClient; conversation: Conversation }> {
      const { socket: visitor } = await connectVisitor(server, { locale: 'ko' });
      await ask(visitor, EV.messageSend, { clientId: `c-${crypto.randomUUID()}`, text: '상담원 연결해 주세요' });
      const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned');
      const handoff = await ask<{ conversation: Conversation }>(visitor, EV.handoffRequest, {});
      if (!handoff.ok) throw new Error('handoff refused');
      const conversation = await assigned;
      expect((await ask(agent, EV.messageSend, { conversationId: conversation.id, clientId: `r-${crypto.randomUUID()}`, text: '네, 도와드리겠습니다.' })).ok).toBe(true);
      expect((await ask(agent, EV.conversationClose, { conversationId: conversation.id })).ok).toBe(true);
      expect((await ask(visitor, EV.conversationRate, { conversationId: conversation.id, score: 5 })).ok).toBe(true);
      return { visitor, conversation };
    }

    const first = await ratedConversation();
    // Off by default: the question is refused.
    const off = await ask(first.visitor, EV.conversationRecommend, { conversationId: first.conversation.id, score: 9 });
    expect(off).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_FORBIDDEN' } });

    await http.put(API.settings).set('Authorization', `Bearer ${admin}`).send({ widget: { ...DEFAULT_WIDGET_SETTINGS, nps: { enabled: true } } }).expect(200);
    const config = await http.get(API.settings).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(config.body.widget.nps).toEqual({ enabled: true });

    const answered = await ask<{ conversation: VisitorConversation }>(first.visitor, EV.conversationRecommend, { conversationId: first.conversation.id, score: 9 });
    expect(answered.ok && answered.data.conversation.nps).toBe(9);
    // Once only, and never out of range.
    expect(await ask(first.visitor, EV.conversationRecommend, { conversationId: first.conversation.id, score: 0 })).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
    const second = await ratedConversation();
    expect(await ask(second.visitor, EV.conversationRecommend, { conversationId: second.conversation.id, score: 11 })).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
    // Another visitor cannot answer for this conversation.
    expect(await ask(first.visitor, EV.conversationRecommend, { conversationId: second.conversation.id, score: 10 })).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND' } });
    expect((await ask(second.visitor, EV.conversationRecommend, { conversationId: second.conversation.id, score: 3 })).ok).toBe(true);
    const third = await ratedConversation();
    expect((await ask(third.visitor, EV.conversationRecommend, { conversationId: third.conversation.id, score: 10 })).ok).toBe(true);
    const fourth = await ratedConversation();
    expect((await ask(fourth.visitor, EV.conversationRecommend, { conversationId: fourth.conversation.id, score: 7 })).ok).toBe(true);

    // Answers 9, 3, 10, 7: two promoters, one detractor, one passive → (2 − 1) / 4 = 25.
    const range = `from=${seoulDay(Date.now() - 86_400_000)}&to=${seoulDay(Date.now())}`;
    const { body } = (await http.get(`/api/reports/overview?${range}`).set('Authorization', `Bearer ${admin}`).expect(200)) as { body: ReportOverview };
    expect(body.kpis.nps).toEqual({ responses: 4, promoters: 2, detractors: 1, score: 25 });
    const summary = await http.get(`/api/reports/summary?${range}`).set('Authorization', `Bearer ${admin}`).expect(200);
    expect(summary.body.rows).toContainEqual(['nps', 25, null]);
    expect(summary.body.rows).toContainEqual(['nps_responses', 4, 0]);
    const csv = await http.get(`/api/reports/summary?${range}&format=csv`).set('Authorization', `Bearer ${admin}`).buffer(true).expect(200);
    expect(csv.text).toContain('\r\nnps,25,\r\nnps_responses,4,0\r\nnps_promoters,2,0\r\nnps_detractors,1,0\r\n');
  });
});
