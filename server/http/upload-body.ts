/**
 * Reads an upload's body only after the caller passed every check, and never more than
 * the cap: a declared Content-Length over the cap is refused before a byte is read, and
 * a body that grows past it is cut off. Bodies arrive as sent (no Content-Encoding):
 * a compressed body could expand far past the cap after it was admitted.
 */
import type { Request } from 'express';
import { ParleyError } from '../errors';

export function checkUploadHeaders(req: Request, maxBytes: number) {
  const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') throw new ParleyError('PARLEY_ERR_BAD_ENCODING', 'send the file as it is, without Content-Encoding');
  const declared = Number(req.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
}

export function readUpload(req: Request, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanUp();
        chunks.length = 0;
        // The route answers and then closes the connection instead of draining the rest.
        req.pause();
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', 'the upload was cut short', { cause: error }));
    };
    const onAborted = () => onError(new Error('request aborted'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

function tooLarge(maxBytes: number) {
  return new ParleyError('PARLEY_ERR_PAYLOAD_TOO_LARGE', `files may be at most ${Math.floor(maxBytes / 1024)} KB`);
}
