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
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Turns anything thrown into a body safe to send: known codes pass, the rest becomes INTERNAL. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof ParleyError) return { code: error.code, message: error.message };
  if (error instanceof ZodError) {
    const message = error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`).join('; ');
    return { code: 'PARLEY_ERR_INVALID_PAYLOAD', message };
  }
  return { code: 'PARLEY_ERR_INTERNAL', message: 'Something went wrong on our side; the request was not completed.' };
}

export function errorStatus(body: ErrorBody): number {
  return ERROR_CODES[body.code];
}

export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // Express's own body-parser errors carry a status; treat them as bad payloads.
    const body =
      typeof error === 'object' && error !== null && 'type' in error && (error as { type: string }).type === 'entity.parse.failed'
        ? { code: 'PARLEY_ERR_INVALID_PAYLOAD' as const, message: 'request body is not valid JSON' }
        : toErrorBody(error);
    if (body.code === 'PARLEY_ERR_INTERNAL') logger.error({ err: error, path: req.path }, 'request failed');
    res.status(errorStatus(body)).json({ error: body });
  };
}
