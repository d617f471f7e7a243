/**
 * One conversation, everything an agent does with it, in real Chromium against the real
 * server: the visitor's details beside the transcript, a canned response by `/shortcut`,
 * the polite-register guard, an internal note the visitor never sees, a tag, and a
 * transfer to a colleague who reads why.
 */
import { API } from '../shared/http';
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

const newPage = () => session.newPage();

it('answers with a canned response and a softened reply, notes internally, tags, and transfers with a note', async () => {
  const mina = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  const jun = { name: 'Jun', email: 'jun@example.com', password: 'another-long-password' };
  const { token } = await setUpFirstAdmin(session.server, mina);
  const created = await fetch(`${session.server.url}${API.agents}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...jun, role: 'agent', capacity: 2 }),
  });
  expect(created.status).toBe(201);

  // Only Mina is signed in when the visitor asks for a person, so the conversation is hers.
  const inbox = new AgentInbox(await newPage());
  await inbox.signIn(session.server.url, mina.email, mina.password);
  const widget = new VisitorWidget(await newPage());
  await widget.page.goto(`${session.server.url}/`);
  await widget.open();
  await widget.askForHuman();
  await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);

  const page = inbox.page;
  await page.getByRole('button', { name: /^Visitor/ }).first().click();
  const details = page.getByRole('region', { name: 'Visitor details' });
  await waitForText(details, /Chrome \d+/);
  // The page the visitor is on now, as a link (named by the page's title).
  await expect.poll(() => details.getByRole('link').first().getAttribute('href'), { timeout: 15_000 }).toBe(`${session.server.url}/`);

  // A canned response by shortcut, filled in and sent.
  const reply = page.getByRole('textbox', { name: 'Reply' });
  await reply.fill('/hello');
  await page.getByRole('listbox', { name: 'Canned responses' }).waitFor();
  await reply.press('Enter');
  await expect.poll(() => reply.inputValue()).toContain('고객님');
  const canned = await reply.inputValue();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForText(widget.log(), canned.slice(0, 12));

  // A curt answer is caught before it reaches the customer; the agent takes the softer wording.
  await reply.fill('없어요');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const guard = page.getByRole('alertdialog', { name: 'Softer wording suggested' });
  await guard.waitFor();
  await guard.getByRole('button', { name: 'Use suggestion' }).click();
  await expect.poll(() => reply.inputValue()).toMatch(/^죄송하지만/);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitForText(widget.log(), /죄송하지만 현재는 준비되어 있지 않습니다/);

  // An internal note stays among agents.
  await page.getByRole('checkbox', { name: 'Internal note' }).check();
  await reply.fill('VIP 고객님, 환불 승인 필요');
  await page.getByRole('button', { name: 'Add note' }).click();
  await waitForText(page.getByRole('log'), 'VIP 고객님, 환불 승인 필요');
  await page.getByRole('checkbox', { name: 'Internal note' }).uncheck();

  // A tag, saved on the server.
  await page.getByRole('textbox', { name: 'New tag' }).fill('refund');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await page.getByRole('button', { name: 'Remove tag refund' }).waitFor();

  // Mina opens the transfer dialog while Jun is still offline; he signs in, the dialog shows
  // him online, and she hands the conversation over with a note.
  await page.getByRole('button', { name: 'Transfer', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Transfer conversation' });
  const transferTo = dialog.getByRole('combobox', { name: 'Transfer to' });
  await transferTo.getByRole('option', { name: 'Jun (offline)' }).waitFor({ state: 'attached' });
  const junInbox = new AgentInbox(await newPage());
  await junInbox.signIn(session.server.url, jun.email, jun.password);
  await transferTo.selectOption({ label: 'Jun (online)' }, { timeout: 15_000 });
  await dialog.getByRole('textbox', { name: 'Note for the next agent' }).fill('환불 건 부탁드려요');
  await dialog.getByRole('button', { name: 'Transfer', exact: true }).click();
  await waitForText(page, 'Transferred to Jun.');

  // Jun finds it among his own, with the note and the whole history, and can answer.
  const mine = junInbox.page.getByRole('region', { name: /^Mine/ });
  await mine.getByRole('button', { name: /^Visitor/ }).first().click({ timeout: 15_000 });
  const junLog = junInbox.page.getByRole('log');
  await waitForText(junLog, /환불 건 부탁드려요/);
  await waitForText(junLog, 'VIP 고객님, 환불 승인 필요');
  await junInbox.reply('안녕하세요, Jun입니다. 환불 도와드리겠습니다.');
  await waitForText(widget.log(), 'Jun입니다');

  // The visitor saw every reply and none of the notes.
  const seen = (await widget.log().textContent()) ?? '';
  expect(seen).not.toContain('VIP');
  expect(seen).not.toContain('환불 건 부탁드려요');
  expect(seen).not.toContain('없어요');
});
