/**
 * Files on their way to the server, shown in the thread with their progress. A finished
 * upload becomes an ordinary outgoing message (and so goes through the outbox); a failed
 * one stays in the thread with "Try again".
 */
import type { Attachment } from '../../../shared/domain';
import { createClientId } from './client-id';
import { createStore, type ReadableStore } from './store';
import type { Upload } from './thread';

export interface UploadQueueDeps {
  upload(file: File, onProgress: (fraction: number) => void): Promise<Attachment>;
  /** The file is stored: send it as a message. `preview` is the local image URL, if any. */
  onUploaded(attachment: Attachment, preview: string | null): void;
  /** A local URL to show an image before it is uploaded; null for other files. */
  preview?: (file: File) => string | null;
}

export interface UploadQueue extends ReadableStore<Upload[]> {
  add(file: File): void;
  /** Uploads a failed file again; false when `id` is not a failed upload. */
  retry(id: string): boolean;
  dispose(): void;
}

const imagePreview = (file: File) => (file.type.startsWith('image/') ? URL.createObjectURL(file) : null);

export function createUploadQueue(deps: UploadQueueDeps): UploadQueue {
  const store = createStore<Upload[]>([]);
  const files = new Map<string, File>();
  const preview = deps.preview ?? imagePreview;
  let disposed = false;

  const change = (id: string, update: Partial<Upload>) => store.update((all) => all.map((upload) => (upload.id === id ? { ...upload, ...update } : upload)));

  function start(id: string) {
    const file = files.get(id)!;
    change(id, { state: 'uploading', progress: 0 });
    deps.upload(file, (progress) => !disposed && change(id, { progress })).then(
      (attachment) => {
        if (disposed) return;
        const done = store.get().find((upload) => upload.id === id);
        files.delete(id);
        store.update((all) => all.filter((upload) => upload.id !== id));
        deps.onUploaded(attachment, done?.preview ?? null);
      },
      () => !disposed && change(id, { state: 'failed' }),
    );
  }

  return {
    get: store.get,
    subscribe: store.subscribe,
    add(file) {
      const id = `upload-${createClientId()}`;
      files.set(id, file);
      store.update((all) => [...all, { id, name: file.name, type: file.type, progress: 0, state: 'uploading', preview: preview(file) }]);
      start(id);
    },
    retry(id) {
      if (store.get().find((upload) => upload.id === id)?.state !== 'failed') return false;
      start(id);
      return true;
    },
    dispose() {
      disposed = true;
    },
  };
}
