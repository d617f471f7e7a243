/**
 * A corpus of classic script-injection payloads, sent through every text a visitor or an
 * agent controls that the other side renders, and rendered in real Chromium: the agent's
 * inbox and the visitor's widget. Each payload would set a marker if it ran
 * (window.__xss, document.title, a dialog); none may, each must read back literally as
 * text, and no `javascript:` link or inline handler may appear in either page.
 */
import type { Page } from 'playwright-core';
import type { Conversation } from '../shared/domain';
import { EV } from '../shared/events';
import { API, VISITOR_API } from '../shared/http';
import { DEFAULT_LIMIT_SETTINGS } from '../shared/limits';
import { connectAgent, connectVisitor, request as ask } from '../server/testing/test-server';
import { visitorIdOf } from './support/agent';
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

const RUN = 'window.__xss=1';
/** Each carries its number, so a failure names it; none starts or ends with spaces (messages are trimmed). */
const CORPUS = [
  `<img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror="${RUN}">`,
  `javascript:${RUN}`,
  `<a href="javascript:${RUN}">click me</a>`,
  `[click me](javascript:${RUN})`,
  `![x](x" onerror="${RUN})`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${document.title="XSS"}',
  `<style>@import 'javascript:${RUN}';</style>`,
  `<object data="javascript:${RUN}"></object>`,
  '<img src=x onerror=alert(1)>',
  `<input autofocus onfocus=${RUN}>`,
  `\u202E<img src=x onerror=${RUN}>gnp.exe`,
  `zero\u200Bwidth\u200D<svg/onload=${RUN}>`,
  `&lt;img src=x onerror=${RUN}&gt;`,
  `%3Cscript%3E${RUN}%3C/script%3E`,
  `${'A'.repeat(3000)}<img src=x onerror=${RUN}>`,
].map((payload, i) => `#${String(i).padStart(2, '0')} ${payload}`);
const SHORT = CORPUS.filter((payload) => payload.length <= 40);

interface Exposure {
  marker: unknown;
  title: string;
  javascriptLinks: number;
  inlineHandlers: string[];
  injectedElements: string[];
}

/** Walks the document and every open shadow root (the widget's) for anything a payload could have become. */
function exposure(page: Page): Promise<Exposure> {
  return page.evaluate(() => {
    const elements: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        elements.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    const active = ['src', 'srcdoc', 'href', 'data', 'style', 'action', 'formaction', 'xlink:href'];
    return {
      marker: (window as unknown as { __xss?: unknown }).__xss,
      title: document.title,
      javascriptLinks: elements.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('data') ?? '')).length,
      inlineHandlers: elements.flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')).map((name) => `${element.tagName}[${name}]`)),
      // A payload that became markup would carry its code in an attribute that acts, not in text.
      // (The visitor's page is an https link whose query holds a payload: that one is only a web address.)
      injectedElements: elements.flatMap((element) =>
        active
          .filter((name) => (element.getAttribute(name) ?? '').includes('__xss') && !/^https?:\/\//.test(element.getAttribute(name) ?? ''))
          .map((name) => `${element.tagName}[${name}=${(element.getAttribute(name) ?? '').slice(0, 80)}]`),
      ),
    };
  });
}

async function expectUntouched(page: Page, dialogs: string[], where: string) {
  const seen = await exposure(page);
  expect({ where, ...seen, title: seen.title === 'XSS' ? 'XSS' : 'unchanged', dialogs }).toEqual({
    where,
    marker: undefined,
    title: 'unchanged',
    javascriptLinks: 0,
    inlineHandlers: [],
    injectedElements: [],
    dialogs: [],
  });
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

it('renders every payload as literal text in the inbox and the widget, and runs none', async () => {
  const server = session.server;
  const mina = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  const { token } = await setUpFirstAdmin(server, mina);
  const admin = (path: string, method: string, body: unknown) =>
    fetch(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

  // One visitor sends the whole corpus at once: more than a person types in ten seconds.
  const limits = { ...DEFAULT_LIMIT_SETTINGS, message: { ...DEFAULT_LIMIT_SETTINGS.message, perVisitor: 500 } };
  expect((await admin(API.settings, 'PUT', { limits })).status).toBe(200);

  // An intent whose answer and display name are payloads (the bot's reply in the widget), and a canned response.
  const intentAnswer = CORPUS[0]!;
  expect(
    (await admin(API.intent('xss_probe'), 'PUT', {
      name: 'xss_probe',
      examples: ['zebra lantern question', 'zebra lantern'],
      answer: { ko: intentAnswer, en: intentAnswer },
      displayName: { ko: SHORT[1] ?? 'x', en: SHORT[1] ?? 'x' },
    })).status,
  ).toBe(200);
  expect((await admin(API.cannedResponses, 'POST', { shortcut: 'xss', text: CORPUS[3], scope: 'team' })).status).toBe(201);

  const inbox = new AgentInbox(await session.newPage());
  const inboxDialogs = watchDialogs(inbox.page);
  await inbox.signIn(server.url, mina.email, mina.password);
  const widget = new VisitorWidget(await session.newPage());
  const widgetDialogs = watchDialogs(widget.page);
  await widget.page.goto(`${server.url}/`);
  await widget.open();

  // The bot answers with the payload intent's answer.
  await widget.say('zebra lantern question');
  await waitForText(widget.log(), intentAnswer);
  await widget.askForHuman();
  await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);

  // Mina has the conversation open before anything arrives, so all of it shows live (not paged).
  const page = inbox.page;
  await page.getByRole('region', { name: /^Mine/ }).getByRole('button').first().click();
  await page.getByRole('textbox', { name: 'Reply' }).waitFor();

  // The same visitor, through a second connection with the widget's token: details, page, messages, a file.
  const visitorToken = (await widget.page.evaluate(() => localStorage.getItem('parley:demo:token')))!;
  const { socket: visitor } = await connectVisitor(server, { token: visitorToken });
  const visitorName = CORPUS[1]!.slice(0, 120);
  const acked = async (socket: Parameters<typeof ask>[0], event: string, payload: unknown) => {
    const ack = await ask(socket, event, payload);
    expect(ack.ok ? 'ok' : ack.error, `${event} ${JSON.stringify(payload).slice(0, 80)}`).toBe('ok');
    return ack.ok ? ack.data : null;
  };
  await acked(visitor, EV.visitorProfile, { name: visitorName, email: 'xss@example.com' });
  await acked(visitor, EV.visitorAttributes, { attributes: Object.fromEntries(CORPUS.slice(0, 8).map((payload, i) => [`p${i}`, payload.slice(0, 500)])) });
  const pageTitle = CORPUS[2]!;
  await acked(visitor, EV.visitorPage, { url: `https://shop.example/?q=${encodeURIComponent(CORPUS[5]!)}`, title: pageTitle });
  for (const [i, payload] of CORPUS.entries()) await acked(visitor, EV.messageSend, { clientId: `xss-visitor-${i}`, text: `V${payload}` });
  const fileName = `${CORPUS[4]!}.txt`;
  const upload = await fetch(`${server.url}${VISITOR_API.attachments}?name=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${visitorToken}`, 'content-type': 'text/plain' },
    body: 'hello',
  });
  expect(upload.status).toBe(201);
  const { attachment } = (await upload.json()) as { attachment: { id: string } };
  await acked(visitor, EV.messageSend, { clientId: 'xss-visitor-file', text: '', attachmentId: attachment.id });

  // The agent's side, over a socket of Mina's: replies, notes and tags.
  const agent = await connectAgent(server, token);
  const mine = (await acked(agent, EV.conversationList, { view: 'mine' })) as { conversations: Conversation[] };
  const conversation = mine.conversations[0]!;
  for (const [i, payload] of CORPUS.entries()) await acked(agent, EV.messageSend, { conversationId: conversation.id, clientId: `xss-agent-${i}`, text: `A${payload}` });
  for (const [i, payload] of CORPUS.slice(0, 6).entries()) {
    await acked(agent, EV.messageSend, { conversationId: conversation.id, clientId: `xss-note-${i}`, text: `N${payload}`, internal: true });
  }
  await acked(agent, EV.conversationTag, { conversationId: conversation.id, tags: SHORT.slice(0, 5) });

  // The inbox: the conversation, its details, its tags, the canned response picker.
  const log = page.getByRole('log');
  for (const payload of CORPUS) {
    await waitForText(log, `V${payload}`);
    await waitForText(log, `A${payload}`);
  }
  for (const payload of CORPUS.slice(0, 6)) await waitForText(log, `N${payload}`);
  await waitForText(log, fileName);
  // What the bot knew: the payload intent's display name, in the agent's handoff summary.
  await waitForText(page.getByRole('complementary', { name: 'Handed over by the bot' }), SHORT[1]!);
  const details = page.getByRole('region', { name: 'Visitor details' });
  for (const text of [visitorName, pageTitle, ...CORPUS.slice(0, 8)]) await waitForText(details, text);
  for (const tag of SHORT.slice(0, 5)) await page.getByRole('button', { name: `Remove tag ${tag}` }).waitFor();
  const reply = page.getByRole('textbox', { name: 'Reply' });
  await reply.fill('/xss');
  await waitForText(page.getByRole('listbox', { name: 'Canned responses' }), CORPUS[3]!);
  await reply.fill('');
  await expectUntouched(page, inboxDialogs, 'inbox conversation');

  // The widget: every reply, as text; no note.
  for (const payload of CORPUS) {
    await waitForText(widget.log(), `A${payload}`);
    await waitForText(widget.log(), `V${payload}`);
  }
  expect(await widget.log().getByText(/^N#/).count()).toBe(0);
  await expectUntouched(widget.page, widgetDialogs, 'widget conversation');

  // Closed and rated with a payload comment: the inbox shows it, and so does transcript search.
  await acked(agent, EV.conversationClose, { conversationId: conversation.id });
  const comment = CORPUS[6]!;
  await acked(visitor, EV.conversationRate, { conversationId: conversation.id, score: 2, comment });
  await waitForText(page.getByRole('region', { name: /satisfaction|CSAT/i }).or(page.locator('.csat')), comment);
  await page.getByRole('button', { name: 'Transcript search' }).click();
  await page.getByRole('searchbox', { name: 'Words in the conversation' }).fill('zebra');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('table', { name: 'Search results' });
  await waitForText(results, visitorName);
  await expectUntouched(page, inboxDialogs, 'inbox search results');

  // The visitor's transcript download is plain text the browser will not sniff into HTML.
  const download = await fetch(`${server.url}${VISITOR_API.visitorTranscript(conversation.id)}`, { headers: { authorization: `Bearer ${visitorToken}` } });
  expect(download.headers.get('content-type')).toMatch(/^text\/plain/);
  expect(download.headers.get('x-content-type-options')).toBe('nosniff');
  const transcript = await download.text();
  for (const payload of CORPUS) expect(transcript).toContain(`A${payload}`);
  expect(await visitorIdOf(widget.page)).toBeTruthy();
  await expectUntouched(widget.page, widgetDialogs, 'widget after rating');
});

it('uses payloads that do run when a page does render them as HTML (so the test above can fail)', async () => {
  const page = await session.newPage();
  const dialogs = watchDialogs(page);
  await page.setContent('<title>Scratch</title><body></body>');
  await page.evaluate((corpus) => {
    document.body.innerHTML = corpus.join('<br>');
  }, CORPUS);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), { timeout: 5000 }).toBe(1);
  await expect.poll(() => dialogs.length, { timeout: 5000 }).toBeGreaterThan(0);
  expect((await exposure(page)).inlineHandlers.length).toBeGreaterThan(5);
});
