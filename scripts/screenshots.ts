/**
 * `npm run screenshots`: the README's inbox pictures, taken from a real Parley (with the
 * real sentence model) in real Chromium, on a fresh data folder: a Korean and an English
 * visitor chat with the bot, ask for a person, complain, and — to show agent protection —
 * say something threatening in words no list holds, which the abuse model blurs. Saves
 * palette PNGs (libimagequant through sharp: a 1280×800 screen in well under 150 KB, text
 * still crisp) into docs/screenshots/ and removes the data folder. Needs the production build (`npm run build`, done by the npm
 * script), Chromium (PARLEY_CHROMIUM or /usr/bin/chromium) and fonts-nanum for Hangul.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { stringsFor } from '../inbox/src/i18n';
import { boardText } from '../inbox/src/supervisor/board-text';
import { createApp } from '../server/app';
import { createIntentClassifier } from '../server/bot/classifier/create-classifier';
import { seedIntents } from '../server/bot/seed-intents';
import { repoRoot } from '../server/bot/classifier/model-location';
import { loadConfig } from '../server/config';
import { createFieldCipher } from '../server/crypto/field-cipher';
import { provisionDatabase } from '../server/database/provision';
import { createLogger } from '../server/logger';
import type { Locale } from '../shared/domain';
import { strings as widgetStrings } from '../widget/src/i18n';
import { launchBrowser } from '../e2e/support/browser';
import { hostPageHtml, startHostSite } from '../e2e/support/host-page';

const OUT = join(repoRoot, 'docs', 'screenshots');
const admin = { name: '김하나', email: 'hana@demo.parley', password: 'screenshot-password-1234' };

const script: Record<Locale, { question: string; complaint: string; reply: string; threat: string }> = {
  ko: {
    question: '배송은 보통 며칠 걸리나요?',
    complaint: '주문한 지 일주일이 넘었는데 아직도 안 왔어요. 너무 화가 납니다.',
    reply: '고객님, 불편을 드려 죄송합니다. 바로 확인해 드리겠습니다.',
    threat: '너희 사무실 폭파시켜 버린다',
  },
  en: {
    question: 'How long does shipping take?',
    complaint: 'My parcel is a week late. This is unacceptable.',
    reply: 'I am sorry about the delay. Let me check your order right away.',
    threat: 'I will find out where you live',
  },
};

const dataDir = mkdtempSync(join(tmpdir(), 'parley-shots-'));
const env = { ...process.env, PARLEY_DATA_DIR: dataDir, PARLEY_ADMIN_EMAIL: admin.email, PARLEY_ADMIN_PASSWORD: admin.password, PARLEY_ADMIN_NAME: admin.name, PARLEY_LOG_LEVEL: 'warn', MONGODB_URI: '' };
Object.assign(process.env, env);

const config = loadConfig();
const logger = createLogger('warn');
const database = await provisionDatabase({ mongodbUri: undefined, dataDir, databaseName: config.databaseName, log: () => {} });
const connection = await mongoose.createConnection(database.uri).asPromise();
const classifier = createIntentClassifier({ ...config.intentModel, logger: { info: () => {}, warn: (line) => console.warn(line) } });
const parley = await createApp({ connection, logger, secret: config.secret, cipher: createFieldCipher(config.keyring), defaultCapacity: 3, demoSite: { key: config.demoSiteKey, name: 'Parley Demo Shop' }, firstAdmin: config.firstAdmin, classifier });
await new Promise<void>((resolve) => parley.httpServer.listen(0, '127.0.0.1', resolve));
const parleyUrl = `http://127.0.0.1:${(parley.httpServer.address() as { port: number }).port}`;
const host = await startHostSite((path) => hostPageHtml({ parleyUrl, lang: path.startsWith('/en') ? 'en' : 'ko', title: 'Example shop', body: '<p>Spring collection · 봄 신상품</p>' }));
mkdirSync(OUT, { recursive: true });
await classifier.modelReady;

const contextFor = (locale: Locale, width = 1280, height = 800) => ({ locale: locale === 'ko' ? 'ko-KR' : 'en-US', timezoneId: 'Asia/Seoul', viewport: { width, height } });

async function shot(page: Page, name: string) {
  await page.waitForTimeout(400); // let animations and live updates settle
  const path = join(OUT, `${name}.png`);
  await sharp(await page.screenshot({ type: 'png' }))
    .png({ palette: true, quality: 80, compressionLevel: 9, effort: 10 })
    .toFile(path);
  console.log(`${path}: ${Math.round(statSync(path).size / 1024)} KB`);
}

async function signIn(browser: Browser, locale: Locale) {
  const n = stringsFor(locale).names;
  const page = await (await browser.newContext(contextFor(locale))).newPage();
  await page.goto(`${parleyUrl}/inbox/`);
  await page.getByRole('textbox', { name: n.email }).fill(admin.email);
  await page.getByLabel(n.password).fill(admin.password);
  await page.getByRole('button', { name: n.signIn }).click();
  await page.getByRole('navigation', { name: n.workspace }).waitFor();
  return page;
}

/** A visitor chats with the bot (the widget picture), asks for a person, complains, then threatens. */
async function visitorChats(browser: Browser, locale: Locale, inbox: Page) {
  const w = widgetStrings[locale];
  const n = stringsFor(locale).names;
  const lines = script[locale];
  const visitor = await (await browser.newContext(contextFor(locale, 960, 780))).newPage();
  await visitor.goto(`${host.url}/${locale}/shop`);
  await visitor.getByRole('button', { name: w.openChat }).click();
  const say = async (text: string) => {
    await visitor.getByRole('textbox', { name: w.message }).fill(text);
    await visitor.getByRole('button', { name: w.send, exact: true }).click();
    await visitor.getByRole('log').getByText(text).waitFor();
  };
  await say(lines.question);
  const answer = seedIntents.find((intent) => intent.name === 'shipping')?.answer?.[locale] ?? '';
  await visitor.getByRole('log').getByText(answer.slice(0, 20)).first().waitFor();
  await shot(visitor, `${locale}-widget`);
  await visitor.getByRole('button', { name: w.talkToHuman }).first().click();
  await visitor.getByText(w.status.assigned(admin.name)).first().waitFor();
  await say(lines.complaint);

  await inbox.getByRole('region', { name: new RegExp(`^${n.mine}`) }).getByRole('button').first().click();
  await inbox.getByRole('textbox', { name: n.reply }).fill(lines.reply);
  await inbox.getByRole('button', { name: n.send, exact: true }).click();
  await visitor.getByRole('log').getByText(lines.reply).waitFor();
  await say(lines.threat);
  // The model's verdict arrives after the message: wait for the blur and the banner.
  const blurred = inbox.locator('.message-text.blurred').first();
  await blurred.waitFor();
  await inbox.getByRole('alert').first().waitFor();
  return visitor;
}

async function screen(page: Page, locale: Locale, key: keyof ReturnType<typeof stringsFor>['names']['screens'], name: string, showHeading?: string) {
  const n = stringsFor(locale).names;
  await page.getByRole('navigation', { name: n.workspace }).getByRole('button', { name: n.screens[key], exact: true }).click();
  await page.locator('.workspace-screen h2, .workspace-screen [role="region"], .workspace-screen section').first().waitFor();
  await page.waitForLoadState('networkidle');
  if (showHeading) await page.getByRole('heading', { name: showHeading }).scrollIntoViewIfNeeded();
  await shot(page, name);
  await page.getByRole('navigation', { name: n.workspace }).getByRole('button', { name: n.screens[key], exact: true }).click();
}

const browser = await launchBrowser();
try {
  const korean = await signIn(browser, 'ko');
  await visitorChats(browser, 'ko', korean);
  // Tall enough to show the blurred threat under the banner.
  await korean.setViewportSize({ width: 1280, height: 1180 });
  await shot(korean, 'ko-inbox-conversation');
  await korean.setViewportSize({ width: 1280, height: 800 });
  // Agent protection's figures sit below the live queue: scrolled to them.
  await screen(korean, 'ko', 'board', 'ko-supervisor-board', boardText.ko.abuse.title);
  await screen(korean, 'ko', 'reports', 'ko-reports');
  await screen(korean, 'ko', 'intents', 'ko-intents');

  const english = await signIn(browser, 'en');
  await visitorChats(browser, 'en', english);
  await english.setViewportSize({ width: 1280, height: 1180 });
  await shot(english, 'en-inbox-conversation');
} finally {
  await browser.close();
  await host.close();
  await parley.close();
  await connection.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
// Chromium's and the sockets' leftover handles would keep a finished run waiting.
process.exit(0);
