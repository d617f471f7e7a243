import { fireEvent, render, screen } from '@testing-library/preact';
import { BOT_NAME } from '../../../shared/domain';
import { strings } from '../i18n';
import { aConversation, aMessage, fakeChat } from '../testing/fixtures';
import { ChatPanel } from './ChatPanel';
import type { FakeChat } from '../testing/fixtures';

function renderPanel(chat: FakeChat, locale: 'en' | 'ko' = 'en') {
  const onClose = vi.fn();
  render(<ChatPanel chat={chat} t={strings[locale]} locale={locale} onClose={onClose} />);
  return { onClose };
}

const bot = { kind: 'bot', id: null, name: BOT_NAME } as const;

describe('ChatPanel', () => {
  it('sends what the visitor types through the controller', () => {
    const chat = fakeChat();
    renderPanel(chat);
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'What are your hours?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(chat.send).toHaveBeenCalledWith('What are your hours?');
  });

  it('asks for a human from the header button', () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a human' }));
    expect(chat.requestHandoff).toHaveBeenCalledTimes(1);
  });

  it('keeps focus in the widget after a button that goes away is pressed', () => {
    const chat = fakeChat({ messages: [aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Refunds' }] })] });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a human' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message' }));
    (document.activeElement as HTMLElement).blur();
    fireEvent.click(screen.getByRole('button', { name: 'Refunds' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Message' }));
  });

  it('asks for a human when the bot’s handoff quick reply is pressed', () => {
    const chat = fakeChat({
      messages: [aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Speak to someone', action: 'handoff' }] })],
    });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Speak to someone' }));
    expect(chat.requestHandoff).toHaveBeenCalledTimes(1);
    expect(chat.send).not.toHaveBeenCalled();
  });

  it('sends a plain quick reply’s label as a message, and a "solved" one closes the conversation', () => {
    const chat = fakeChat({
      messages: [aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Refunds' }, { label: 'This solved it', action: 'solved' }] })],
    });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Refunds' }));
    fireEvent.click(screen.getByRole('button', { name: 'This solved it' }));
    expect(chat.send).toHaveBeenCalledWith('Refunds');
    expect(chat.markSolved).toHaveBeenCalledTimes(1);
  });

  it('hides "Talk to a human" once the conversation is queued, and shows the place in line', () => {
    const chat = fakeChat({ conversation: aConversation({ status: 'queued' }), queue: { conversationId: 'c1', position: 2, estimatedWaitSeconds: 150 } });
    renderPanel(chat);
    expect(screen.queryByRole('button', { name: 'Talk to a human' })).toBeNull();
    expect(screen.getByText('You are number 2 in line (about 3 min)')).toBeTruthy();
  });

  it('hides "Talk to a human" once an agent has the conversation, and names the agent', () => {
    const chat = fakeChat({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina' }) });
    renderPanel(chat, 'ko');
    expect(screen.queryByRole('button', { name: '상담원 연결' })).toBeNull();
    expect(screen.getByText('Mina 상담원과 대화하고 있어요')).toBeTruthy();
  });

  it('follows the conversation as it changes', () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat);
    expect(screen.getByText('Our bot answers right away')).toBeTruthy();
    chat.setState({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina' }) });
    return screen.findByText("You're chatting with Mina");
  });

  it('tells the visitor when the connection is being restored', () => {
    renderPanel(fakeChat({ status: 'reconnecting' }));
    expect(screen.getByRole('status').textContent).toBe('Connection lost. Reconnecting…');
  });

  it('shows a failed request as an alert the visitor can dismiss', () => {
    const chat = fakeChat({ notice: 'PARLEY_WIDGET_TIMEOUT' });
    renderPanel(chat);
    expect(screen.getByRole('alert').textContent).toContain("We couldn't reach the chat server");
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(chat.dismissNotice).toHaveBeenCalled();
  });

  it('shows when the agent is typing a reply', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina' }), agentTyping: 'Mina' }), 'ko');
    expect(screen.getByText('Mina 상담원이 입력하고 있어요…')).toBeTruthy();
  });
});
