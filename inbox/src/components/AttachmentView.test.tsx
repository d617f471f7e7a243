import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { AttachmentApiContext, type AttachmentApi } from '../conversation/attachment-api';
import { AttachmentDrop } from '../conversation/AttachmentDrop';
import { StringsContext, stringsFor } from '../i18n';
import { message } from '../testing/fixtures';
import { MessageItem } from './MessageItem';

const pdf = { id: 'f'.repeat(24), name: 'invoice-42.pdf', type: 'application/pdf', size: 12_800 };
const png = { id: 'e'.repeat(24), name: 'screenshot.png', type: 'image/png', size: 2_400_000 };

function fakeApi(): AttachmentApi & { uploaded: File[] } {
  const uploaded: File[] = [];
  return {
    uploaded,
    load: vi.fn(async () => new Blob(['x'], { type: 'image/png' })),
    upload: vi.fn(async (_conversationId: string, file: File) => {
      uploaded.push(file);
      return { id: 'a'.repeat(24), name: file.name, type: file.type, size: file.size };
    }),
  };
}

function withApi(api: AttachmentApi, children: ComponentChildren, locale: 'en' | 'ko' = 'en') {
  return render(
    <StringsContext.Provider value={stringsFor(locale)}>
      <AttachmentApiContext.Provider value={api}>{children}</AttachmentApiContext.Provider>
    </StringsContext.Provider>,
  );
}

beforeAll(() => {
  URL.createObjectURL ??= () => 'blob:preview';
  URL.revokeObjectURL ??= () => {};
});

describe('attachments in the inbox', () => {
  it('shows a visitor’s file as a card with its name, size and a download button', () => {
    const entry = { ...message({ conversationId: 'c1', seq: 3, text: '', author: { kind: 'visitor', id: 'v1', name: null } }), attachment: pdf, delivery: 'sent' as const };
    withApi(fakeApi(), <MessageItem entry={entry} selfAgentId="a1" onRetry={() => {}} />);
    expect(screen.getByText('invoice-42.pdf')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download invoice-42.pdf (13 kB)' })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('previews an image, named in the agent’s language', async () => {
    const api = fakeApi();
    const entry = { ...message({ conversationId: 'c1', seq: 3, text: '', author: { kind: 'visitor', id: 'v1', name: null } }), attachment: png, delivery: 'sent' as const };
    withApi(api, <MessageItem entry={entry} selfAgentId="a1" onRetry={() => {}} />, 'ko');
    expect(await screen.findByRole('img', { name: 'screenshot.png 미리 보기' })).toBeTruthy();
    expect(api.load).toHaveBeenCalledWith(png.id);
    expect(screen.getByRole('button', { name: /^screenshot\.png 내려받기 \(2\.3 ?MB\)$/ })).toBeTruthy();
  });

  it('uploads a file the agent pastes into the reply area and sends it', async () => {
    const api = fakeApi();
    const attached = vi.fn();
    withApi(api, <AttachmentDrop conversationId="c1" enabled onAttached={attached}><textarea aria-label="Reply" /></AttachmentDrop>);
    const file = new File(['%PDF'], 'quote.pdf', { type: 'application/pdf' });
    fireEvent.paste(screen.getByRole('textbox', { name: 'Reply' }), { clipboardData: { files: [file], types: ['Files'] } });
    await waitFor(() => expect(attached).toHaveBeenCalledWith(expect.objectContaining({ name: 'quote.pdf' })));
    expect(api.upload).toHaveBeenCalledWith('c1', file);
  });

  it('uploads a file chosen with the attach button, and says why a refused one was not sent', async () => {
    const api = fakeApi();
    api.upload = vi.fn(async () => {
      const { ParleyClientError } = await import('../lib/errors');
      throw new ParleyClientError('PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE', 'no');
    });
    withApi(api, <AttachmentDrop conversationId="c1" enabled onAttached={() => {}}><textarea aria-label="Reply" /></AttachmentDrop>);
    const input = screen.getByLabelText('Attach a file') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' })] } });
    expect((await screen.findByRole('alert')).textContent).toBe('tool.exe: This kind of file cannot be sent on this site.');
  });

  it('offers no attach control to an agent who may not reply', () => {
    withApi(fakeApi(), <AttachmentDrop conversationId="c1" enabled={false} onAttached={() => {}}><textarea aria-label="Reply" /></AttachmentDrop>);
    expect(screen.queryByLabelText('Attach a file')).toBeNull();
  });
});
