import { fireEvent, render, screen, within } from '@testing-library/preact';
import { BOT_NAME, type QuickReply } from '../../../shared/domain';
import { strings } from '../i18n';
import { buildThread, type OutgoingMessage } from '../lib/thread';
import { aMessage, anOutgoing } from '../testing/fixtures';
import { MessageList } from './MessageList';
import type { Message } from '../../../shared/domain';

const bot = { kind: 'bot', id: null, name: BOT_NAME } as const;
const agent = { kind: 'agent', id: 'a1', name: 'Mina' } as const;
const system = { kind: 'system', id: null, name: null } as const;

function renderList(messages: Message[], outgoing: OutgoingMessage[] = [], locale: 'en' | 'ko' = 'en') {
  const onQuickReply = vi.fn<(reply: QuickReply) => void>();
  const onRetry = vi.fn();
  render(<MessageList thread={buildThread(messages, outgoing)} t={strings[locale]} locale={locale} onQuickReply={onQuickReply} onRetry={onRetry} />);
  return { onQuickReply, onRetry, log: screen.getByRole('log') };
}

describe('MessageList', () => {
  it('shows visitor text literally, never as HTML', () => {
    const { log } = renderList([aMessage({ seq: 1, text: '<b>x</b><img src=x onerror=alert(1)>' })]);
    expect(log.querySelector('b')).toBeNull();
    expect(log.querySelector('img')).toBeNull();
    expect(within(log).getByText('<b>x</b><img src=x onerror=alert(1)>')).toBeTruthy();
  });

  it('names each author: the visitor, the bot and the agent', () => {
    renderList([aMessage({ seq: 1 }), aMessage({ seq: 2, author: bot }), aMessage({ seq: 3, author: agent })]);
    expect(screen.getByText('You')).toBeTruthy();
    expect(screen.getByText('Parley Bot')).toBeTruthy();
    expect(screen.getByText('Mina')).toBeTruthy();
  });

  it('calls the visitor "나" in Korean', () => {
    renderList([aMessage({ seq: 1 })], [], 'ko');
    expect(screen.getByText('나')).toBeTruthy();
  });

  it('shows when each message was written', () => {
    const { log } = renderList([aMessage({ seq: 1, createdAt: '2025-01-06T01:00:01.000Z' })]);
    expect(log.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-06T01:00:01.000Z');
  });

  it('marks a message that is still being sent', () => {
    renderList([], [anOutgoing({ clientId: 'pending-1', text: 'on its way' })]);
    expect(screen.getByText('on its way')).toBeTruthy();
    expect(screen.getByText('Sending…')).toBeTruthy();
  });

  it('marks a refused message with the reason and offers to send it again', () => {
    const { onRetry } = renderList(
      [],
      [anOutgoing({ clientId: 'failed-1', state: 'failed', error: { code: 'PARLEY_ERR_CONVERSATION_CLOSED', message: 'closed' } })],
    );
    expect(screen.getByText(/Not sent: This conversation has ended/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledWith('failed-1');
  });

  it('sets system notices apart from people', () => {
    const { log } = renderList([aMessage({ seq: 1, author: system, text: 'Mina joined the conversation.' })]);
    expect(within(log).getByText('Mina joined the conversation.').closest('.message-system')).not.toBeNull();
  });

  it('offers the latest bot answer’s quick replies as buttons', () => {
    const quickReplies: QuickReply[] = [{ label: 'Shipping' }, { label: 'Talk to a human', action: 'handoff' }];
    const { onQuickReply } = renderList([aMessage({ seq: 1, author: bot, text: 'Anything else?', quickReplies })]);
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a human' }));
    fireEvent.click(screen.getByRole('button', { name: 'Shipping' }));
    expect(onQuickReply.mock.calls.map(([reply]) => reply)).toEqual([quickReplies[1], quickReplies[0]]);
  });

  it('hides the quick replies of answers that are no longer the latest', () => {
    renderList([aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Shipping' }] }), aMessage({ seq: 2, text: 'Shipping' })]);
    expect(screen.queryByRole('button', { name: 'Shipping' })).toBeNull();
  });

  it('invites the first question when the conversation is empty', () => {
    renderList([]);
    expect(screen.getByText(/Ask us anything/)).toBeTruthy();
  });
});
