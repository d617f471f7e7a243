/**
 * Reports in real Chromium: after a few real conversations, a supervisor opens Reports,
 * changes the period and a filter, sees the tiles, charts and tables follow, downloads a
 * CSV, and the Korean screen is saved as a screenshot in .cache/screenshots.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Conversation, Message } from '../shared/domain';
import { EV } from '../shared/events';
import { connectAgent, connectVisitor, nextEvent, request as ask, signedInAgent } from '../server/testing/test-server';
import { useBrowserSession } from './support/browser-session';
import { AgentInbox } from './support/pages';

const session = useBrowserSession();
const SHOTS = join(process.cwd(), '.cache', 'screenshots');
const say = (socket: Parameters<typeof ask>[0], text: string) => ask<{ message: Message }>(socket, EV.messageSend, { clientId: `e2e-${crypto.randomUUID()}`, text });

/** Three conversations: the bot solves a Korean one; Jun answers and closes an English and a Korean one. */
async function aFewConversations() {
  const jun = await signedInAgent(session.server, { email: 'jun@example.com', name: '박준', capacity: 3 });
  const agent = await connectAgent(session.server, jun.token);
  const { socket: first } = await connectVisitor(session.server, { locale: 'ko' });
  const answered = nextEvent<Message>(first, EV.messageCreated, (m) => m.author.kind === 'bot');
  await say(first, '영업시간이 어떻게 되나요?');
  await answered;
  await ask(first, EV.conversationSolve, {});
  for (const [locale, text, score] of [['en', 'do you ship abroad?', 5], ['ko', '환불하고 싶어요', 4]] as const) {
    const { socket } = await connectVisitor(session.server, { locale });
    const assigned = nextEvent<Conversation>(agent, EV.conversationUpdated, (c) => c.status === 'assigned' && c.locale === locale);
    await say(socket, text);
    await ask(socket, EV.handoffRequest, {});
    const conversation = await assigned;
    await ask(agent, EV.messageSend, { conversationId: conversation.id, clientId: `e2e-reply-${locale}`, text: locale === 'ko' ? '확인해 드리겠습니다.' : 'Yes, we do.' });
    await ask(agent, EV.conversationClose, { conversationId: conversation.id });
    await ask(socket, EV.conversationRate, { conversationId: conversation.id, score });
  }
  agent.disconnect();
}

it('lets a supervisor read, filter and export the reports, in English and in Korean', async () => {
  await aFewConversations();
  const lead = { name: 'Sora', email: 'sora@example.com', password: 'a-long-password' };
  await session.server.app.accounts.createAgent(session.server.app.demoSite.id, { ...lead, role: 'supervisor', capacity: 0 });
  const inbox = new AgentInbox(await session.newPage({ locale: 'en-US', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 1000 }, acceptDownloads: true }));
  await inbox.signIn(session.server.url, lead.email, lead.password);
  const page = inbox.page;

  await page.getByRole('button', { name: 'Reports' }).click();
  const reports = page.getByRole('region', { name: 'Reports' });
  const tile = (name: string) => reports.getByRole('list', { name: 'Key figures' }).getByRole('listitem', { name });
  await expect.poll(() => tile('Conversations').textContent(), { timeout: 15_000 }).toContain('3');
  await expect.poll(() => tile('Solved by the bot').textContent()).toContain('33.3%');

  // Today only: the over-time chart goes by hour.
  await reports.getByRole('combobox', { name: 'Period' }).selectOption('today');
  const showTable = (chart: string) => reports.locator('figure', { hasText: chart }).getByText('Show as a table').click();
  await showTable('Conversations over time');
  await expect.poll(() => reports.getByRole('table', { name: 'Conversations over time' }).getByRole('row').count()).toBe(25);

  // Korean conversations only.
  await reports.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect.poll(() => tile('Conversations').textContent()).toMatch(/^Conversations2/);
  const agents = reports.getByRole('table', { name: 'Agents' });
  await expect.poll(() => agents.getByRole('row', { name: /박준/ }).textContent()).toContain('1');
  await showTable('CSAT ratings');
  await expect.poll(() => reports.getByRole('table', { name: 'CSAT ratings' }).getByRole('row', { name: /^4/ }).textContent()).toBe('41');

  const download = page.waitForEvent('download');
  await reports.getByRole('button', { name: 'Download Agents as CSV' }).click();
  const file = await (await download).path();
  const csv = readFileSync(file!, 'utf8');
  expect(csv.startsWith('\uFEFFagent_id,name,handled,')).toBe(true);
  expect(csv).toContain('박준,1,');

  // The same screen in Korean, for the record.
  const korean = new AgentInbox(await session.newPage({ locale: 'ko-KR', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 1400 } }));
  await korean.page.goto(`${session.server.url}/inbox/`);
  await korean.page.getByLabel('이메일').fill(lead.email);
  await korean.page.getByLabel('비밀번호').fill(lead.password);
  await korean.page.getByRole('button', { name: '로그인' }).click();
  await korean.page.getByRole('button', { name: '보고서' }).click();
  const koReports = korean.page.getByRole('region', { name: '보고서' });
  await expect.poll(() => koReports.getByRole('listitem', { name: '대화 수' }).textContent(), { timeout: 15_000 }).toContain('3');
  await mkdir(SHOTS, { recursive: true });
  await korean.page.screenshot({ path: join(SHOTS, 'ko-reports.png'), fullPage: true });
});
