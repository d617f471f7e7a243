/** Visitor tokens: renewed as they age, and never enough on their own for a signed-in user's conversations. */
import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import request from 'supertest';
import type { Message } from '../../shared/domain';
import { EV } from '../../shared/events';
import { API } from '../../shared/http';
import { connectVisitor, request as ask, startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.stop();
});

const sign = (secret: string, userId: string) => createHmac('sha256', secret).update(userId).digest('hex');

it('opens an identified user’s conversation only with the hash, not with the anonymous token they had before', async () => {
  const anonymous = await connectVisitor(server, { locale: 'en' });
  const sent = await ask<{ message: Message }>(anonymous.socket, EV.messageSend, { clientId: 'before-login-1', text: 'hello' });
  const conversationId = sent.ok ? sent.data.message.conversationId : '';
  anonymous.socket.disconnect();

  const secret = (await server.app.sites.identitySecret(server.app.demoSite.id))!;
  const identity = { userId: 'user-7', hash: sign(secret, 'user-7') };
  const signedIn = await connectVisitor(server, { token: anonymous.session.token, identity } as never);
  expect(signedIn.session.visitor.id).toBe(anonymous.session.visitor.id);
  expect(signedIn.session.conversation?.id).toBe(conversationId);
  signedIn.socket.disconnect();

  const replay = await connectVisitor(server, { token: anonymous.session.token });
  expect(replay.session.visitor.id).not.toBe(anonymous.session.visitor.id);
  expect(replay.session.conversation).toBeNull();
  await request(server.app.httpServer).get(API.visitorTranscript(conversationId)).set('Authorization', `Bearer ${anonymous.session.token}`).expect(401);
  await request(server.app.httpServer).get(API.visitorTranscript(conversationId)).set('Authorization', `Bearer ${signedIn.session.token}`).expect(200);
});

it('hands a visitor back a fresh token once theirs is a day old, and keeps a young one', async () => {
  const first = await connectVisitor(server);
  first.socket.disconnect();
  const again = await connectVisitor(server, { token: first.session.token });
  expect(again.session.token).toBe(first.session.token);
  again.socket.disconnect();

  const key = new TextEncoder().encode('test-secret-test-secret-test-secret');
  const twoDaysAgo = Math.floor(Date.now() / 1000) - 2 * 24 * 3600;
  const old = await new SignJWT({ site: server.app.demoSite.id })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(first.session.visitor.id)
    .setAudience('visitor')
    .setIssuedAt(twoDaysAgo)
    .setExpirationTime(twoDaysAgo + 30 * 24 * 3600)
    .sign(key);
  const renewed = await connectVisitor(server, { token: old });
  expect(renewed.session.visitor.id).toBe(first.session.visitor.id);
  expect(renewed.session.token).not.toBe(old);
  const payload = JSON.parse(Buffer.from(renewed.session.token.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
  expect(payload.exp - payload.iat).toBe(30 * 24 * 3600);
});
