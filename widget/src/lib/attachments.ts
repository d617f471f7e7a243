/**
 * Files the visitor sends and sees: the site's limits, the upload with progress, and
 * reading a file back with the visitor's token (an `<img src>` cannot send one, so files
 * are fetched and shown from object URLs, cached per attachment for the page's life).
 */
import type { Attachment } from '../../../shared/domain';
import { VISITOR_API } from '../../../shared/http';
import type { WidgetSettings } from '../../../shared/settings';
import type { ChatController, Notice } from './chat-controller';

export type AttachmentRules = WidgetSettings['attachments'];

/** `image/png` is allowed by `image/png` or `image/*`: the server's own rule. */
export const typeAllowed = (type: string, allowed: readonly string[]) =>
  allowed.some((rule) => rule === type || (rule.endsWith('/*') && type.startsWith(rule.slice(0, -1))));

/** Why the site would refuse `file`, checked before uploading a byte; null when it may go. */
export function fileProblem(file: { type: string; size: number }, rules: AttachmentRules): Notice | null {
  if (!rules.enabled) return 'PARLEY_ERR_FORBIDDEN';
  if (!typeAllowed(file.type.toLowerCase(), rules.allowedTypes)) return 'PARLEY_WIDGET_FILE_TYPE';
  if (file.size > rules.maxBytes || file.size === 0) return 'PARLEY_WIDGET_FILE_SIZE';
  return null;
}

/**
 * `POST /api/attachments?name=…` with the raw file as the body and the visitor's token.
 * XMLHttpRequest rather than fetch: only it reports upload progress.
 */
export function uploadFile(request: { origin: string; token: string; file: File; onProgress: (fraction: number) => void }): Promise<Attachment> {
  const { origin, token, file, onProgress } = request;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${origin}${VISITOR_API.attachments}?name=${encodeURIComponent(file.name || 'file')}`);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', file.type);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      if (xhr.status === 201) resolve((JSON.parse(xhr.responseText) as { attachment: Attachment }).attachment);
      else reject(new Error(`upload refused: ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('upload failed'));
    xhr.send(file);
  });
}

/** GETs `path` on Parley (or POSTs to it, without a body) with the visitor's token. */
export async function fetchWithToken(origin: string, path: string, token: string, method?: 'POST'): Promise<Blob> {
  const response = await fetch(`${origin}${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`request refused: ${response.status}`);
  return response.blob();
}

const objectUrls = new Map<string, Promise<string>>();

/** Shows an image the visitor just uploaded from its local copy, without fetching it back. */
export function rememberPreview(attachmentId: string, url: string) {
  objectUrls.set(attachmentId, Promise.resolve(url));
}

/** An object URL for the attachment, fetched once per page. */
export function attachmentUrl(attachmentId: string, fetchBlob: () => Promise<Blob>): Promise<string> {
  let url = objectUrls.get(attachmentId);
  if (!url) {
    url = fetchBlob().then((blob) => URL.createObjectURL(blob));
    // A failed fetch may be tried again later.
    url.catch(() => objectUrls.delete(attachmentId));
    objectUrls.set(attachmentId, url);
  }
  return url;
}

/** An object URL for an attachment of this visitor's conversation, fetched with their token. */
export const attachmentUrlFor = (chat: Pick<ChatController, 'download'>, attachmentId: string) =>
  attachmentUrl(attachmentId, () => chat.download(VISITOR_API.attachment(attachmentId)));

/** Releases every object URL (the widget is going away). */
export function releaseAttachmentUrls() {
  for (const url of objectUrls.values()) void url.then(URL.revokeObjectURL, () => {});
  objectUrls.clear();
}

/** Saves a file through a temporary link: a Blob, or an object URL already made for it. */
export function saveFile(source: Blob | string, name: string, doc: Document = document) {
  const link = doc.createElement('a');
  link.href = typeof source === 'string' ? source : URL.createObjectURL(source);
  link.download = name;
  doc.body.append(link);
  link.click();
  link.remove();
  if (typeof source !== 'string') setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
