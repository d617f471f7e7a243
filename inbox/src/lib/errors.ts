/**
 * One error type for everything the inbox asks of Parley, over HTTP or the socket:
 * the server's stable code and message, or a local `network` / `timeout` when no answer came.
 */
import type { ErrorBody, ErrorCode } from '../../../shared/errors';

export type ClientErrorCode = ErrorCode | 'network' | 'timeout';

export class ParleyClientError extends Error {
  override readonly name = 'ParleyClientError';

  constructor(
    readonly code: ClientErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static from(body: ErrorBody): ParleyClientError {
    return new ParleyClientError(body.code, body.message);
  }
}

/** Anything thrown at the UI, as code + message it can show. */
export function toClientError(error: unknown): ParleyClientError {
  if (error instanceof ParleyClientError) return error;
  return new ParleyClientError('network', error instanceof Error ? error.message : String(error), { cause: error });
}

/** True when `value` looks like `{ error: { code, message } }`, the server's error body. */
export function isErrorResponse(value: unknown): value is { error: ErrorBody } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}
