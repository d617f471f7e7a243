import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Conversation } from '../../../shared/domain';
import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { mergeMessages, pendingEntry, markFailed, type TranscriptEntry } from '../lib/messages';
import type { Directory } from '../lib/use-directory';
import { fakeApis, staticDirectory } from '../testing/fake-apis';
import { fakeConnection } from '../testing/fake-connection';
import { ConversationPane } from './ConversationPane';

const XSS = '<img src=x onerror=alert(1)>';
const c1 = conversation({ id: 'c1', visitorName: 'Jisoo', ...assignedTo(agentMina) });
const transcript = mergeMessages(
  [],
  [
    message({ conversationId: 'c1', seq: 1, text: XSS, author: { kind: 'visitor', id: 'v1', name: null } }),
    message({ conversationId: 'c1', seq: 2, text: '평일 오전 9시부터 오후 6시까지 운영합니다.', author: { kind: 'bot', id: null, name: 'Parley Bot' } }),
    message({ conversationId: 'c1', seq: 3, text: '상담원 Mina님이 대화에 참여했습니다.', author: { kind: 'system', id: null, name: null } }),
    message({ conversationId: 'c1', seq: 4, text: '안녕하세요, Mina입니다.', author: { kind: 'agent', id: agentMina.id, name: 'Mina' } }),
  ],
);

function renderPane(overrides: { directory?: Directory; conversation?: Conversation; entries?: readonly TranscriptEntry[]; error?: string; visitorTyping?: boolean; self?: typeof agentMina; olderAvailable?: boolean } = {}) {
  const actions = {
    send: vi.fn(),
    retry: vi.fn(),
    take: vi.fn(),
    close: vi.fn(),
    tag: vi.fn(async () => undefined),
    transfer: vi.fn(async () => undefined),
    typing: vi.fn(),
    openConversation: vi.fn(),
    loadOlder: vi.fn(),
  };
  render(
    <ConversationPane
      olderAvailable={overrides.olderAvailable ?? false}
      conversation={overrides.conversation ?? c1}
      entries={overrides.entries ?? transcript}
      self={overrides.self ?? agentMina}
      error={overrides.error ?? null}
      visitorTyping={overrides.visitorTyping ?? false}
      directory={overrides.directory ?? staticDirectory({ teams: ['billing'] })}
      visitorApi={fakeApis().visitors}
      connection={fakeConnection()}
      actions={actions}
    />,
  );
  return { onSend: actions.send, onRetry: actions.retry, onTake: actions.take, onClose: actions.close, actions };
}

const reply = () => screen.getByRole('textbox', { name: 'Reply' }) as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(reply(), { target: { value: text } });

describe('ConversationPane', () => {
  it('shows the whole transcript in a log named after the visitor, with who wrote each line', () => {
    renderPane();
    const log = screen.getByRole('log', { name: 'Conversation with Jisoo' });
    const lines = within(log).getAllByRole('listitem');
    expect(lines.map((line) => line.querySelector('.message-author')?.textContent)).toEqual(['Visitor', 'Parley Bot', 'Parley', 'Mina']);
    expect(lines[2]?.className).toContain('author-system');
    expect(within(log).getByText('평일 오전 9시부터 오후 6시까지 운영합니다.')).toBeTruthy();
  });

  it('shows markup a visitor typed as literal text', () => {
    renderPane();
    const log = screen.getByRole('log');
    expect(within(log).getByText(XSS)).toBeTruthy();
    expect(log.querySelector('img')).toBeNull();
  });

  it('sends the reply on Enter and clears the box', () => {
    const { onSend } = renderPane();
    type('  무엇을 도와드릴까요?  ');
    fireEvent.keyDown(reply(), { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('무엇을 도와드릴까요?', { internal: false });
    expect(reply().value).toBe('');
  });

  it('sends with the Send button too', () => {
    const { onSend } = renderPane();
    type('Your parcel ships today.');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('Your parcel ships today.', { internal: false });
  });

  it('does not send on Shift+Enter, while an input method is composing, or when the reply is empty', () => {
    const { onSend } = renderPane();
    type('line one');
    fireEvent.keyDown(reply(), { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(reply(), { key: 'Enter', isComposing: true });
    type('   ');
    fireEvent.keyDown(reply(), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();
  });

  it('closes the conversation', () => {
    const { onClose } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Close conversation' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('asks to take a queued conversation before replying', () => {
    const { onTake, onSend } = renderPane({ conversation: conversation({ id: 'c1', visitorName: 'Jisoo', status: 'queued' }) });
    // Only an internal note is possible until the agent takes it.
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    const note = screen.getByRole('checkbox', { name: 'Internal note' }) as HTMLInputElement;
    expect(note.checked && note.disabled).toBe(true);
    expect(screen.getByText('Take this conversation to reply.')).toBeTruthy();
    type('VIP — handle first');
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onSend).toHaveBeenCalledWith('VIP — handle first', { internal: true });
    fireEvent.click(screen.getByRole('button', { name: 'Take conversation' }));
    expect(onTake).toHaveBeenCalled();
  });

  it('shows a reply on its way, and offers to retry one that failed', () => {
    const author = { kind: 'agent' as const, id: agentMina.id, name: 'Mina' };
    const entries = markFailed(
      [...transcript, pendingEntry({ conversationId: 'c1', clientId: 'reply-0001', text: 'first', author }), pendingEntry({ conversationId: 'c1', clientId: 'reply-0002', text: 'second', author })],
      'reply-0002',
    );
    const { onRetry } = renderPane({ entries });
    expect(screen.getByText('Sending…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledWith('reply-0002');
  });

  it('labels internal notes and shows the bot’s handoff summary', () => {
    const handedOff = { ...c1, handoff: { reason: 'visitor_request' as const, intents: [{ name: 'refund', confidence: 0.82 }], botAnswers: [], at: c1.createdAt } };
    const note = message({ conversationId: 'c1', seq: 5, text: 'VIP customer', internal: true, author: { kind: 'agent', id: 'a2', name: 'Jun' } });
    renderPane({ conversation: handedOff, entries: mergeMessages(transcript, [note]) });
    expect(within(screen.getByRole('log')).getByText('Internal note')).toBeTruthy();
    const summary = screen.getByRole('complementary', { name: 'Handed over by the bot' });
    expect(summary.textContent).toContain('The visitor asked for a person.');
    expect(summary.textContent).toContain('Refund (82%)');
  });

  it("says when the visitor is typing, and marks the reply they've read", () => {
    renderPane({ visitorTyping: true, conversation: { ...c1, readSeq: { visitor: 4, agent: 4 } } });
    expect(screen.getByText('Jisoo is typing…')).toBeTruthy();
    const lines = within(screen.getByRole('log')).getAllByRole('listitem');
    expect(lines.at(-1)?.textContent).toBe('Seen');
  });

  it('offers Transfer only on the agent’s own conversation, and transfers with a note', async () => {
    const { actions } = renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Transfer conversation' }));
    fireEvent.change(dialog.getByRole('combobox', { name: 'Transfer to' }), { target: { value: 'team:billing' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Transferred to billing.'));
    expect(actions.transfer).toHaveBeenCalledWith({ conversationId: 'c1', toTeam: 'billing', note: '' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('re-reads who is online while the transfer dialog is open, and stops when it closes', () => {
    vi.useFakeTimers();
    try {
      const refreshAgents = vi.fn();
      renderPane({ directory: staticDirectory({ teams: ['billing'], refreshAgents }) });
      expect(refreshAgents).not.toHaveBeenCalled();
      fireEvent.click(screen.getByRole('button', { name: 'Transfer' }));
      expect(refreshAgents).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(6_000);
      expect(refreshAgents).toHaveBeenCalledTimes(3);
      fireEvent.click(within(screen.getByRole('dialog', { name: 'Transfer conversation' })).getByRole('button', { name: 'Cancel' }));
      vi.advanceTimersByTime(9_000);
      expect(refreshAgents).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("offers an agent no Close on a colleague's conversation; a supervisor may", () => {
    const colleagues = conversation({ id: 'c1', visitorName: 'Jisoo', status: 'assigned', assignedAgentId: 'a00000000000000000000002', assignedAgentName: 'Jun' });
    renderPane({ conversation: colleagues, self: { ...agentMina, role: 'agent' } });
    expect(screen.queryByRole('button', { name: 'Close conversation' })).toBeNull();
    cleanup();
    renderPane({ conversation: colleagues, self: { ...agentMina, role: 'supervisor' } });
    expect(screen.getByRole('button', { name: 'Close conversation' })).toBeTruthy();
  });

  it('shows a failed action as an alert', () => {
    renderPane({ error: 'This conversation is closed.' });
    expect(screen.getByRole('alert').textContent).toBe('This conversation is closed.');
  });
});

describe('a long conversation', () => {
  it('offers the earlier messages only while there are some, and asks for them', () => {
    const { actions } = renderPane({ olderAvailable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Load earlier messages' }));
    expect(actions.loadOlder).toHaveBeenCalledTimes(1);
    cleanup();
    renderPane({ olderAvailable: false });
    expect(screen.queryByRole('button', { name: 'Load earlier messages' })).toBeNull();
  });
});
