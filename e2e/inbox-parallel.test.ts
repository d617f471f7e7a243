/**
 * One agent with capacity 3 handles three visitors at once in one inbox tab, moving
 * between the conversations with the keyboard; a fourth visitor waits, sees their place
 * in the queue, and gets the agent when one chat is closed.
 */
import { API } from '../shared/http';
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

async function visitorAskingForHuman() {
  const page = await session.newPage();
  await page.goto(`${session.server.url}/`);
  const widget = new VisitorWidget(page);
  await widget.open();
  await widget.askForHuman();
  return widget;
}

it('handles three chats in parallel with the keyboard and assigns the waiting fourth when one closes', async () => {
  const admin = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  const { token, agent } = await setUpFirstAdmin(session.server, admin);
  const patched = await fetch(`${session.server.url}${API.agent(agent.id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ capacity: 3 }),
  });
  expect(patched.status).toBe(200);

  const inbox = new AgentInbox(await session.newPage());
  await inbox.signIn(session.server.url, admin.email, admin.password);

  const visitors = [];
  for (let i = 0; i < 3; i++) {
    const widget = await visitorAskingForHuman();
    await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);
    visitors.push(widget);
  }

  // Open the three assigned conversations as tabs, then reply to each in turn, moving with Alt+↓.
  const rows = inbox.page.getByRole('button', { name: /^Visitor/ });
  await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < 3; i++) await rows.nth(i).click();
  await inbox.page.getByRole('tab').nth(0).click();
  for (let i = 0; i < 3; i++) {
    await inbox.reply(`답변 ${i + 1}번입니다, 고객님.`);
    await inbox.page.keyboard.press('Alt+ArrowDown');
  }
  const replies = await Promise.all(
    visitors.map(async (widget) => {
      await waitForText(widget.log(), /답변 \d번입니다/);
      return (await widget.log().getByText(/답변 \d번입니다/).allTextContents()).join('|');
    }),
  );
  expect(new Set(replies.map((text) => /답변 (\d)번/.exec(text)?.[1])).size).toBe(3);

  // The fourth waits in line and is told where they stand.
  const fourth = await visitorAskingForHuman();
  await waitForText(fourth.page.locator('parley-widget'), /대기 순서는 1번째입니다/, 30_000);

  // Closing one chat frees a place: the fourth visitor gets Mina.
  await inbox.page.getByRole('button', { name: 'Close conversation' }).first().click();
  await waitForText(fourth.log(), /상담원 Mina님이 대화에 참여했습니다/);
});
