import { fileProblem, typeAllowed } from './attachments';
import { createUploadQueue } from './upload-queue';

const rules = { enabled: true, maxBytes: 1000, allowedTypes: ['image/*', 'application/pdf'] };

describe('attachment rules', () => {
  it('accepts the site’s types, with image/* covering every image', () => {
    expect(typeAllowed('image/webp', rules.allowedTypes)).toBe(true);
    expect(typeAllowed('application/pdf', rules.allowedTypes)).toBe(true);
    expect(typeAllowed('text/html', rules.allowedTypes)).toBe(false);
  });

  it('names the problem with a file before any byte is sent', () => {
    expect(fileProblem({ type: 'image/png', size: 10 }, rules)).toBeNull();
    expect(fileProblem({ type: 'text/html', size: 10 }, rules)).toBe('PARLEY_WIDGET_FILE_TYPE');
    expect(fileProblem({ type: 'image/png', size: 1001 }, rules)).toBe('PARLEY_WIDGET_FILE_SIZE');
    expect(fileProblem({ type: 'image/png', size: 0 }, rules)).toBe('PARLEY_WIDGET_FILE_SIZE');
    expect(fileProblem({ type: 'image/png', size: 10 }, { ...rules, enabled: false })).toBe('PARLEY_ERR_FORBIDDEN');
  });
});

describe('upload queue', () => {
  it('reports progress, then hands the stored file on and leaves the thread', async () => {
    let finish!: (attachment: { id: string; name: string; type: string; size: number }) => void;
    let progress!: (fraction: number) => void;
    const onUploaded = vi.fn();
    const queue = createUploadQueue({
      upload: (_file, onProgress) => {
        progress = onProgress;
        return new Promise((resolve) => (finish = resolve));
      },
      onUploaded,
      preview: () => 'blob:local',
    });
    queue.add(new File(['x'], 'cat.png', { type: 'image/png' }));
    progress(0.25);
    expect(queue.get()).toMatchObject([{ name: 'cat.png', progress: 0.25, state: 'uploading', preview: 'blob:local' }]);
    finish({ id: 'a1', name: 'cat.png', type: 'image/png', size: 1 });
    await Promise.resolve();
    expect(queue.get()).toEqual([]);
    expect(onUploaded).toHaveBeenCalledWith({ id: 'a1', name: 'cat.png', type: 'image/png', size: 1 }, 'blob:local');
  });

  it('keeps a failed upload to try again', async () => {
    const upload = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ id: 'a1', name: 'a.pdf', type: 'application/pdf', size: 1 });
    const onUploaded = vi.fn();
    const queue = createUploadQueue({ upload, onUploaded, preview: () => null });
    queue.add(new File(['x'], 'a.pdf', { type: 'application/pdf' }));
    await Promise.resolve();
    await Promise.resolve();
    const [failed] = queue.get();
    expect(failed?.state).toBe('failed');
    expect(queue.retry(failed!.id)).toBe(true);
    expect(queue.retry('not-an-upload')).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(onUploaded).toHaveBeenCalledTimes(1);
  });
});
