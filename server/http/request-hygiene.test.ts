/** Oversized, mislabelled and unauthenticated requests get catalog answers, not 500s, and cost little. */
import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { API } from '../../shared/http';
import { connectVisitor, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);

/**
 * Starts an upload that declares `declared` bytes but sends only the first chunk, and
 * resolves with the answer: a refusal must come without waiting for the rest.
 */
function partialUpload(path: string, headers: Record<string, string>, declared: number): Promise<{ status: number; body: { error?: { code: string } } }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'Content-Length': String(declared) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') });
      });
    });
    req.on('error', (error) => (error.message.includes('EPIPE') || error.message.includes('ECONNRESET') ? null : reject(error)));
    req.write(Buffer.alloc(64 * 1024, 1));
  });
}

it('refuses an unauthenticated 26 MB upload before reading its body', async () => {
  const refused = await partialUpload(`${API.attachments}?name=big.png`, { 'Content-Type': 'image/png' }, 26 * 1024 * 1024);
  expect(refused.status).toBe(401);
  expect(refused.body.error?.code).toBe('PARLEY_ERR_UNAUTHENTICATED');
});

it('refuses an upload that declares more than the site accepts with 413, before reading it, and opens no conversation', async () => {
  const { session } = await connectVisitor(server);
  const refused = await partialUpload(`${API.attachments}?name=big.png`, { 'Content-Type': 'image/png', Authorization: `Bearer ${session.token}` }, 26 * 1024 * 1024);
  expect(refused.status).toBe(413);
  expect(refused.body.error?.code).toBe('PARLEY_ERR_PAYLOAD_TOO_LARGE');
  expect(await server.connection.collection('conversations').countDocuments()).toBe(0);
});

it('cuts off a chunked upload that grows past the limit', async () => {
  const { session } = await connectVisitor(server);
  const { port } = new URL(server.url);
  const status = await new Promise<number | 'connection cut'>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path: `${API.attachments}?name=big.png`, method: 'POST', headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${session.token}`, 'Transfer-Encoding': 'chunked' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // The server may cut the connection before the client reads the 413: a cut-off too.
    req.on('error', (error) => (/EPIPE|ECONNRESET/.test(error.message) ? setTimeout(() => resolve('connection cut'), 500) : reject(error)));
    const chunk = Buffer.alloc(256 * 1024, 1);
    let sent = 0;
    const pump = () => {
      while (sent < 40 && req.write(chunk)) sent++;
      if (sent < 40 && !req.destroyed) req.once('drain', () => ((sent += 1), pump()));
    };
    pump();
  });
  expect([413, 'connection cut']).toContain(status);
  expect(await server.connection.collection('conversations').countDocuments()).toBe(0);
});

it('answers a refused file type with 415 and a compressed upload with 400, opening no conversation', async () => {
  const { session } = await connectVisitor(server);
  const html = await http().post(API.attachments).query({ name: 'x.html' }).set('Authorization', `Bearer ${session.token}`).set('Content-Type', 'text/html').send('<p>hi</p>').expect(415);
  expect(html.body.error.code).toBe('PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE');
  const gzip = await http().post(API.attachments).query({ name: 'a.png' }).set('Authorization', `Bearer ${session.token}`).set('Content-Type', 'image/png').set('Content-Encoding', 'gzip').send(Buffer.from('not gzip')).expect(400);
  expect(gzip.body.error.code).toBe('PARLEY_ERR_BAD_ENCODING');
  expect(await server.connection.collection('conversations').countDocuments()).toBe(0);
});

it('answers a 200 KB JSON body with 413 and an unknown or broken Content-Encoding with 415/400, never 500', async () => {
  const big = await http().post(API.login).set('Content-Type', 'application/json').send(JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(200 * 1024) })).expect(413);
  expect(big.body.error.code).toBe('PARLEY_ERR_PAYLOAD_TOO_LARGE');
  const unknown = await http().post(API.login).set('Content-Type', 'application/json').set('Content-Encoding', 'snappy').send('{}');
  expect([400, 415]).toContain(unknown.status);
  expect(unknown.body.error.code).toBe('PARLEY_ERR_BAD_ENCODING');
  const broken = await http().post(API.login).set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('{"email":"a@example.com"}');
  expect(broken.status).toBe(400);
  expect(['PARLEY_ERR_BAD_ENCODING', 'PARLEY_ERR_INVALID_PAYLOAD']).toContain(broken.body.error.code);
});
