/**
 * Server side of the error catalog in shared/errors.ts: one error class carrying a
 * stable code, and the two places that turn any thrown value into an answer —
 * the Express error middleware and the socket ack helper.
 */
import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { ERROR_CODES, type ErrorBody, type ErrorCode } from '../shared/errors';
import type { Logger } from './logger';

export class ParleyError extends Error {
  override name = 'ParleyError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(message, options);
    this.retryAfterMs = options?.retryAfterMs;
  }
  readonly retryAfterMs: number | undefined;
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Turns anything thrown into a body safe to send: known codes pass, the rest becomes INTERNAL. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof ParleyError && error.code === 'PARLEY_ERR_INTERNAL' && isDatabaseUnreachable(error.cause)) return databaseUnavailable();
  if (error instanceof ParleyError) {
    return error.retryAfterMs === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs };
  }
  if (error instanceof ZodError) {
    const message = error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
    return { code: 'PARLEY_ERR_INVALID_PAYLOAD', message };
  }
  if (isDatabaseUnreachable(error)) return databaseUnavailable();
  return { code: 'PARLEY_ERR_INTERNAL', message: 'Something went wrong on our side; the request was not completed.' };
}

const DATABASE_RETRY_MS = 2000;
const databaseUnavailable = (): ErrorBody => ({
  code: 'PARLEY_ERR_DATABASE_UNAVAILABLE',
  message: 'The database is restarting; nothing was stored. Send it again shortly.',
  retryAfterMs: DATABASE_RETRY_MS,
});
const UNREACHABLE = new Set(['MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoServerSelectionError', 'MongooseServerSelectionError', 'MongoPoolClearedError', 'MongoNotConnectedError', 'MongoTopologyClosedError', 'DatabaseUnavailableError']);

// What the embedded FerretDB answers while its PostgreSQL is down or restarting.
const BACKEND_DOWN = /\b(write EPIPE|read ECONNRESET|connect ECONNREFUSED)\b|buffering timed out|failed to connect to `|dial error|connection refused|connection reset|broken pipe|server closed the connection|pool (is )?closed|the database system is (starting up|shutting down|in recovery mode|not yet accepting)|terminating connection|SQLSTATE (57P0\d|08\w{3})|conn closed|unexpected EOF/;

/** The driver's (and the embedded store's) ways of saying "no database right now", anywhere in the cause chain. */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (UNREACHABLE.has(current.name) || BACKEND_DOWN.test(current.message)) return true;
  }
  return false;
}

export function errorStatus(body: ErrorBody): number {
  return ERROR_CODES[body.code];
}

export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const body = bodyParserError(error) ?? toErrorBody(error);
    if (body.code === 'PARLEY_ERR_INTERNAL') logger.error({ err: error, path: req.path }, 'request failed');
    if (body.retryAfterMs !== undefined) res.set('Retry-After', String(Math.ceil(body.retryAfterMs / 1000)));
    res.status(errorStatus(body)).json({ error: body });
  };
}

/** Express's body parsers throw errors with a `type`; each maps to a catalog code, never to INTERNAL. */
function bodyParserError(error: unknown): ErrorBody | null {
  const type = typeof error === 'object' && error !== null && 'type' in error ? (error as { type: unknown }).type : null;
  switch (type) {
    case 'entity.parse.failed':
      return { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: 'request body is not valid JSON' };
    case 'entity.too.large':
      return { code: 'PARLEY_ERR_PAYLOAD_TOO_LARGE', message: 'request body is too large' };
    case 'encoding.unsupported':
      return { code: 'PARLEY_ERR_BAD_ENCODING', message: 'unsupported Content-Encoding; send identity, gzip, deflate or br' };
    case 'charset.unsupported':
      return { code: 'PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE', message: 'unsupported charset' };
    case 'request.size.invalid':
    case 'request.aborted':
      return { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: 'the request body was cut short' };
    default:
      // The router's own answer to a path like /api/visitors/%ZZ: the param does not decode.
      if (error instanceof URIError) return { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: 'the path does not decode' };
      // zlib errors from a body that claims gzip/deflate/br but is not.
      if (typeof error === 'object' && error !== null && 'status' in error && (error as { status: unknown }).status === 400 && 'code' in error && String((error as { code: unknown }).code).startsWith('Z_')) {
        return { code: 'PARLEY_ERR_BAD_ENCODING', message: 'the body does not decode with its Content-Encoding' };
      }
      return null;
  }
}
