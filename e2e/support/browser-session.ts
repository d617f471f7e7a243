/**
 * The set-up most browser tests share: one Parley server and one Chromium for the file,
 * a fresh browser context (its own cookies and storage: another person) per page, and
 * everything closed after the last test.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { TestServer } from '../../server/testing/test-server';
import { launchBrowser } from './browser';
import { startParleyForBrowser } from './parley';

export interface BrowserSession {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in a context of its own, as if opened by another person. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

export function useBrowserSession(): BrowserSession {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startParleyForBrowser();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session starts in beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async newPage(options) {
      const context = await started(browser).newContext(options);
      contexts.push(context);
      return context.newPage();
    },
  };
}
