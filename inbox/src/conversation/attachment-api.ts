/**
 * Files in conversations, as an agent reaches them: reading one back (with the agent's
 * token, so not through a plain `<img src>`) and uploading into a conversation. The
 * server applies the site's type and size rules, the same as for visitors.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Attachment } from '../../../shared/domain';
import { API } from '../../../shared/http';
import { requestJson, type FetchLike } from '../lib/api';
import { ParleyClientError, isErrorResponse } from '../lib/errors';

export interface AttachmentApi {
  load(attachmentId: string): Promise<Blob>;
  upload(conversationId: string, file: File): Promise<Attachment>;
}

export function createAttachmentApi(fetchFn: FetchLike, token: string): AttachmentApi {
  const authorization = `Bearer ${token}`;
  return {
    async load(attachmentId) {
      let response: Response;
      try {
        response = await fetchFn(API.attachment(attachmentId), { headers: { authorization } });
      } catch (error) {
        throw new ParleyClientError('network', 'Parley cannot be reached', { cause: error });
      }
      if (response.ok) return response.blob();
      const body: unknown = await response.json().catch(() => null);
      throw isErrorResponse(body) ? ParleyClientError.from(body.error) : new ParleyClientError('PARLEY_ERR_NOT_FOUND', `HTTP ${response.status}`);
    },
    async upload(conversationId, file) {
      const query = new URLSearchParams({ conversationId, name: file.name || 'file' });
      const { attachment } = await requestJson<{ attachment: Attachment }>(fetchFn, `${API.attachments}?${query}`, {
        method: 'POST',
        headers: { authorization, 'content-type': file.type || 'application/octet-stream' },
        body: file,
      });
      return attachment;
    },
  };
}

/** Null where files cannot be reached (some tests): attachments then show as cards without previews. */
export const AttachmentApiContext = createContext<AttachmentApi | null>(null);

export const useAttachmentApi = () => useContext(AttachmentApiContext);

/** "12 KB", "1.4 MB" in the reader's language. */
export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}
