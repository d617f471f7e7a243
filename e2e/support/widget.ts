/**
 * The visitor's side of the new widget, in the words a visitor would use: page objects
 * found by role and accessible name (Playwright reaches into the open shadow root).
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { strings } from '../../widget/src/i18n';

export class ParleyWidget {
  readonly t;
  constructor(
    readonly page: Page,
    locale: 'en' | 'ko' = 'en',
  ) {
    this.t = strings[locale];
  }

  launcher(): Locator {
    return this.page.getByRole('button', { name: this.t.openChat });
  }

  box(): Locator {
    return this.page.getByRole('textbox', { name: this.t.message, exact: true });
  }

  log(): Locator {
    return this.page.getByRole('log', { name: this.t.conversation });
  }

  async open() {
    await this.launcher().click();
    await this.box().waitFor();
  }

  async say(text: string) {
    await this.box().fill(text);
    await this.page.getByRole('button', { name: this.t.send, exact: true }).click();
    await this.log().getByText(text, { exact: true }).last().waitFor();
  }

  /** Waits until `text` shows in the conversation. */
  async sees(text: string | RegExp, timeout = 15_000) {
    await this.log().getByText(text).first().waitFor({ state: 'visible', timeout });
  }

  /** How many of the visitor's messages still wait for the server. */
  pendingCount(): Promise<number> {
    return this.log().getByText(this.t.sending).count();
  }

  async waitUntilNothingPending(timeout = 20_000) {
    await expect.poll(() => this.pendingCount(), { timeout }).toBe(0);
  }
}
