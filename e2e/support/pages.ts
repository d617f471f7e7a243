/** Page objects: what a visitor and an agent do, in the words they would use. */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/** Waits for the text to show; on timeout the error says what the scope showed instead. */
export async function waitForText(scope: Page | Locator, text: string | RegExp, timeout = 15_000) {
  try {
    await scope.getByText(text).first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const shown = await ('url' in scope ? scope.locator('body') : scope)
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => '(unreadable)');
    throw new Error(`${String(text)} did not show in ${timeout} ms; the page showed:\n${shown.slice(-1500)}`, { cause: error });
  }
}

export class VisitorWidget {
  constructor(
    readonly page: Page,
    private readonly names = { open: '채팅 열기', message: '메시지', send: '보내기', human: '상담원 연결' },
  ) {}

  async open() {
    await this.page.getByRole('button', { name: this.names.open }).click();
    await this.page.getByRole('textbox', { name: this.names.message }).waitFor();
  }

  async say(text: string) {
    await this.page.getByRole('textbox', { name: this.names.message }).fill(text);
    await this.page.getByRole('button', { name: this.names.send, exact: true }).click();
  }

  async askForHuman() {
    await this.page.getByRole('button', { name: this.names.human }).first().click();
  }

  log() {
    return this.page.getByRole('log');
  }
}

export class AgentInbox {
  constructor(readonly page: Page) {}

  async signIn(baseUrl: string, email: string, password: string) {
    await this.page.goto(`${baseUrl}/inbox/`);
    await this.page.getByRole('textbox', { name: 'Email' }).fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByRole('button', { name: 'Sign in' }).waitFor({ state: 'detached' });
    // The form goes before the inbox's socket is connected; the status leaves "offline" only
    // once the server has the agent's session, so what the test does next finds them there.
    const status = this.page.getByRole('combobox', { name: 'Status' });
    await expect.poll(() => status.inputValue(), { timeout: 15_000 }).not.toBe('offline');
  }

  async openConversation(visitorName: RegExp) {
    await this.page.getByRole('button', { name: visitorName }).first().click();
    await this.page.getByRole('textbox', { name: 'Reply' }).waitFor();
  }

  async reply(text: string) {
    await this.page.getByRole('textbox', { name: 'Reply' }).fill(text);
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => this.page.getByRole('textbox', { name: 'Reply' }).inputValue()).toBe('');
  }
}
