/**
 * Nothing internal reaches a visitor: every event and ack a visitor socket receives, and
 * the visitor's transcript download, carry only the visitor-facing projection.
 */
import request from 'supertest';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const FORBIDDEN_KEYS = ['tags', 'handoff', 'intents', 'confidence', 'botAnswers', 'assignedAgentId', 'siteId', 'team', 'priority', 'internal', 'visitorId'];

/** Every key at any depth of a JSON value. */
function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  }
  return into;
}

it('sends a visitor no tag, note, intent, confidence or internal id, in events, acks or the transcript', async () => {
  const mina = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const agent = await connectAgent(server, mina.token);
  const { socket: visitor, session } = await connectVisitor(server, { locale: 'en' });
  const received: unknown[] = [session];
  visitor.onAny((_event, payload) => received.push(payload));
  const acked = async <T>(event: string, payload: unknown) => {
    const ack = await ask<T>(visitor, event, payload);
    received.push(ack);
    return ack;
  };

  // The bot classifies this (an intent with a confidence), then the visitor asks for a person.
  await acked(EV.messageSend, { clientId: 'leak-test-1', text: 'what are your opening hours?' });
  const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned');
  await acked(EV.handoffRequest, {});
  const conversation = await assigned;
  expect(conversation.handoff).not.toBeNull();

  await ask(agent, EV.conversationTag, { conversationId: conversation.id, tags: ['secret-tag-vip'] });
  await ask(agent, EV.messageSend, { conversationId: conversation.id, clientId: 'note-1-abcdef', text: 'internal: refund abuser', internal: true });
  const reply = nextEvent<Message>(visitor, EV.messageCreated, (m) => m.text === 'Hello from Mina');
  await ask(agent, EV.messageSend, { conversationId: conversation.id, clientId: 'reply-1-abcdef', text: 'Hello from Mina' });
  expect((await reply).author).toEqual({ kind: 'agent', id: null, name: 'Mina' });
  await acked(EV.messageSync, { afterSeq: 0 });
  await ask(agent, EV.conversationClose, { conversationId: conversation.id });
  const rated = await acked<{ conversation: unknown }>(EV.conversationRate, { conversationId: conversation.id, score: 5 });
  expect(rated.ok && rated.data.conversation).toMatchObject({ id: conversation.id, status: 'closed', assignedAgentName: 'Mina', csat: { score: 5 } });
  visitor.disconnect();
  const back = await connectVisitor(server, { token: session.token });
  received.push(back.session);
  const transcript = await request(server.app.httpServer).get(API.visitorTranscript(conversation.id)).set('Authorization', `Bearer ${session.token}`).expect(200);

  const seenKeys = keysOf(received);
  expect(FORBIDDEN_KEYS.filter((key) => seenKeys.has(key) && !(key === 'siteId' && onlyInVisitorRecord(received)))).toEqual([]);
  const everything = JSON.stringify(received) + transcript.text;
  expect(everything).not.toContain('secret-tag-vip');
  expect(everything).not.toContain('refund abuser');
  expect(everything).not.toContain(mina.agent.id);
  expect(everything).not.toContain('business_hours');
  expect(everything).toContain('Hello from Mina');
});

/** The visitor's own record names its site; that is the visitor's, not the conversation's. */
function onlyInVisitorRecord(received: unknown[]): boolean {
  const withoutVisitor = received.map((payload) => (payload && typeof payload === 'object' && 'visitor' in payload ? { ...payload, visitor: null } : payload));
  return !keysOf(withoutVisitor).has('siteId');
}
