import { fireEvent, screen } from '@testing-library/preact';
import { BOT_NAME } from '../../../shared/domain';
import { aConfig, aConversation, aMessage, fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

const bot = { kind: 'bot', id: null, name: BOT_NAME } as const;

describe('ChatPanel', () => {
  it('is a dialog named after the site, with the site’s name in its header', () => {
    renderPanel(fakeChat());
    expect(screen.getByRole('dialog', { name: 'Test Shop' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Test Shop' })).toBeTruthy();
  });

  it('says whether someone is there to answer before an agent has the conversation', () => {
    renderPanel(fakeChat(), { config: aConfig({ agentsAvailable: false }) });
    expect(screen.getByText('Our bot answers right away; agents reply to messages by email')).toBeTruthy();
  });

  it('sends what the visitor types through the controller', () => {
    const chat = fakeChat();
    renderPanel(chat);
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'What are your hours?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(chat.send).toHaveBeenCalledWith('What are your hours?');
  });

  it('starts from the draft left on the previous page and keeps it up to date', () => {
    const { onDraftChange } = renderPanel(fakeChat(), { memory: { draft: 'Half a ques' } });
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    expect(box.value).toBe('Half a ques');
    fireEvent.input(box, { target: { value: 'Half a question' } });
    expect(onDraftChange).toHaveBeenLastCalledWith('Half a question');
  });

  it('closes on Escape', () => {
    const { onClose } = renderPanel(fakeChat());
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes from the close button', () => {
    const { onClose } = renderPanel(fakeChat());
    fireEvent.click(screen.getByRole('button', { name: 'Close chat' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('greets with the proactive message, else the site’s greeting', () => {
    renderPanel(fakeChat(), { greeting: 'Need help with your order?' });
    expect(screen.getByText('Need help with your order?')).toBeTruthy();
    document.body.innerHTML = '';
    renderPanel(fakeChat(), { locale: 'ko' });
    expect(screen.getByText('안녕하세요! 무엇을 도와드릴까요?')).toBeTruthy();
  });

  it('asks for a human from the button', () => {
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
    const chat = fakeChat({ messages: [aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Speak to someone', action: 'handoff' }] })] });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Speak to someone' }));
    expect(chat.requestHandoff).toHaveBeenCalledTimes(1);
    expect(chat.send).not.toHaveBeenCalled();
  });

  it('sends a plain quick reply’s label as a message, and a "solved" one closes the conversation', () => {
    const chat = fakeChat({ messages: [aMessage({ seq: 1, author: bot, quickReplies: [{ label: 'Refunds' }, { label: 'This solved it', action: 'solved' }] })] });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Refunds' }));
    fireEvent.click(screen.getByRole('button', { name: 'This solved it' }));
    expect(chat.send).toHaveBeenCalledWith('Refunds');
    expect(chat.markSolved).toHaveBeenCalledTimes(1);
  });

  it('hides "Talk to a human" once the conversation is queued, and shows the place in line', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'queued' }), queue: { conversationId: 'c1', position: 2, estimatedWaitSeconds: 150 } }));
    expect(screen.queryByRole('button', { name: 'Talk to a human' })).toBeNull();
    expect(screen.getByText('You are number 2 in line (about 3 min)')).toBeTruthy();
  });

  it('hides "Talk to a human" once an agent has the conversation, and names the agent with their initials', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina Park' }) }), { locale: 'ko' });
    expect(screen.queryByRole('button', { name: '상담원 연결' })).toBeNull();
    expect(screen.getByText('Mina Park 상담원이 도와드리고 있습니다')).toBeTruthy();
    expect(screen.getByText('MP')).toBeTruthy();
  });

  it('follows the conversation as it changes', () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat);
    expect(screen.getByText('An agent is available')).toBeTruthy();
    chat.setState({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina' }) });
    return screen.findByText("You're chatting with Mina");
  });

  it('tells the visitor when the connection is being restored', () => {
    renderPanel(fakeChat({ status: 'reconnecting' }));
    expect(screen.getByRole('status').textContent).toBe('Connection lost. Reconnecting…');
  });

  it('explains a refused identity instead of chatting anonymously', () => {
    renderPanel(fakeChat({ status: 'unavailable', refusal: 'PARLEY_ERR_FORBIDDEN' }), { identified: true });
    expect(screen.getByRole('status').textContent).toBe("We couldn't verify your account, so chat can't start. Please sign in again.");
  });

  it('shows a failed request as an alert the visitor can dismiss', () => {
    const chat = fakeChat({ notice: 'PARLEY_WIDGET_TIMEOUT' });
    renderPanel(chat);
    expect(screen.getByRole('alert').textContent).toContain("We couldn't reach the chat server");
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(chat.dismissNotice).toHaveBeenCalled();
  });

  it('shows when the agent is typing a reply', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'assigned', assignedAgentName: 'Mina' }), agentTyping: 'Mina' }), { locale: 'ko' });
    expect(screen.getByText('Mina 상담원이 답변을 입력하고 있습니다…')).toBeTruthy();
  });
});

describe('ChatPanel attachments', () => {
  const png = () => new File(['png'], 'cat.png', { type: 'image/png' });

  it('attaches files picked with the button', () => {
    const chat = fakeChat();
    renderPanel(chat);
    screen.getByRole('button', { name: 'Attach a file' });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toContain('image/png');
    fireEvent.change(input, { target: { files: [png()] } });
    expect(chat.attach).toHaveBeenCalledWith(expect.objectContaining({ name: 'cat.png' }));
  });

  it('attaches files dropped on the panel', () => {
    const chat = fakeChat();
    renderPanel(chat);
    const dialog = screen.getByRole('dialog');
    fireEvent.dragOver(dialog, { dataTransfer: { types: ['Files'], files: [] } });
    expect(screen.getByText('Drop files to send them')).toBeTruthy();
    fireEvent.drop(dialog, { dataTransfer: { types: ['Files'], files: [png()] } });
    expect(chat.attach).toHaveBeenCalledTimes(1);
  });

  it('attaches files pasted into the message box', () => {
    const chat = fakeChat();
    renderPanel(chat);
    fireEvent.paste(screen.getByRole('textbox', { name: 'Message' }), { clipboardData: { files: [png()] } });
    expect(chat.attach).toHaveBeenCalledTimes(1);
  });

  it('offers no attachments on a site that turned them off', () => {
    renderPanel(fakeChat(), { config: aConfig({ widget: { attachments: { enabled: false, maxBytes: 1024, allowedTypes: [] } } }) });
    expect(screen.queryByRole('button', { name: 'Attach a file' })).toBeNull();
  });
});
