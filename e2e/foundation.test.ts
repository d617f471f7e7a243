/**
 * One conversation end to end in real Chromium: the demo page loads the widget from
 * the README's snippet, a visitor asks in Korean, the bot answers, the visitor asks
 * for a human, an agent signed into the inbox in another browser context answers,
 * and after a reload the visitor still has the whole history.
 */
import { useBrowserSession } from './support/browser-session';
import { AgentInbox, VisitorWidget, waitForText } from './support/pages';
import { setUpFirstAdmin } from './support/parley';

const session = useBrowserSession();

const newPage = () => session.newPage();

it('takes a Korean visitor from the bot to a human agent and keeps the history across a reload', async () => {
  const admin = { name: 'Mina', email: 'mina@example.com', password: 'a-long-password' };
  await setUpFirstAdmin(session.server, admin);

  const inbox = new AgentInbox(await newPage());
  await inbox.signIn(session.server.url, admin.email, admin.password);

  const visitorPage = await newPage();
  await visitorPage.goto(`${session.server.url}/`);
  const widget = new VisitorWidget(visitorPage);
  await widget.open();

  await widget.say('영업시간이 어떻게 되나요?');
  await waitForText(widget.log(), /평일 오전 9시부터/);

  await widget.askForHuman();
  await waitForText(widget.log(), /상담원 Mina님이 대화에 참여했습니다/);

  await inbox.openConversation(/Visitor/);
  await waitForText(inbox.page.getByRole('log').first(), /평일 오전 9시부터/); // the bot's part is in the agent's transcript
  await inbox.reply('안녕하세요, 고객님. Mina입니다. 무엇을 도와드릴까요?');

  await waitForText(widget.log(), 'Mina입니다', 15_000);

  await visitorPage.reload();
  await widget.open();
  for (const line of ['영업시간이 어떻게 되나요?', /평일 오전 9시부터/, /상담원 Mina님이 대화에 참여했습니다/, /Mina입니다/]) {
    await waitForText(widget.log(), line);
  }
});
