/** Export, erasure and retention against the real store, read back directly from its collections. */
import { createHash } from 'node:crypto';
import request from 'supertest';
import yauzl from 'yauzl';
import { Types } from 'mongoose';
import type { Conversation, Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API, type ErasureRequest, type VisitorErasure } from '../../shared/http';
import { DEFAULT_WIDGET_SETTINGS } from '../../shared/settings';
import { createDayBuckets, dayOf } from '../database/day-buckets';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent, startTestServer, type TestServer } from '../testing/test-server';
import type { ExportManifest } from './visitor-export';

let server: TestServer;
let adminToken: string;
beforeEach(async () => {
  server = await startTestServer();
  adminToken = (await server.app.accounts.createFirstAdmin(server.app.demoSite.id, { email: 'admin@example.com', password: 'admin-password', name: 'Admin' })).token;
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);
const asAdmin = (test: request.Test) => test.set('Authorization', `Bearer ${adminToken}`);
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const db = () => server.connection.db!;
const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

async function sendFile(visitor: Awaited<ReturnType<typeof connectVisitor>>, name: string) {
  const upload = await http().post(API.attachments).query({ name }).set('Authorization', `Bearer ${visitor.session.token}`).set('Content-Type', 'image/png').send(PNG).expect(201);
  const sent = await ask<{ message: Message }>(visitor.socket, EV.messageSend, { clientId: `file-${name}`.replace(/\W/g, '-'), text: '', attachmentId: upload.body.attachment.id });
  expect(sent.ok).toBe(true);
  return upload.body.attachment.id as string;
}

/** A visitor who named themselves, wrote, sent a file, talked to an agent, and rated the closed conversation (with the NPS question). */
async function visitorWithHistory() {
  const agent = await signedInAgent(server, { email: 'mina@example.com', name: 'Mina', capacity: 2 });
  const agentSocket = await connectAgent(server, agent.token);
  const visitor = await connectVisitor(server, { locale: 'ko' });
  await ask(visitor.socket, EV.visitorProfile, { name: '김지수', email: 'jisoo@example.com' });
  await ask(visitor.socket, EV.messageSend, { clientId: 'jisoo-first-1', text: '주문번호 1234 환불 문의드려요' });
  const assigned = nextEvent<Conversation>(agentSocket, EV.conversationUpdated, (c) => c.status === 'assigned');
  await ask(visitor.socket, EV.handoffRequest, {});
  const conversation = await assigned;
  const fileId = await sendFile(visitor, 'receipt.png');
  await ask(visitor.socket, EV.messageSend, { clientId: 'jisoo-phone-1', text: '제 번호는 010-1234-5678입니다' });
  // Long enough that its search posting is stored in parts.
  await ask(visitor.socket, EV.messageSend, { clientId: 'jisoo-detail-1', text: '지난주 월요일에 주문한 겨울 코트가 아직 도착하지 않았고, 배송 조회를 해 보니 물류센터에서 멈춰 있다고 나옵니다. '.repeat(3) });
  await ask(agentSocket, EV.messageSend, { conversationId: conversation.id, clientId: 'mina-reply-1', text: '확인해 드리겠습니다.' });
  expect((await ask(agentSocket, EV.conversationClose, { conversationId: conversation.id })).ok).toBe(true);
  expect((await ask(visitor.socket, EV.conversationRate, { conversationId: conversation.id, score: 4, comment: '친절했어요' })).ok).toBe(true);
  await asAdmin(http().put(API.settings)).send({ widget: { ...DEFAULT_WIDGET_SETTINGS, nps: { enabled: true } } }).expect(200);
  expect((await ask(visitor.socket, EV.conversationRecommend, { conversationId: conversation.id, score: 9 })).ok).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 1200)); // list previews are written within a second
  const stored = await db().collection('messages').find({ conversationId: conversation.id, page: 0 }).toArray();
  return { visitor, conversation, fileId, agent, messageIds: stored.map((doc) => String(doc._id)) };
}

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        }),
      );
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

it('exports everything about a visitor as a zip whose manifest matches what was stored', async () => {
  const { visitor, conversation, fileId, agent, messageIds } = await visitorWithHistory();
  const visitorId = visitor.session.visitor.id;
  await http().get(API.visitorExport(visitorId)).set('Authorization', `Bearer ${agent.token}`).expect(403);

  const res = await asAdmin(http().get(API.visitorExport(visitorId))).buffer(true).parse(binary).expect(200);
  expect(res.headers['content-type']).toBe('application/zip');
  const entries = await unzip(res.body as Buffer);
  const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as ExportManifest;
  expect(manifest.counts).toEqual({ conversations: 1, messages: messageIds.length, ratings: 1, attachments: 1 });
  for (const file of manifest.files) {
    const data = entries.get(file.path)!;
    expect(data.length).toBe(file.bytes);
    expect(createHash('sha256').update(data).digest('hex')).toBe(file.sha256);
  }
  expect([...entries.keys()].sort()).toEqual([...manifest.files.map((file) => file.path), 'manifest.json'].sort());

  expect(JSON.parse(entries.get('visitor.json')!.toString())).toMatchObject({ id: visitorId, name: '김지수', email: 'jisoo@example.com' });
  const exported = JSON.parse(entries.get(`conversations/${conversation.id}.json`)!.toString()) as { conversation: Conversation; messages: Message[] };
  expect(exported.messages.map((message) => message.id).sort()).toEqual([...messageIds].sort());
  expect(exported.messages.map((message) => message.text)).toEqual(expect.arrayContaining(['주문번호 1234 환불 문의드려요', '확인해 드리겠습니다.']));
  expect(JSON.parse(entries.get('ratings.json')!.toString())).toEqual([{ conversationId: conversation.id, score: 4, comment: '친절했어요', recommend: 9 }]);
  expect(Buffer.compare(entries.get(`attachments/${fileId}-receipt.png`)!, PNG)).toBe(0);
  // File names come back as written (the store keeps them sealed), and typed numbers stay masked as agents see them...
  expect(exported.messages.find((message) => message.attachment)?.attachment?.name).toBe('receipt.png');
  const phone = (found: { messages: Message[] }) => found.messages.find((message) => message.clientId === 'jisoo-phone-1')!.text;
  expect(phone(exported)).not.toContain('1234-5678');
  // ...unless the admin asks for them.
  const shown = await unzip((await asAdmin(http().get(API.visitorExport(visitorId)).query({ numbers: 'shown' })).buffer(true).parse(binary).expect(200)).body as Buffer);
  expect(phone(JSON.parse(shown.get(`conversations/${conversation.id}.json`)!.toString()) as { messages: Message[] })).toBe('제 번호는 010-1234-5678입니다');
  await asAdmin(http().get(API.visitorExport(visitorId)).query({ numbers: 'all' })).expect(400);
});

it('erases a visitor on explicit confirmation, leaves nothing of them in the store, and can run twice', async () => {
  const { visitor, conversation, fileId, agent, messageIds } = await visitorWithHistory();
  const visitorId = visitor.session.visitor.id;
  const bystander = await connectVisitor(server);
  await ask(bystander.socket, EV.messageSend, { clientId: 'bystander-1', text: '다른 고객의 문의입니다' });

  // The visitor asks from the widget; admins see the request.
  await http().post(API.visitorErasureRequest).set('Authorization', `Bearer ${visitor.session.token}`).expect(204);
  await http().post(API.visitorErasureRequest).expect(401);
  expect((await asAdmin(http().get(API.erasureRequests)).expect(200)).body.map((entry: ErasureRequest) => entry.visitorId)).toEqual([visitorId]);

  // A file uploaded but never sent is the visitor's too.
  const draft = await http().post(API.attachments).query({ name: 'draft.png' }).set('Authorization', `Bearer ${visitor.session.token}`).set('Content-Type', 'image/png').send(PNG).expect(201);
  const draftId = draft.body.attachment.id as string;

  expect(await db().collection('searchpostings').find({ conversationId: conversation.id, n: { $gt: 1 } }).toArray()).not.toEqual([]);
  await asAdmin(http().post(API.visitorErase(visitorId))).send({}).expect(400);
  await http().post(API.visitorErase(visitorId)).set('Authorization', `Bearer ${agent.token}`).send({ confirm: true }).expect(403);
  const first = (await asAdmin(http().post(API.visitorErase(visitorId))).send({ confirm: true }).expect(200)).body as VisitorErasure;
  expect(first).toMatchObject({ visitorId, messages: messageIds.length, attachments: 2 });
  expect(await db().collection('attachments.files').findOne({ _id: new Types.ObjectId(draftId) })).toBeNull();

  // Straight from the collections: nothing of the visitor remains.
  expect(await db().collection('messages').find({ conversationId: conversation.id, page: 0 }).toArray()).toEqual([]);
  for (const id of messageIds) expect(await db().collection<{ _id: string }>('searchpostings').findOne({ _id: id })).toBeNull();
  expect(await db().collection('searchpostings').find({ conversationId: conversation.id }).toArray()).toEqual([]);
  expect(await db().collection('attachments.files').findOne({ _id: new Types.ObjectId(fileId) })).toBeNull();
  expect(await db().collection('attachments.chunks').find({ files_id: new Types.ObjectId(fileId) }).toArray()).toEqual([]);
  expect(await db().collection<{ _id: string }>('conversationactivity').findOne({ _id: conversation.id })).toBeNull();
  const profile = await db().collection('visitors').findOne({ _id: new Types.ObjectId(visitorId) });
  expect(profile).toMatchObject({ name: null, email: null, pageUrl: null, userAgent: null, attributes: {} });
  expect(profile!.erasedAt).toBeInstanceOf(Date);
  const shell = await db().collection('conversations').findOne({ _id: new Types.ObjectId(conversation.id) });
  expect(shell).toMatchObject({ visitorName: null, visitorEmail: null, visitorErased: true, status: 'closed', csat: { score: 4, comment: null } });
  expect(JSON.stringify(shell)).not.toMatch(/김지수|jisoo|주문번호|친절/); // the bot's own canned answers may stay
  const search = await http().get(API.conversationSearch).query({ q: '환불' }).set('Authorization', `Bearer ${agent.token}`).expect(200);
  expect(search.body.conversations).toEqual([]);

  // Agents see an erased visitor; the request is settled; the bystander keeps everything.
  const details = await http().get(API.visitor(visitorId)).set('Authorization', `Bearer ${agent.token}`).expect(200);
  expect(details.body.visitor).toMatchObject({ name: null, email: null, erasedAt: first.erasedAt });
  // Its conversations say so too, so the inbox lists and tabs read "erased visitor".
  expect(details.body.previousConversations).toEqual(expect.arrayContaining([expect.objectContaining({ id: conversation.id, visitorName: null, visitorErased: true })]));
  expect((await asAdmin(http().get(API.erasureRequests)).expect(200)).body).toEqual([]);
  const bystanderConversation = bystander.session.conversation?.id ?? (await db().collection('conversations').findOne({ visitorId: bystander.session.visitor.id }))!._id.toHexString();
  // Stored text may be sealed at rest: the bystander's own message is still there by its clientId.
  const bystanderMessages = await db().collection('messages').find({ conversationId: bystanderConversation, page: 0 }).toArray();
  expect(bystanderMessages.map((doc) => doc.clientId)).toContain('bystander-1');

  const second = (await asAdmin(http().post(API.visitorErase(visitorId))).send({ confirm: true }).expect(200)).body as VisitorErasure;
  expect(second).toMatchObject({ visitorId, conversations: 0, messages: 0, attachments: 0, erasedAt: first.erasedAt });
});

describe('retention', () => {
  const DAY = 86_400_000;
  const now = new Date('2026-06-30T12:00:00Z');

  /** A visitor's conversation, closed `daysAgo` before `now` (the close is backdated in the store: tests cannot wait a month). */
  async function closedConversation(label: string, daysAgo: number | null, withFile = false) {
    const visitor = await connectVisitor(server, { locale: 'ko' });
    const botAnswered = nextEvent<Message>(visitor.socket, EV.messageCreated, (message) => message.author.kind === 'bot');
    await ask(visitor.socket, EV.messageSend, { clientId: `${label}-message-1`, text: `${label} 문의드립니다` });
    await botAnswered;
    const fileId = withFile ? await sendFile(visitor, `${label}.png`) : null;
    // The bot's writes to the conversation settle before the close is backdated over them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const doc = (await db().collection('conversations').findOne({ visitorId: visitor.session.visitor.id }))!;
    if (daysAgo !== null) {
      const closedAt = new Date(now.getTime() - daysAgo * DAY);
      await db().collection('conversations').updateOne({ _id: doc._id }, { $set: { status: 'closed', closedAt, closedDay: dayOf(closedAt) } });
      await createDayBuckets(server.connection, 'closedconversations').mark(server.app.demoSite.id, closedAt);
    }
    return { id: doc._id.toHexString(), fileId };
  }
  const exists = async (id: string) => (await db().collection('conversations').findOne({ _id: new Types.ObjectId(id) })) !== null;
  const messageCount = async (id: string) => (await db().collection('messages').find({ conversationId: id, page: 0 }).toArray()).length;
  const fileExists = async (id: string) => (await db().collection('attachments.files').findOne({ _id: new Types.ObjectId(id) })) !== null;

  it('shows a dry-run count, then deletes exactly the expired conversations and files', async () => {
    const old = await closedConversation('old', 40, true);
    const month = await closedConversation('month', 30.5);
    const boundary = await closedConversation('boundary', 29.9);
    const recent = await closedConversation('recent', 25, true);
    const open = await closedConversation('open', null, true);
    const kept = { boundary: await messageCount(boundary.id), recent: await messageCount(recent.id) };

    const preview = await asAdmin(http().get(API.retentionPreview).query({ closedConversationsDays: 30, attachmentsDays: 20 })).expect(200);
    // The preview endpoint counts from the server's clock; run the same count at the test's pinned now.
    expect(await server.app.privacy.retention.preview(server.app.demoSite.id, { closedConversationsDays: 30, attachmentsDays: 20 }, now)).toEqual({ conversations: 2, attachments: 2 });
    expect(preview.body).toMatchObject({ conversations: expect.any(Number), attachments: expect.any(Number) });
    expect(await exists(old.id)).toBe(true); // a dry run deletes nothing

    await asAdmin(http().put(API.privacySettings)).send({ retention: { closedConversationsDays: 30, attachmentsDays: 20 }, visitorIp: 'none' }).expect(200);
    expect(await server.app.privacy.retention.run(server.app.demoSite.id, now)).toEqual({ conversations: 2, attachments: 2 });

    expect([await exists(old.id), await exists(month.id), await exists(boundary.id), await exists(recent.id), await exists(open.id)]).toEqual([false, false, true, true, true]);
    expect(await messageCount(old.id)).toBe(0);
    expect(await fileExists(old.fileId!)).toBe(false);
    expect(await fileExists(recent.fileId!)).toBe(false); // past the 20 days for files
    expect(await messageCount(recent.id)).toBe(kept.recent); // its messages stay
    expect(await fileExists(open.fileId!)).toBe(true);
    expect(await messageCount(boundary.id)).toBe(kept.boundary);
    const oldDay = dayOf(new Date(now.getTime() - 40 * DAY));
    expect(await db().collection('closedconversations_days').findOne({ _id: `${server.app.demoSite.id}|${oldDay}` } as never)).toBeNull();

    // Nothing more has expired: a second run deletes nothing.
    expect(await server.app.privacy.retention.run(server.app.demoSite.id, now)).toEqual({ conversations: 0, attachments: 0 });
  });
});

it('keeps a visitor’s network, never their address, only when the site says so', async () => {
  const first = await connectVisitor(server);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect((await db().collection('visitors').findOne({ _id: new Types.ObjectId(first.session.visitor.id) }))!.network ?? null).toBeNull();

  await asAdmin(http().put(API.privacySettings)).send({ retention: { closedConversationsDays: null, attachmentsDays: null }, visitorIp: 'truncated' }).expect(200);
  const second = await connectVisitor(server);
  await vi.waitFor(async () => expect((await db().collection('visitors').findOne({ _id: new Types.ObjectId(second.session.visitor.id) }))!.network).toBe('127.0.0.0/24'));
});
