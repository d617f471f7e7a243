/**
 * What people wrote is sealed in the store — message text, list previews, file contents
 * and names, search postings — and everything still works: reading, searching, files,
 * and a key rotation that keeps the old transcript readable and findable.
 */
import { createHash } from 'node:crypto';
import request from 'supertest';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { connectVisitor, request as ask, signedInAgent, startTestServer, testDatabaseUri, type TestServer } from '../testing/test-server';
import { createFieldCipher } from './field-cipher';
import { parseKeyList } from './keyring';

const OLD = `old:${Buffer.alloc(32, 1).toString('base64')}`;
const NEW = `new:${Buffer.alloc(32, 2).toString('base64')}`;
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000200015e2b8b6b0000000049454e44ae426082', 'hex');

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
});
const start = async (keys: string, databaseUri: string) => {
  const server = await startTestServer({ databaseUri, cipher: createFieldCipher(parseKeyList(keys)) });
  servers.push(server);
  return server;
};
const search = async (server: TestServer, token: string, q: string) =>
  (await request(server.app.httpServer).get(API.conversationSearch).query({ q }).set('Authorization', `Bearer ${token}`).expect(200)).body.conversations.map((c: { id: string }) => c.id);

it('keeps message text, previews, files and postings sealed, and still reads, finds and serves them after a key rotation', async () => {
  const databaseUri = testDatabaseUri();
  const first = await start(OLD, databaseUri);
  const { socket: visitor, session } = await connectVisitor(first, { locale: 'ko' });
  const sent = await ask<{ message: Message }>(visitor, EV.messageSend, { clientId: 'sealed-1-abc', text: '결제가 두 번 됐어요 환불 부탁드립니다' });
  if (!sent.ok) throw new Error('refused');
  const conversationId = sent.data.message.conversationId;
  const upload = await request(first.app.httpServer).post(API.attachments).query({ name: '영수증-김하늘.png' }).set('Authorization', `Bearer ${session.token}`).set('Content-Type', 'image/png').send(PNG).expect(201);

  const raw = first.connection;
  const stored = await raw.collection<{ text: string }>('messages').findOne({ clientId: 'sealed-1-abc' });
  expect(stored!.text.startsWith('enc1:old:')).toBe(true);
  expect(stored!.text).not.toContain('환불');
  await expect.poll(async () => (await raw.collection<{ preview: string }>('conversationactivity').findOne({ _id: conversationId as never }))?.preview ?? '', { timeout: 5000 }).toMatch(/^enc1:old:/);
  // Postings: keyed digests, not the plain hash anyone could compute from a guessed word.
  const posting = await raw.collection<{ k: string; keys: string[] }>('searchpostings').findOne({ _id: stored!._id.toHexString() as never });
  expect(posting!.k).toBe('old');
  const siteId = first.app.demoSite.id;
  const week = Math.floor(Date.now() / (7 * 86_400_000));
  const plainKey = createHash('sha256').update(`${siteId}|w${week}|환불`).digest('base64url').slice(0, 12);
  expect(posting!.keys).not.toContain(plainKey);
  // The file: neither its bytes nor its name in the clear.
  const file = await raw.collection<{ filename: string }>('attachments.files').findOne({});
  expect(file!.filename).not.toContain('김하늘');
  const chunks = await raw.collection<{ data: { buffer: Buffer } }>('attachments.chunks').find({}).toArray();
  expect(Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.data.buffer))).includes(PNG.subarray(16, 40))).toBe(false);

  const admin = await signedInAgent(first, { email: 'mina@example.com', name: 'Mina' });
  await expect.poll(() => search(first, admin.token, '환불'), { timeout: 5000 }).toEqual([conversationId]);
  visitor.disconnect();
  await first.stop();
  servers = [];

  // Rotated: the new key writes, the old one still reads.
  const second = await start(`${NEW},${OLD}`, databaseUri);
  const again = await connectVisitor(second, { token: session.token });
  const synced = await ask<{ messages: Message[] }>(again.socket, EV.messageSync, { afterSeq: 0 });
  expect(synced.ok && synced.data.messages.map((m) => m.text)).toContain('결제가 두 번 됐어요 환불 부탁드립니다');
  const later = await ask<{ message: Message }>(again.socket, EV.messageSend, { clientId: 'sealed-2-abc', text: '배송지 변경도 가능할까요' });
  expect(later.ok).toBe(true);
  expect((await second.connection.collection<{ text: string }>('messages').findOne({ clientId: 'sealed-2-abc' }))!.text.startsWith('enc1:new:')).toBe(true);
  const token = (await second.app.accounts.login({ email: 'mina@example.com', password: 'correct horse battery staple' })).token;
  await expect.poll(() => search(second, token, '배송지변경'), { timeout: 5000 }).toEqual([conversationId]);
  expect(await search(second, token, '환불')).toEqual([conversationId]);
  const download = await request(second.app.httpServer).get(API.attachment(upload.body.attachment.id)).set('Authorization', `Bearer ${token}`).buffer(true).parse((res, done) => {
    const parts: Buffer[] = [];
    res.on('data', (chunk: Buffer) => parts.push(chunk));
    res.on('end', () => done(null, Buffer.concat(parts)));
  });
  expect(download.status).toBe(200);
  expect(Buffer.compare(download.body as Buffer, PNG)).toBe(0);
});
