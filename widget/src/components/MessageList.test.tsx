import { fireEvent, render, screen, within } from '@testing-library/preact';
import { BOT_NAME, type QuickReply } from '../../../shared/domain';
import { strings } from '../i18n';
import { buildThread, type OutgoingMessage, type Upload } from '../lib/thread';
import { aMessage, anOutgoing } from '../testing/fixtures';
import { MessageList } from './MessageList';
import type { Message } from '../../../shared/domain';

const bot = { kind: 'bot', id: null, name: BOT_NAME } as const;
const agent = { kind: 'agent', id: 'a1', name: 'Mina' } as const;
const system = { kind: 'system', id: null, name: null } as const;

function renderList(messages: Message[], outgoing: OutgoingMessage[] = [], locale: 'en' | 'ko' = 'en', extra: { uploads?: Upload[]; agentReadSeq?: number } = {}) {
  const onQuickReply = vi.fn<(reply: QuickReply) => void>();
  const onRetry = vi.fn();
  const loadAttachment = vi.fn(async (id: string) => `blob:${id}`);
  render(
    <MessageList
      thread={buildThread(messages, outgoing, extra.uploads)}
      t={strings[locale]}
      locale={locale}
      greeting={strings[locale].emptyThread}
      agentReadSeq={extra.agentReadSeq ?? 0}
      onQuickReply={onQuickReply}
      onRetry={onRetry}
      loadAttachment={loadAttachment}
      onDownloadError={() => {}}
    />,
  );
  return { onQuickReply, onRetry, loadAttachment, log: screen.getByRole('log') };
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

  it('marks the visitor’s latest message delivered, then read once an agent read it', () => {
    renderList([aMessage({ seq: 1, text: 'first' }), aMessage({ seq: 2, author: agent }), aMessage({ seq: 3, text: 'second' })], [], 'en', { agentReadSeq: 2 });
    expect(screen.getAllByText('Delivered')).toHaveLength(1);
    expect(screen.getByText('second').closest('.message')!.textContent).toContain('Delivered');
    document.body.innerHTML = '';
    renderList([aMessage({ seq: 1 }), aMessage({ seq: 3, text: 'second' })], [], 'ko', { agentReadSeq: 3 });
    expect(screen.getByText('읽음')).toBeTruthy();
  });

  it('makes web and mail links clickable, in a new tab, without a handle on the widget', () => {
    const { log } = renderList([aMessage({ seq: 1, author: agent, text: 'See https://shop.example.com/returns. Or write to help@shop.example.com' })]);
    const link = within(log).getByRole('link', { name: 'https://shop.example.com/returns' });
    expect(link.getAttribute('href')).toBe('https://shop.example.com/returns');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(within(log).getByRole('link', { name: 'help@shop.example.com' }).getAttribute('href')).toBe('mailto:help@shop.example.com');
  });

  it('never turns a javascript: "link" into an anchor', () => {
    const { log } = renderList([aMessage({ seq: 1, text: 'javascript:alert(1)' })]);
    expect(within(log).queryByRole('link')).toBeNull();
  });

  it('shows the agent’s initials beside their messages', () => {
    renderList([aMessage({ seq: 1, author: { kind: 'agent', id: 'a1', name: 'Mina Park' } })]);
    expect(screen.getByText('MP').getAttribute('aria-hidden')).toBe('true');
  });

  it('previews an image attachment and offers any file for download', async () => {
    const image = { id: 'a'.repeat(24), name: 'receipt.png', type: 'image/png', size: 10 };
    const pdf = { id: 'b'.repeat(24), name: 'invoice.pdf', type: 'application/pdf', size: 10 };
    const { loadAttachment } = renderList([aMessage({ seq: 1, text: '', attachment: image }), aMessage({ seq: 2, text: 'here', attachment: pdf })]);
    const preview = (await screen.findByRole('img', { name: 'receipt.png' })) as HTMLImageElement;
    expect(preview.src).toBe(`blob:${image.id}`);
    expect(screen.getByRole('button', { name: 'Download receipt.png' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download invoice.pdf' })).toBeTruthy();
    expect(loadAttachment).toHaveBeenCalledTimes(1);
  });

  it('shows a file’s upload progress, and offers to try a failed upload again', () => {
    const uploading: Upload = { id: 'upload-1', name: 'cat.png', type: 'image/png', progress: 0.4, state: 'uploading', preview: null };
    const { onRetry } = renderList([], [], 'en', { uploads: [uploading, { ...uploading, id: 'upload-2', name: 'dog.png', state: 'failed' }] });
    const progress = screen.getByRole('progressbar', { name: 'Uploading cat.png' });
    expect(progress.getAttribute('value')).toBe('0.4');
    expect(screen.getByText('Upload failed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledWith('upload-2');
  });
});
