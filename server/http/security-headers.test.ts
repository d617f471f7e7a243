/** Security headers on the inbox and API, without making the widget unembeddable. */
import request from 'supertest';
import { API } from '../../shared/http';
import { startTestServer, type TestServer } from '../testing/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const http = () => request(server.app.httpServer);

it('gives the inbox a CSP with no inline script and no framing, plus nosniff and a Referrer-Policy', async () => {
  const inbox = await http().get('/inbox/');
  const csp = inbox.headers['content-security-policy'] as string;
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(inbox.headers['x-frame-options']).toBe('DENY');
  expect(inbox.headers['x-content-type-options']).toBe('nosniff');
  expect(inbox.headers['referrer-policy']).toBe('no-referrer');
});

it('sends the API with a deny-all CSP', async () => {
  const health = await http().get(API.health);
  expect(health.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(health.headers['x-content-type-options']).toBe('nosniff');
});

it('keeps the widget loadable from other sites and the demo page’s inline snippet working', async () => {
  const widget = await http().get('/widget.js');
  expect(widget.headers['cross-origin-resource-policy']).toBeUndefined();
  expect(widget.headers['content-security-policy']).toBeUndefined();
  const config = await http().get(API.widgetConfig('demo')).set('Origin', 'https://shop.example.com');
  expect(config.headers['access-control-allow-origin']).toBe('https://shop.example.com');
  expect(config.headers['cross-origin-resource-policy']).toBeUndefined();
  const demo = await http().get('/');
  expect(demo.headers['content-security-policy']).toBeUndefined();
  expect(demo.text).toContain('<script>');
});
