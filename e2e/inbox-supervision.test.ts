/**
 * The admin side in real Chromium: an admin creates an agent in the inbox, the new agent
 * signs in, and from the supervisor board the admin hands a live conversation over to
 * them; the new agent finds it among their own and answers the visitor.
 */
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

const newPage = () => session.newPage();

it('creates an agent in the inbox and reassigns a live conversation to them from the supervisor board', async () => {
  const mina = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  await setUpFirstAdmin(session.server, mina);
  const admin = new AgentInbox(await newPage());
  await admin.signIn(session.server.url, mina.email, mina.password);

  // A visitor asks for a person; Mina is the only one online.
  const widget = new VisitorWidget(await newPage());
  await widget.page.goto(`${session.server.url}/`);
  await widget.open();
  await widget.askForHuman();
  await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);

  // Mina creates Jun.
  const page = admin.page;
  await page.getByRole('button', { name: 'Agents and teams' }).click();
  const form = page.getByRole('form', { name: 'New agent' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Jun');
  await form.getByRole('textbox', { name: 'Email' }).fill('jun@example.com');
  await form.getByLabel('Password').fill('jun-long-password');
  await form.getByRole('spinbutton', { name: 'Capacity' }).or(form.getByRole('textbox', { name: 'Capacity' })).fill('2');
  await form.getByRole('button', { name: 'Create agent' }).click();
  await page.getByRole('cell', { name: 'jun@example.com' }).waitFor();

  const jun = new AgentInbox(await newPage());
  await jun.signIn(session.server.url, 'jun@example.com', 'jun-long-password');

  // The board shows both agents and Mina's conversation; she hands it to Jun.
  await page.getByRole('button', { name: 'Supervisor board' }).click();
  const assigned = page.getByRole('table', { name: 'Assigned conversations' });
  const target = assigned.getByRole('combobox', { name: /^Reassign Visitor .* to$/ });
  await target.waitFor();
  await expect.poll(async () => (await target.locator('option').allTextContents()).join('|'), { timeout: 15_000 }).toContain('Jun');
  await target.selectOption({ label: (await target.locator('option', { hasText: 'Jun' }).first().textContent())!.trim() });
  await assigned.getByRole('button', { name: /^Reassign Visitor/ }).click();

  // Jun has it and answers; the visitor hears from Jun.
  const mine = jun.page.getByRole('region', { name: /^Mine/ });
  await mine.getByRole('button', { name: /^Visitor/ }).first().click({ timeout: 15_000 });
  await jun.reply('안녕하세요, Jun입니다. 이어서 도와드리겠습니다.');
  await waitForText(widget.log(), '이어서 도와드리겠습니다');
});
