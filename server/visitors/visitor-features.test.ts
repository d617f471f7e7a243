/** What the widget relies on, over real sockets and HTTP against FerretDB. */
import { createHmac } from 'node:crypto';
import request from 'supertest';
import type { Conversation, Message, Visitor } from '../../shared/domain';
import { EV, type ReadReceipt } from '../../shared/events';
import { API } from '../../shared/http';
import type { WidgetConfig } from '../../shared/settings';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

async function assignedConversation() {
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const agentSocket = await connectAgent(server, agent.token);
  const visitor = await connectVisitor(server, { locale: 'en' });
  const assigned = nextEvent<Conversation>(agentSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await ask(visitor.socket, EV.handoffRequest, {});
  return { agent, agentSocket, visitor, conversation: await assigned };
}

describe('identity verification', () => {
  const sign = (secret: string, userId: string) => createHmac('sha256', secret).update(userId).digest('hex');

  it('accepts a right hash, brings the same user back on another device, and refuses a wrong one', async () => {
    const secret = (await server.app.sites.identitySecret(server.app.demoSite.id))!;
    const identity = { userId: 'user-42', hash: sign(secret, 'user-42'), name: '김민지', email: 'minji@example.com' };
    const first = await connectVisitor(server, { identity } as never);
    expect(first.session.visitor).toMatchObject({ userId: 'user-42', name: '김민지', email: 'minji@example.com' });
    await ask(first.socket, EV.messageSend, { clientId: 'from-laptop-1', text: 'hello from my laptop' });

    const phone = await connectVisitor(server, { identity } as never);
    expect(phone.session.visitor.id).toBe(first.session.visitor.id);
    const history = await ask<{ messages: Message[] }>(phone.socket, EV.messageSync, { afterSeq: 0 });
    expect(history.ok && history.data.messages[0]!.text).toBe('hello from my laptop');

    await expect(connectVisitor(server, { identity: { userId: 'user-42', hash: sign('guess', 'user-42') } } as never)).rejects.toMatchObject({
      message: 'PARLEY_ERR_FORBIDDEN',
    });
    await expect(connectVisitor(server, { identity: { userId: 'user-43', hash: identity.hash } } as never)).rejects.toMatchObject({
      message: 'PARLEY_ERR_FORBIDDEN',
    });
  });
});

it('shows agents the visitor’s attributes and pre-chat details, and routes by the chosen topic', async () => {
  const admin = await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  await http().put(API.settings).set('Authorization', `Bearer ${admin.token}`).send({ teams: ['billing'] }).expect(200);
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 0 });
  const agentSocket = await connectAgent(server, agent.token);
  const { socket } = await connectVisitor(server, { locale: 'ko' });

  const updated = nextEvent<Visitor>(agentSocket, EV.visitorUpdated, (v) => v.attributes.plan === 'pro');
  await ask(socket, EV.visitorAttributes, { attributes: { plan: 'pro', orders: 3 } });
  expect((await updated).attributes).toEqual({ plan: 'pro', orders: 3 });

  const bad = await ask(socket, EV.visitorProfile, { topic: 'nonsense' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
  const routed = nextEvent<Conversation>(agentSocket, EV.conversationUpdated, (c) => c.team === 'billing');
  await ask(socket, EV.visitorProfile, { name: '김민지', email: 'MINJI@example.com', topic: 'billing' });
  expect(await routed).toMatchObject({ visitorName: '김민지', team: 'billing' });
});

it('keeps an offline message as a conversation with the email for follow-up', async () => {
  const { socket } = await connectVisitor(server, { locale: 'en' });
  const left = await ask<{ conversation: Conversation; message: Message }>(socket, EV.offlineMessage, {
    clientId: 'offline-1',
    email: 'later@example.com',
    name: 'Kim',
    text: 'Please call me back about my order',
  });
  expect(left.ok && left.data.conversation).toMatchObject({ status: 'offline', visitorName: 'Kim' });
  const admin = await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' });
  const found = await http().get(API.conversationSearch).query({ email: 'later@example.com' }).set('Authorization', `Bearer ${admin.token}`).expect(200);
  expect(found.body.conversations).toHaveLength(1);
});

it('stores a CSAT rating once the conversation is closed, and offers the transcript for download', async () => {
  const { agentSocket, visitor, conversation } = await assignedConversation();
  const early = await ask(visitor.socket, EV.conversationRate, { conversationId: conversation.id, score: 5 });
  expect(early).toMatchObject({ ok: false, error: { code: 'PARLEY_ERR_INVALID_PAYLOAD' } });
  await ask(agentSocket, EV.messageSend, { conversationId: conversation.id, clientId: 'agent-reply-1', text: 'Glad to help!' });
  await ask(agentSocket, EV.conversationClose, { conversationId: conversation.id });
  const rated = await ask<{ conversation: Conversation }>(visitor.socket, EV.conversationRate, { conversationId: conversation.id, score: 4, comment: '빨랐어요' });
  expect(rated.ok && rated.data.conversation.csat).toEqual({ score: 4, comment: '빨랐어요' });

  const transcript = await http().get(API.visitorTranscript(conversation.id)).set('Authorization', `Bearer ${visitor.session.token}`).expect(200);
  expect(transcript.headers['content-disposition']).toContain('attachment');
  expect(transcript.text).toMatch(/Mina: Glad to help!/);
  const stranger = await connectVisitor(server);
  await http().get(API.visitorTranscript(conversation.id)).set('Authorization', `Bearer ${stranger.session.token}`).expect(404);
});

it('sends read receipts to the visitor when the agent has read their messages', async () => {
  const { agentSocket, visitor, conversation } = await assignedConversation();
  const receipt = nextEvent<ReadReceipt>(visitor.socket, EV.conversationRead);
  await ask(agentSocket, EV.messageRead, { conversationId: conversation.id, seq: 3 });
  expect(await receipt).toEqual({ conversationId: conversation.id, reader: 'agent', seq: 3 });
  const list = await ask<{ conversations: Conversation[] }>(agentSocket, EV.conversationList, {});
  expect(list.ok && list.data.conversations.find((c) => c.id === conversation.id)!.readSeq.agent).toBe(3);
});

describe('attachments', () => {
  it('lets a visitor send an image the agent receives and downloads, and nobody else can read', async () => {
    const { agent, agentSocket, visitor, conversation } = await assignedConversation();
    const upload = await http()
      .post(API.attachments)
      .query({ name: 'receipt.png' })
      .set('Authorization', `Bearer ${visitor.session.token}`)
      .set('Content-Type', 'image/png')
      .send(PNG)
      .expect(201);
    const attachment = upload.body.attachment;
    expect(attachment).toMatchObject({ name: 'receipt.png', type: 'image/png', size: PNG.length });

    const received = nextEvent<Message>(agentSocket, EV.messageCreated, (m) => Boolean(m.attachment));
    const sent = await ask(visitor.socket, EV.messageSend, { clientId: 'with-image-1', text: '', attachmentId: attachment.id });
    expect(sent.ok).toBe(true);
    expect((await received).attachment).toEqual(attachment);

    const download = await http().get(API.attachment(attachment.id)).set('Authorization', `Bearer ${agent.token}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const stranger = await connectVisitor(server);
    await http().get(API.attachment(attachment.id)).set('Authorization', `Bearer ${stranger.session.token}`).expect(404);
    await http().get(API.attachment(attachment.id)).expect(401);
    expect(conversation.id).toBeTruthy();
  });

  it('refuses files of a type or size the site does not accept', async () => {
    const { session } = await connectVisitor(server);
    const html = await http().post(API.attachments).query({ name: 'x.html' }).set('Authorization', `Bearer ${session.token}`).set('Content-Type', 'text/html').send('<script>alert(1)</script>').expect(415);
    expect(html.body.error.message).toContain('text/html');
    const huge = Buffer.alloc(6 * 1024 * 1024, 1);
    await http().post(API.attachments).query({ name: 'big.png' }).set('Authorization', `Bearer ${session.token}`).set('Content-Type', 'image/png').send(huge).expect(413);
  });
});

it('serves the widget configuration publicly by site key', async () => {
  const config = (await http().get(API.widgetConfig('demo')).expect(200)).body as WidgetConfig;
  expect(config).toMatchObject({ siteName: 'Test Shop', agentsAvailable: false, widget: { theme: { position: 'right' } } });
  await http().get(API.widgetConfig('nope')).expect(404);
});

it('lets the widget call its endpoints from the website’s own origin (CORS preflight)', async () => {
  const preflight = await http()
    .options(API.attachments)
    .set('Origin', 'https://shop.example.com')
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', 'authorization,content-type')
    .expect(204);
  expect(preflight.headers['access-control-allow-origin']).toBe('https://shop.example.com');
  expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/i);
  // The agents' API is not opened to other origins.
  const agentsOnly = await http().options(API.settings).set('Origin', 'https://shop.example.com').set('Access-Control-Request-Method', 'PUT');
  expect(agentsOnly.headers['access-control-allow-origin']).toBeUndefined();
});
