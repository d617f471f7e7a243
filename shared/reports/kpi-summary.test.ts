import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from '../settings';
import { conversationFacts, type ReportConversation } from './conversation-facts';
import { firstContactResolved } from './first-contact';
import { csatFigures, npsFigures, occupancy, summarize } from './kpi-summary';
import { addValues, contributions } from './report-rows';

describe('CSAT on both scales', () => {
  it('takes 4–5 of 5 as satisfied, with the mean and response rate', () => {
    // Ratings 5, 4, 2 on three of four closed conversations.
    const csat = csatFigures({ csat5_5: 1, csat5_4: 1, csat5_2: 1, closed: 4 });
    expect(csat).toMatchObject({ responses: 3, mean5: 11 / 3, mean10: null, responseRate: 0.75 });
    expect(csat.positiveRate).toBeCloseTo(2 / 3);
    expect(csat.distribution5).toEqual([0, 1, 0, 1, 1]);
  });

  it('takes 8–10 of 10 as satisfied', () => {
    const csat = csatFigures({ csat10_10: 1, csat10_8: 1, csat10_7: 2, closed: 4 });
    expect(csat.positiveRate).toBe(0.5);
    expect(csat.mean10).toBe(8);
  });

  it('has no figures without ratings rather than zeros', () => {
    expect(csatFigures({ closed: 3 })).toMatchObject({ responses: 0, positiveRate: null, mean5: null, responseRate: 0 });
  });
});

describe('NPS', () => {
  it('is promoters minus detractors over all answers', () => {
    // 3 promoters, 1 passive, 2 detractors of 6: 50% − 33.3% = 16.7.
    expect(npsFigures({ nps_10: 2, nps_9: 1, nps_8: 1, nps_6: 1, nps_0: 1 })).toEqual({ responses: 6, promoters: 3, detractors: 2, score: 16.7 });
    expect(npsFigures({}).score).toBeNull();
  });

  it('counts 7–8 as passive and the edges 6 and 9 on their sides', () => {
    // 6 and 0 detract, 7 and 8 are passive, 9 promotes: (1 − 2) / 5 = −20.
    expect(npsFigures({ nps_6: 1, nps_0: 1, nps_7: 1, nps_8: 1, nps_9: 1 })).toEqual({ responses: 5, promoters: 1, detractors: 2, score: -20 });
    // Only passives: answers, but a score of 0, not "no data".
    expect(npsFigures({ nps_7: 3, nps_8: 2 })).toEqual({ responses: 5, promoters: 0, detractors: 0, score: 0 });
    expect(npsFigures({ nps_3: 4 }).score).toBe(-100);
    // One decimal: 2 promoters of 3 answers and no detractor is 66.7.
    expect(npsFigures({ nps_10: 1, nps_9: 1, nps_8: 1 }).score).toBe(66.7);
  });
});

describe('first contact resolution', () => {
  const closed = { id: 'c1', createdAt: 0, closedAt: 1000, resolution: 'agent' as const, reopened: 0, intent: 'refund', handled: true };
  const day = 86_400_000;

  it('holds when the visitor did not come back about the same intent within N days', () => {
    expect(firstContactResolved(closed, [closed, { ...closed, id: 'c2', createdAt: 2 * day, intent: 'shipping' }], 7)).toBe(true);
    expect(firstContactResolved(closed, [{ ...closed, id: 'c2', createdAt: 8 * day }], 7)).toBe(true);
  });

  it('fails on a re-inquiry about the same intent within N days, or a reopening', () => {
    expect(firstContactResolved(closed, [{ ...closed, id: 'c2', createdAt: 2 * day }], 7)).toBe(false);
    expect(firstContactResolved(closed, [{ ...closed, id: 'c2', createdAt: 2 * day }], 1)).toBe(true);
    expect(firstContactResolved({ ...closed, reopened: 1 }, [], 7)).toBe(false);
  });

  it('does not apply to conversations the bot solved, nobody served, or that are still open', () => {
    expect(firstContactResolved({ ...closed, handled: false }, [], 7)).toBeNull();
    expect(firstContactResolved({ ...closed, resolution: 'bot' }, [], 7)).toBeNull();
    expect(firstContactResolved({ ...closed, closedAt: null, resolution: null }, [], 7)).toBeNull();
  });
});

describe('summarize over report rows', () => {
  const T0 = Date.parse('2026-03-02T14:59:00Z'); // 23:59 Monday in Seoul
  const base: ReportConversation = {
    id: 'c1', siteId: 's1', visitorId: 'v1', locale: 'ko', team: 'billing', createdAt: T0, closedAt: null, resolution: null, handoff: null,
    intents: [{ name: 'refund', confidence: 0.9 }], csat: null, nps: null, events: [], messages: [],
  };
  const at = (minutes: number) => T0 + minutes * 60_000;
  const handed: ReportConversation = {
    ...base,
    handoff: { reason: 'negative_sentiment', at: at(1) },
    events: [{ type: 'queued', at: at(1), agentId: null }, { type: 'assigned', at: at(3), agentId: 'a1' }, { type: 'closed', at: at(10), agentId: 'a1' }],
    messages: [{ kind: 'visitor', at: at(0), authorId: 'v1' }, { kind: 'agent', at: at(4), authorId: 'a1' }],
    closedAt: at(10),
    resolution: 'agent',
    csat: { score: 5, scale: 5 },
    nps: 9,
  };
  const solved: ReportConversation = { ...base, id: 'c2', createdAt: at(12), closedAt: at(13), resolution: 'bot', events: [{ type: 'closed', at: at(13), agentId: null }] };
  const open: ReportConversation = { ...base, id: 'c3', visitorId: 'v3', createdAt: at(5) };

  const all = [handed, solved, open].map((conversation) => ({ conversation, facts: conversationFacts(conversation, { businessHours: DEFAULT_BUSINESS_HOURS }) }));
  const contacts = all.map(({ conversation, facts }) => ({ ...conversation, reopened: facts.reopened, intent: facts.intent, handled: facts.segments.length > 0 }));
  const rows = all.flatMap(({ conversation, facts }, i) =>
    contributions(conversation, facts, firstContactResolved(contacts[i]!, contacts.filter((other) => other.visitorId === conversation.visitorId), 7), 'Asia/Seoul'),
  );

  it('files a conversation under the local day and hour it started (Seoul crosses midnight)', () => {
    expect(rows.map((row) => `${row.key.day} ${row.key.hour} ${row.key.agentId}`)).toEqual(['2026-03-02 23 a1', '2026-03-03 0 ', '2026-03-03 0 ']);
  });

  it('adds the rows up to the KPIs', () => {
    const totals = rows.reduce((sum, row) => addValues(sum, row.values), {});
    const kpis = summarize(totals);
    expect(kpis).toMatchObject({
      conversations: 3,
      frtSeconds: 180,
      frtFromFirstMessageSeconds: 240,
      asaSeconds: 120,
      // Assigned 3 → reply 4 (1 min) → closed 10 (6 min of silence, counted as 5).
      ahtSeconds: 6 * 60,
      handled: 1,
      abandoned: 0,
      abandonmentRate: 0,
      closed: 2,
      missed: 0,
    });
    expect(kpis.containmentRate).toBeCloseTo(1 / 3);
    expect(kpis.handoffRate).toBeCloseTo(1 / 3);
    expect(kpis.handoffsByReason.negative_sentiment).toBe(1);
    // c1 was followed by c2 from the same visitor about the same intent two minutes after closing.
    expect(kpis.fcrRate).toBe(0);
    expect(kpis.reinquiryRate).toBe(1);
    expect(kpis.csat).toMatchObject({ responses: 1, positiveRate: 1, responseRate: 0.5 });
    expect(kpis.nps.score).toBe(100);
  });

  it('subtracting a contribution takes it out again', () => {
    const totals = rows.reduce((sum, row) => addValues(sum, row.values), {});
    for (const row of rows) addValues(totals, row.values, -1);
    expect(totals).toEqual({});
  });
});

describe('occupancy', () => {
  it('is chats held at once over capacity in the hours the agent held any', () => {
    // Two chats of 30 min each in one hour, capacity 2: a quarter of what they could hold.
    expect(occupancy(60 * 60_000, 1, 2)).toBe(0.5 / 1);
    expect(occupancy(30 * 60_000, 1, 2)).toBe(0.25);
    expect(occupancy(0, 0, 2)).toBeNull();
  });
});
