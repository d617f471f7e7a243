/**
 * One language at a time, everywhere: a Korean agent and an English agent each walk every
 * screen of the inbox, and a Korean and an English visitor walk the widget (launcher, chat,
 * bot answer, handoff, rating, leave-a-message), in real Chromium. Each screen fails on any
 * string of the other language's catalogue, English phrases on Korean screens, Hangul on
 * English screens, or a raw key. Screenshots of the main screens land in .cache/screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../shared/domain';
import { botTexts } from '../server/bot/bot-policy';
import { seedIntents } from '../server/bot/seed-intents';
import { defaultCannedResponses } from '../server/canned-responses/default-canned-responses';
import { stringsFor } from '../inbox/src/i18n';
import { searchText } from '../inbox/src/search/search-text';
import { strings as widgetStrings } from '../widget/src/i18n';
import { useBrowserSession } from './support/browser-session';
import { hostPageHtml, startHostSite, type HostSite } from './support/host-page';
import { expectAccessible } from './support/axe';
import { expectNoLeaks } from './support/language-leaks';
import { waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();
const SHOTS = join(process.cwd(), '.cache', 'screenshots');
const admin = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };

const script = {
  ko: { question: '영업시간이 어떻게 되나요?', reply: '안녕하세요, 고객님. 확인해 드리겠습니다.', comment: '친절한 상담 감사합니다', offline: '내일 다시 연락 부탁드립니다', human: '상담원 연결해 주세요' },
  en: { question: 'What are your business hours?', reply: 'Hello, let me check that for you.', comment: 'Very helpful, thanks', offline: 'Please call me back tomorrow', human: 'I want to talk to a human agent' },
} satisfies Record<Locale, Record<string, string>>;

/** What people and the site typed: shown as written, in whatever language it was written. */
const DATA = [
  admin.name,
  admin.email,
  'Example shop',
  'HeadlessChrome',
  'Chrome',
  'Parley',
  ...Object.values(script).flatMap((lines) => Object.values(lines)),
  ...defaultCannedResponses.flatMap((response) => [response.shortcut, response.text]),
  ...seedIntents.flatMap((intent) => [intent.name, intent.answer?.ko ?? '', intent.answer?.en ?? '', ...intent.examples]),
  // The bot's own lines go to the visitor in the visitor's language, like its answers.
  ...Object.values(botTexts).flatMap((lines) => Object.values(lines)),
];

let host: HostSite;
beforeAll(async () => {
  host = await startHostSite((path) => hostPageHtml({ parleyUrl: session.server.url, lang: path.startsWith('/en') ? 'en' : 'ko' }));
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(() => host?.close());

const contextFor = (locale: Locale) => ({ locale: locale === 'ko' ? 'ko-KR' : 'en-US', timezoneId: 'Asia/Seoul', viewport: { width: 1280, height: 860 } });

/** The screen speaks one language and passes axe-core without serious or critical violations. */
async function check(page: Page, screen: string, locale: Locale, root?: string) {
  await page.waitForTimeout(150); // let live updates settle before reading the screen
  await expectNoLeaks(page, screen, locale, DATA, root);
  AXE_FAILURES.push(...(await axeProblems(page, `${screen} (${locale})`, root)));
}

const AXE_FAILURES: string[] = [];
const axeProblems = (page: Page, screen: string, root?: string) =>
  expectAccessible(page, screen, root).then(
    () => [],
    (error: Error) => [error.message],
  );

const shot = (page: Page, name: string, locale: Locale) => page.screenshot({ path: join(SHOTS, `${locale}-${name}.png`), fullPage: true });

it('first-run setup speaks the agent’s language', async () => {
  for (const locale of ['ko', 'en'] as const) {
    const page = await session.newPage(contextFor(locale));
    await page.goto(`${session.server.url}/inbox/`);
    await page.getByRole('button', { name: stringsFor(locale).names.createAdmin }).waitFor();
    await check(page, 'first-run setup', locale);
    await shot(page, 'setup', locale);
  }
  await setUpFirstAdmin(session.server, admin);
});

describe.each(['ko', 'en'] as const)('in %s', (locale) => {
  const t = stringsFor(locale);
  const n = t.names;
  const w = widgetStrings[locale];
  const lines = script[locale];
  const widgetRoot = 'parley-widget';

  it('every inbox screen and the widget show only this language', async () => {
    // Sign in.
    const inbox = await session.newPage(contextFor(locale));
    // The browser's own user agent is data (the audit log and visitor details show it as sent).
    DATA.push(await inbox.evaluate(() => navigator.userAgent));
    await inbox.goto(`${session.server.url}/inbox/`);
    await inbox.getByRole('button', { name: n.signIn }).waitFor();
    await check(inbox, 'sign-in', locale);
    await shot(inbox, 'sign-in', locale);
    await inbox.getByRole('textbox', { name: n.email }).fill(admin.email);
    await inbox.getByLabel(n.password).fill(admin.password);
    await inbox.getByRole('button', { name: n.signIn }).click();
    await inbox.getByRole('navigation', { name: n.workspace }).waitFor();
    await check(inbox, 'inbox, nothing open', locale);

    // A visitor asks the bot, then for a person; the agent is online and gets them.
    const visitor = await session.newPage(contextFor(locale));
    await visitor.goto(`${host.url}/${locale}/pricing`);
    await visitor.getByRole('button', { name: w.openChat }).waitFor();
    await check(visitor, 'widget launcher', locale, widgetRoot);
    await visitor.getByRole('button', { name: w.openChat }).click();
    await visitor.getByRole('textbox', { name: w.message }).fill(lines.question);
    await visitor.getByRole('button', { name: w.send, exact: true }).click();
    await waitForText(visitor.getByRole('log'), (seedIntents.find((intent) => intent.name === 'business_hours')?.answer?.[locale] ?? '').slice(0, 12));
    await check(visitor, 'widget with the bot', locale, widgetRoot);
    await shot(visitor, 'widget-bot', locale);
    await visitor.getByRole('button', { name: w.talkToHuman }).first().click();
    await waitForText(visitor.locator(widgetRoot), w.status.assigned(admin.name));
    await check(visitor, 'widget with an agent', locale, widgetRoot);

    // The agent's side of it: list, conversation, details, handoff card, transfer dialog.
    await inbox.getByRole('region', { name: new RegExp(`^${n.mine}`) }).getByRole('button').first().click();
    await inbox.getByRole('textbox', { name: n.reply }).waitFor();
    await check(inbox, 'conversation', locale);
    await shot(inbox, 'conversation', locale);
    await inbox.setViewportSize({ width: 768, height: 1024 });
    await check(inbox, 'conversation on a 768 px tablet', locale);
    await shot(inbox, 'conversation-tablet', locale);
    await inbox.setViewportSize({ width: 1280, height: 860 });
    await inbox.getByRole('textbox', { name: n.reply }).fill(lines.reply);
    await inbox.getByRole('button', { name: n.send, exact: true }).click();
    await waitForText(visitor.getByRole('log'), lines.reply);
    await inbox.getByRole('button', { name: n.transfer, exact: true }).click();
    await inbox.getByRole('dialog').waitFor();
    await check(inbox, 'transfer dialog', locale);
    await inbox.getByRole('dialog').getByRole('button', { name: n.cancel }).click();
    for (const filter of Object.values(n.filters)) {
      await inbox.getByRole('group', { name: n.listFilter }).getByRole('button', { name: filter, exact: true }).click();
      await check(inbox, `list filter ${filter}`, locale);
    }
    await inbox.getByRole('group', { name: n.listFilter }).getByRole('button', { name: n.filters.overview, exact: true }).click();

    // The agent closes; the visitor is asked for a rating and gives one.
    await inbox.getByRole('button', { name: n.closeConversation }).click();
    await visitor.getByRole('button', { name: w.rating.submit }).waitFor();
    await check(visitor, 'widget rating', locale, widgetRoot);
    await shot(visitor, 'widget-rating', locale);
    await visitor.getByRole('radio', { name: w.rating.score(5, 5) }).check();
    await visitor.getByRole('textbox', { name: w.rating.comment }).fill(lines.comment);
    await visitor.getByRole('button', { name: w.rating.submit }).click();
    await waitForText(visitor.locator(widgetRoot), w.rating.thanks);
    await check(visitor, 'widget after rating', locale, widgetRoot);

    // Every screen beside the inbox.
    for (const [key, label] of Object.entries(n.screens)) {
      const button = inbox.getByRole('navigation', { name: n.workspace }).getByRole('button', { name: label, exact: true });
      if ((await button.count()) === 0) continue;
      await button.click();
      await inbox.locator('.workspace-screen h2, .workspace-screen [role="region"], .workspace-screen section').first().waitFor();
      await inbox.waitForLoadState('networkidle');
      await check(inbox, label, locale);
      await shot(inbox, key, locale);
      if (label === n.screens.search) {
        const search = searchText[locale].names;
        await inbox.getByRole('button', { name: search.search, exact: true }).click();
        await inbox.getByRole('table', { name: search.results }).waitFor();
        await check(inbox, 'search results', locale);
        await inbox.getByRole('table', { name: search.results }).getByRole('button').first().click();
        await inbox.getByRole('button', { name: search.backToResults }).waitFor();
        await check(inbox, 'transcript', locale);
      }
      await button.click();
    }

    // With nobody online, asking for a person offers the leave-a-message form.
    await inbox.getByRole('combobox', { name: n.presence }).selectOption('offline');
    const late = await session.newPage(contextFor(locale));
    await late.goto(`${host.url}/${locale}/contact`);
    await late.getByRole('button', { name: w.openChat }).click();
    await late.getByRole('button', { name: w.talkToHuman }).first().click();
    await late.getByRole('button', { name: w.offline.submit }).waitFor();
    await check(late, 'widget leave-a-message form', locale, widgetRoot);
    await shot(late, 'widget-offline', locale);
    // Asking in words does the same: the form, and no promise of a wait.
    const typed = await session.newPage(contextFor(locale));
    await typed.goto(`${host.url}/${locale}/contact`);
    await typed.getByRole('button', { name: w.openChat }).click();
    await typed.getByRole('textbox', { name: w.message }).fill(lines.human);
    await typed.getByRole('button', { name: w.send, exact: true }).click();
    await typed.getByRole('button', { name: w.offline.submit }).waitFor();
    expect(await typed.locator(widgetRoot).innerText()).not.toMatch(locale === 'ko' ? /대기 순서|약 \d+분/ : /in line|about \d+ min/);
    await check(typed, 'widget after asking for a person in words', locale, widgetRoot);
    await inbox.getByRole('combobox', { name: n.presence }).selectOption('online');
    await inbox.getByRole('button', { name: n.signOut }).click();
  });
});

it('every screen walked passes axe-core without serious or critical violations', () => {
  expect(AXE_FAILURES, AXE_FAILURES.join('\n')).toEqual([]);
});
