import { describe, expect, it } from 'vitest';
import { DEFAULT_BUSINESS_HOURS } from '../settings';
import { conversationFacts, type ReportConversation, type ReportEvent, type ReportMessage } from './conversation-facts';

// Monday 2 March 2026, 10:00 in Seoul.
const T0 = Date.parse('2026-03-02T01:00:00Z');
const min = (minutes: number) => T0 + minutes * 60_000;
const visitor = (minutes: number): ReportMessage => ({ kind: 'visitor', at: min(minutes), authorId: 'v1' });
const bot = (minutes: number): ReportMessage => ({ kind: 'bot', at: min(minutes), authorId: null });
const agent = (minutes: number, id = 'a1', internal = false): ReportMessage => ({ kind: 'agent', at: min(minutes), authorId: id, internal });
const event = (type: ReportEvent['type'], minutes: number, agentId: string | null = null): ReportEvent => ({ type, at: min(minutes), agentId });

function conversation(parts: Partial<ReportConversation>): ReportConversation {
  return {
    id: 'c1',
    siteId: 's1',
    visitorId: 'v1',
    locale: 'ko',
    team: null,
    createdAt: T0,
    closedAt: null,
    resolution: null,
    handoff: null,
    intents: [],
    csat: null,
    nps: null,
    events: [event('created', 0)],
    messages: [],
    ...parts,
  };
}

const options = { businessHours: DEFAULT_BUSINESS_HOURS };

describe('conversationFacts', () => {
  it('measures first response from the first message and from the handoff, leaving the bot out', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: min(2) },
        events: [event('created', 0), event('queued', 2), event('assigned', 5, 'a1'), event('closed', 20, 'a1')],
        messages: [visitor(0), bot(0.1), visitor(1), bot(1.1), agent(6), visitor(8), visitor(9), agent(12), { kind: 'system', at: min(20), authorId: null }],
        closedAt: min(20),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.firstResponse).toEqual({ ms: 6 * 60_000, agentId: 'a1' });
    expect(facts.handoffResponse).toEqual({ ms: 4 * 60_000, businessMs: 4 * 60_000, agentId: 'a1' });
    // The handoff waited 4 min; the visitor's 8-minute message waited 4 more (the 9-minute one joined it).
    expect(facts.responses.map((response) => response.ms / 60_000)).toEqual([4, 4]);
    expect(facts.waits).toEqual([{ start: min(2), end: min(5), outcome: 'assigned' }]);
    expect(facts.contained).toBe(false);
    expect(facts.lastAgentId).toBe('a1');
  });

  it('counts handle time as active time only, capping silences at five minutes', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'low_confidence', at: min(0) },
        events: [event('queued', 0), event('assigned', 1, 'a1'), event('closed', 61, 'a1')],
        // 1 → 2 (1 min), 2 → 3 (1), 3 → 40 (capped 5), 40 → 41 (1), 41 → 61 (capped 5) = 13 min.
        messages: [visitor(0), agent(2), visitor(3), visitor(40), agent(41)],
        closedAt: min(61),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.segments).toEqual([{ agentId: 'a1', start: min(1), end: min(61), activeMs: 13 * 60_000, replied: true }]);
  });

  it('splits handle time between agents on a direct transfer and credits the reply to whoever sent it', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: min(0) },
        events: [event('queued', 0), event('assigned', 1, 'a1'), event('transferred', 3, 'a2'), event('closed', 6, 'a2')],
        messages: [visitor(0), agent(2, 'a1', true), agent(4, 'a2')],
        closedAt: min(6),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.transfers).toBe(1);
    // a1 only wrote an internal note: the visitor never heard from them, so it is a missed assignment.
    expect(facts.segments.map(({ agentId, activeMs, replied }) => ({ agentId, minutes: activeMs / 60_000, replied }))).toEqual([
      { agentId: 'a1', minutes: 2, replied: false },
      { agentId: 'a2', minutes: 3, replied: true },
    ]);
    expect(facts.handoffResponse).toMatchObject({ ms: 4 * 60_000, agentId: 'a2' });
    expect(facts.lastAgentId).toBe('a2');
  });

  it('treats a transfer to a team as a new wait in the queue', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: min(0) },
        events: [event('queued', 0), event('assigned', 2, 'a1'), event('transferred', 4, 'a1'), event('assigned', 10, 'a2'), event('closed', 12, 'a2')],
        messages: [visitor(0), agent(3, 'a1'), agent(11, 'a2')],
        closedAt: min(12),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.waits.map((wait) => (wait.end - wait.start) / 60_000)).toEqual([2, 6]);
    expect(facts.segments.map((segment) => segment.agentId)).toEqual(['a1', 'a2']);
  });

  it('records a visitor who left the queue as abandoned with how long they waited', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: min(0) },
        events: [event('queued', 0), event('closed', 7, 's1')],
        messages: [visitor(0)],
        closedAt: min(7),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.waits).toEqual([{ start: min(0), end: min(7), outcome: 'abandoned' }]);
    expect(facts.segments).toEqual([]);
    expect(facts.handoffResponse).toBeNull();
    expect(facts.contained).toBe(false);
  });

  it('counts a reopened conversation once for first response and again in the queue', () => {
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: min(0) },
        events: [event('queued', 0), event('assigned', 1, 'a1'), event('closed', 5, 'a1'), event('reopened', 30, 'a1'), event('assigned', 32, 'a1'), event('closed', 40, 'a1')],
        messages: [visitor(0), agent(2), visitor(30), agent(35)],
        closedAt: min(40),
        resolution: 'agent',
      }),
      options,
    );
    expect(facts.reopened).toBe(1);
    expect(facts.handoffResponse?.ms).toBe(2 * 60_000);
    expect(facts.responses.map((response) => response.ms / 60_000)).toEqual([2, 5]);
    expect(facts.waits.map((wait) => (wait.end - wait.start) / 60_000)).toEqual([1, 2]);
    expect(facts.segments.map((segment) => segment.activeMs / 60_000)).toEqual([4, 8]);
  });

  it('calls a conversation contained when the visitor pressed "This solved it" or it closed without reaching a person', () => {
    const solved = conversation({ messages: [visitor(0), bot(0.1)], events: [event('created', 0), event('closed', 1)], closedAt: min(1), resolution: 'bot' });
    expect(conversationFacts(solved, options).contained).toBe(true);
    const stillOpen = conversation({ messages: [visitor(0), bot(0.1)] });
    expect(conversationFacts(stillOpen, options).contained).toBe(false);
  });

  it('picks the intent the bot was most confident of', () => {
    const facts = conversationFacts(conversation({ intents: [{ name: 'shipping', confidence: 0.4 }, { name: 'refund', confidence: 0.8 }] }), options);
    expect(facts.intent).toBe('refund');
  });

  it('counts first response in business hours only when the handoff came after closing time', () => {
    const hours = { enabled: true, timezone: 'Asia/Seoul', weekly: [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '18:00' })) };
    // Friday 6 March 17:50 KST → Monday 9 March 09:10 KST: 10 + 10 business minutes.
    const handoffAt = Date.parse('2026-03-06T08:50:00Z');
    const replyAt = Date.parse('2026-03-09T00:10:00Z');
    const facts = conversationFacts(
      conversation({
        handoff: { reason: 'visitor_request', at: handoffAt },
        events: [event('created', 0), { type: 'offline', at: handoffAt, agentId: null }, { type: 'assigned', at: replyAt - 60_000, agentId: 'a1' }],
        messages: [{ kind: 'visitor', at: handoffAt, authorId: 'v1' }, { kind: 'agent', at: replyAt, authorId: 'a1' }],
      }),
      { businessHours: hours },
    );
    expect(facts.handoffResponse?.businessMs).toBe(20 * 60_000);
    expect(facts.handoffResponse?.ms).toBe(replyAt - handoffAt);
  });
});
