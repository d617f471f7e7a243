/**
 * The catalog of error codes Parley sends to clients. Clients branch on `code`;
 * `message` is for people and logs. Raw exception text never reaches a client.
 */
export const ERROR_CODES = {
  PARLEY_ERR_INVALID_PAYLOAD: 400,
  /** The body's Content-Encoding is not one Parley reads, or it does not decode. */
  PARLEY_ERR_BAD_ENCODING: 400,
  PARLEY_ERR_UNAUTHENTICATED: 401,
  PARLEY_ERR_INVALID_CREDENTIALS: 401,
  PARLEY_ERR_FORBIDDEN: 403,
  /** An agent blocked this visitor for abuse, for a while: nothing they send is stored until the block ends or is lifted. */
  PARLEY_ERR_VISITOR_BLOCKED: 403,
  PARLEY_ERR_SITE_NOT_FOUND: 404,
  PARLEY_ERR_CONVERSATION_NOT_FOUND: 404,
  PARLEY_ERR_NOT_FOUND: 404,
  PARLEY_ERR_CONVERSATION_CLOSED: 409,
  PARLEY_ERR_ALREADY_ASSIGNED: 409,
  PARLEY_ERR_AGENT_AT_CAPACITY: 409,
  PARLEY_ERR_PAYLOAD_TOO_LARGE: 413,
  PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE: 415,
  /** Too many requests: wait `retryAfterMs` and send the same thing again. */
  PARLEY_ERR_RATE_LIMITED: 429,
  PARLEY_ERR_INTERNAL: 500,
  /** The database is out of reach (restarting): nothing was stored; send the same thing again after `retryAfterMs`. */
  PARLEY_ERR_DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** With PARLEY_ERR_RATE_LIMITED: how long to wait before trying again. */
  retryAfterMs?: number;
}

/**
 * The answer to every acknowledged event.
 * @example
 * socket.emit(EV.messageSend, payload, (ack) => { if (!ack.ok) showError(ack.error.code); });
 */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export type AckCallback<T> = (ack: Ack<T>) => void;
