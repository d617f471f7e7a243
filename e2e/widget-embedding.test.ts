/**
 * Embedding: the README's snippet on another origin's page, with CSS that tries to break
 * everything, still gives a working widget; calls made before the loader arrives are
 * replayed; the chat bundle loads only when needed; proactive bubbles and page tracking
 * work without it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../server/testing/test-server';
import { API } from '../shared/http';
import { AgentDesk, visitorIdOf } from './support/agent';
import { launchBrowser } from './support/browser';
import { hostPageHtml, startHostSite, type HostPageOptions, type HostSite } from './support/host-page';
import { setUpFirstAdmin, startParleyForBrowser } from './support/parley';
import { ParleyWidget } from './support/widget';

const HOSTILE_CSS = '* { all: unset !important; } button { display: none !important; } html, body { display: block !important; }';

let server: TestServer;
let browser: Browser;
let agent: AgentDesk;
let adminToken: string;
const sites: HostSite[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startParleyForBrowser();
  browser = await launchBrowser();
  const admin = await setUpFirstAdmin(server, { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' });
  adminToken = admin.token;
  agent = await AgentDesk.connect(server, admin);
});
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await Promise.all(sites.map((site) => site.close()));
  await browser?.close();
  await server?.stop();
});

/** A host site on its own origin serving one page, and a fresh visitor's browser tab on it. */
async function visit(page: Omit<HostPageOptions, 'parleyUrl'>): Promise<{ tab: Page; site: HostSite }> {
  const site = await startHostSite(() => hostPageHtml({ parleyUrl: server.url, ...page }));
  sites.push(site);
  const context = await browser.newContext();
  contexts.push(context);
  const tab = await context.newPage();
  return { tab, site };
}

describe('the widget on someone else’s page', () => {
  it('works on a page whose CSS unsets everything and hides every button, from another origin', async () => {
    const { tab, site } = await visit({ css: HOSTILE_CSS, body: '<button id="own">The page’s own button</button>' });
    expect(new URL(site.url).origin).not.toBe(new URL(server.url).origin);
    await tab.goto(site.url);
    const widget = new ParleyWidget(tab);

    // The hostile CSS is really there: the page's own button is gone.
    expect(await tab.locator('#own').isVisible()).toBe(false);
    await widget.launcher().waitFor();
    const launcher = await widget.launcher().evaluate((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { position: style.position, background: style.backgroundColor, radius: style.borderRadius, width: box.width, right: innerWidth - box.right };
    });
    expect(launcher).toEqual({ position: 'fixed', background: 'rgb(31, 95, 191)', radius: '50%', width: 60, right: 20 });

    await widget.open();
    const panel = await tab.getByRole('dialog', { name: 'Test Shop' }).evaluate((element) => ({ width: element.getBoundingClientRect().width, background: getComputedStyle(element).backgroundColor }));
    expect(panel).toEqual({ width: 370, background: 'rgb(255, 255, 255)' });
    await widget.say('What are your business hours?');
    await widget.sees(/available on weekdays from 9 am to 6 pm/);
  });

  it('keeps its own CSS to itself', async () => {
    const { tab, site } = await visit({ body: '<div class="panel bubble launcher l" id="host">The page’s own element</div>', calls: ["Parley('open');"] });
    await tab.goto(site.url);
    await new ParleyWidget(tab).box().waitFor();
    const host = await tab.locator('#host').evaluate((element) => {
      const style = getComputedStyle(element);
      return { position: style.position, background: style.backgroundColor, fontFamily: style.fontFamily };
    });
    expect(host).toEqual({ position: 'static', background: 'rgba(0, 0, 0, 0)', fontFamily: 'serif' });
  });

  it('replays the calls a page made before the loader arrived, in order, and adds no global but Parley', async () => {
    const { tab, site } = await visit({
      lang: 'en',
      body: '<script>window.__before = Object.keys(window);</script>',
      boot: "Parley('boot', { siteKey: 'demo', locale: 'ko' });",
      calls: ["Parley('setAttributes', { plan: 'pro', seats: 3 });", "Parley('on', 'open', function () { window.__opened = (window.__opened || 0) + 1; });", "Parley('open');"],
    });
    // The loader arrives late, so every call above waits in the snippet's queue.
    await tab.route('**/widget.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    await tab.goto(site.url, { waitUntil: 'domcontentloaded' });
    expect(await tab.evaluate(() => (window as unknown as { Parley: { q?: unknown[] } }).Parley.q?.length)).toBe(4);
    const widget = new ParleyWidget(tab, 'ko');
    await widget.box().waitFor();
    expect(await tab.evaluate(() => (window as unknown as { __opened: number }).__opened)).toBe(1);
    const added = await tab.evaluate(() => {
      const before = new Set((window as unknown as { __before: string[] }).__before);
      return Object.keys(window).filter((key) => !before.has(key) && key !== '__before' && key !== '__opened');
    });
    expect(added).toEqual(['Parley']);

    await widget.say('안녕하세요');
    await expect.poll(async () => (await agent.visitor(await visitorIdOf(tab))).visitor.attributes, { timeout: 10_000 }).toEqual({ plan: 'pro', seats: 3 });
  });

  it('fetches the chat and its socket only when the panel is first opened', async () => {
    const { tab, site } = await visit({});
    const requested: string[] = [];
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(site.url);
    const widget = new ParleyWidget(tab);
    await widget.launcher().waitFor();
    await tab.waitForTimeout(300);
    expect(requested.filter((path) => path.endsWith('.js'))).toEqual(['/widget.js']);
    expect(requested.some((path) => path.startsWith('/socket.io'))).toBe(false);
    await widget.open();
    expect(requested).toContain('/chat.js');
  });

  it('tells agents which page the visitor is on, after single-page-app navigations too', async () => {
    const { tab, site } = await visit({ calls: ["Parley('open');"] });
    await tab.goto(site.url);
    const widget = new ParleyWidget(tab);
    await widget.say('Hello');
    await tab.evaluate(() => {
      history.pushState({}, '', '/orders/42');
      document.title = 'Order 42';
    });
    await expect
      .poll(async () => {
        const { visitor } = await agent.visitor(await visitorIdOf(tab));
        return [visitor.pageUrl, visitor.pageTitle];
      }, { timeout: 10_000 })
      .toEqual([`${site.url}/orders/42`, 'Order 42']);
  });

  it('greets with a proactive bubble drawn by the loader, without fetching the chat', async () => {
    const trigger = { id: 'cart-help', kind: 'url_pattern', value: '/cart', message: { ko: '장바구니에 대해 궁금하신가요?', en: 'Questions about your cart?' }, action: 'bubble' };
    const settings = await fetch(`${server.url}${API.settings}`, { headers: { authorization: `Bearer ${adminToken}` } }).then((response) => response.json());
    const saved = await fetch(`${server.url}${API.settings}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ widget: { ...settings.widget, triggers: [trigger] } }),
    });
    expect(saved.status).toBe(200);
    try {
      const { tab, site } = await visit({});
      const requested: string[] = [];
      tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await tab.goto(`${site.url}/cart`);
      const bubble = tab.getByRole('button', { name: 'Questions about your cart?' });
      await bubble.waitFor();
      expect(requested).not.toContain('/chat.js');
      await bubble.click();
      const widget = new ParleyWidget(tab);
      await widget.box().waitFor();
      await widget.sees('Questions about your cart?');
    } finally {
      await fetch(`${server.url}${API.settings}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ widget: settings.widget }),
      });
    }
  });
});
