/** The panel's forms: pre-chat, offline, CSAT, and the transcript download. */
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { aConfig, aConversation, aMessage, fakeChat } from '../testing/fixtures';
import { renderPanel } from '../testing/render-panel';

const preChatConfig = (fields: ('name' | 'email' | 'topic')[], teams?: string[]) => ({ ...aConfig({ widget: { preChat: { enabled: true, fields } } }), ...(teams ? { teams } : {}) });

describe('pre-chat form', () => {
  it('asks the configured questions before the first message, then lets the visitor chat', async () => {
    const chat = fakeChat();
    renderPanel(chat, { config: preChatConfig(['name', 'email']) });
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Mina' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'mina@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    await screen.findByRole('textbox', { name: 'Message' });
    expect(chat.submitProfile).toHaveBeenCalledWith({ name: 'Mina', email: 'mina@example.com' });
  });

  it('says what is missing or wrong, next to the field', async () => {
    const chat = fakeChat();
    renderPanel(chat, { config: preChatConfig(['name', 'email']), locale: 'ko' });
    fireEvent.input(screen.getByRole('textbox', { name: '이메일' }), { target: { value: 'not-an-email' } });
    fireEvent.click(screen.getByRole('button', { name: '상담 시작' }));
    const name = screen.getByRole('textbox', { name: '이름' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('입력해 주세요.')).toBeTruthy();
    expect(screen.getByText('올바른 이메일 주소를 입력해 주세요.')).toBeTruthy();
    expect(document.activeElement).toBe(name);
    expect(chat.submitProfile).not.toHaveBeenCalled();
  });

  it('offers the site’s teams as topics when the configuration lists them', () => {
    renderPanel(fakeChat(), { config: preChatConfig(['topic'], ['Billing', 'Shipping']) });
    const topic = screen.getByRole('combobox', { name: 'Topic' });
    expect([...topic.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['', 'Billing', 'Shipping']);
  });

  it('is skipped for a signed-in user, a visitor who answered it, and a conversation under way', () => {
    renderPanel(fakeChat(), { config: preChatConfig(['name']), identified: true });
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
    document.body.innerHTML = '';
    renderPanel(fakeChat(), { config: preChatConfig(['name']), memory: { profileGiven: true } });
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
    document.body.innerHTML = '';
    renderPanel(fakeChat({ messages: [aMessage({ seq: 1 })] }), { config: preChatConfig(['name']) });
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
  });
});

describe('offline form', () => {
  it('asks the server, which keeps the request as a message when nobody is available, then takes the message', async () => {
    const chat = fakeChat({ conversation: aConversation() });
    renderPanel(chat, { config: aConfig({ agentsAvailable: false }) });
    fireEvent.click(screen.getByRole('button', { name: 'Talk to a human' }));
    // One decision, on the server, for the button and for words to the bot alike.
    expect(chat.requestHandoff).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('form', { name: 'Send message' })).toBeNull();
    act(() => chat.setState({ conversation: aConversation({ status: 'offline' }) }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Email' }), { target: { value: 'mina@example.com' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Your message' }), { target: { value: 'Please call me back' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText("Thanks! We'll reply to mina@example.com.")).toBeTruthy();
    expect(chat.leaveOfflineMessage).toHaveBeenCalledWith({ email: 'mina@example.com', text: 'Please call me back' });
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
  });

  it('appears when the conversation goes offline, until the visitor left their email for it', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'offline' }) }));
    expect(screen.getByRole('form', { name: 'Send message' })).toBeTruthy();
    document.body.innerHTML = '';
    renderPanel(fakeChat({ conversation: aConversation({ status: 'offline' }) }), { memory: { offlineSentFor: 'c1' } });
    expect(screen.queryByRole('form', { name: 'Send message' })).toBeNull();
  });

  it('needs an email address and a message', () => {
    const chat = fakeChat({ conversation: aConversation({ status: 'offline' }) });
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(screen.getAllByText('Please fill this in.')).toHaveLength(2);
    expect(chat.leaveOfflineMessage).not.toHaveBeenCalled();
  });
});

describe('after an agent closed the conversation', () => {
  const closed = () => fakeChat({ conversation: aConversation({ id: 'c'.repeat(24), status: 'closed', resolution: 'agent' }) });

  it('asks for a 1–5 rating with an optional comment', async () => {
    const chat = closed();
    renderPanel(chat);
    const send = screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: '4 out of 5' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Comment (optional)' }), { target: { value: 'Quick and kind' } });
    fireEvent.click(send);
    expect(await screen.findByText('Thanks for your feedback!')).toBeTruthy();
    expect(chat.rate).toHaveBeenCalledWith(4, 'Quick and kind');
  });

  it('does not ask again once rated, nor for a conversation the bot solved', () => {
    renderPanel(fakeChat({ conversation: aConversation({ status: 'closed', resolution: 'agent', csat: { score: 5, comment: null } }) }));
    expect(screen.queryByRole('radio', { name: '5 out of 5' })).toBeNull();
    document.body.innerHTML = '';
    renderPanel(fakeChat({ conversation: aConversation({ status: 'closed', resolution: 'bot' }) }));
    expect(screen.queryByRole('radio', { name: '5 out of 5' })).toBeNull();
  });

  it('offers the transcript as a file', async () => {
    const chat = closed();
    const createObjectURL = vi.fn(() => 'blob:transcript');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel(chat);
    fireEvent.click(screen.getByRole('button', { name: 'Download transcript' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    // With the visitor's timezone, so the file's times are on their clock.
    const zone = encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(chat.download).toHaveBeenCalledWith(`/api/visitor/conversations/${'c'.repeat(24)}/transcript?tz=${zone}`);
    click.mockRestore();
  });
});
