/** The inbox hears the abuse model's verdicts: a flagged message is hidden in the list and blurred in its open tab. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { fakeApis } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { memoryStorage } from '../lib/storage';
import { stringsFor } from '../i18n';
import { Inbox } from './Inbox';

const minho = conversation({ id: 'c9', visitorName: 'Minho', ...assignedTo(agentMina), lastSeq: 2, lastMessagePreview: 'I will find out where you live' });
const history = [message({ conversationId: 'c9', seq: 1, text: 'My parcel is late.' }), message({ conversationId: 'c9', seq: 2, text: 'I will find out where you live' })];

it('hides and blurs a visitor message once the abuse model flags it, with a threat warning', async () => {
  const connection = fakeConnection({ conversations: [minho], messages: history });
  render(<Inbox connection={connection} agent={agentMina} storage={memoryStorage()} apis={fakeApis()} alertOutputs={{ notification: undefined, playSound: () => {} }} onSignOut={vi.fn()} />);
  fireEvent.click(await screen.findByRole('button', { name: /^Minho I will find out where you live/ }));
  const panel = await screen.findByRole('tabpanel', { name: 'Minho' });
  const threat = await within(panel).findByText('I will find out where you live');
  expect(threat.className).not.toContain('blurred');

  act(() => connection.pushAbuseFlag({ conversationId: 'c9', messageId: history[1]!.id, seq: 2, threat: true }));
  // Each message hears the store once its effects ran; one that missed the flag catches up.
  await waitFor(() => expect(within(panel).getByText('I will find out where you live').className).toContain('blurred'));
  expect(within(panel).getByText('My parcel is late.').className).not.toContain('blurred');
  expect(within(panel).getByRole('alert').textContent).toContain('Tell your supervisor now.');
  expect(screen.getByRole('button', { name: new RegExp(`^Minho ${stringsFor('en').protection.hidden}`) })).toBeTruthy();
});
