/**
 * The catalog of error codes Parley sends to clients. Clients branch on `code`;
 * `message` is for people and logs. Raw exception text never reaches a client.
 */
export const ERROR_CODES = {
  PARLEY_ERR_INVALID_PAYLOAD: 400,
  PARLEY_ERR_UNAUTHENTICATED: 401,
  PARLEY_ERR_INVALID_CREDENTIALS: 401,
  PARLEY_ERR_FORBIDDEN: 403,
  PARLEY_ERR_SITE_NOT_FOUND: 404,
  PARLEY_ERR_CONVERSATION_NOT_FOUND: 404,
  PARLEY_ERR_NOT_FOUND: 404,
  PARLEY_ERR_CONVERSATION_CLOSED: 409,
  PARLEY_ERR_ALREADY_ASSIGNED: 409,
  PARLEY_ERR_AGENT_AT_CAPACITY: 409,
  PARLEY_ERR_INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/**
 * The answer to every acknowledged event.
 * @example
 * socket.emit(EV.messageSend, payload, (ack) => { if (!ack.ok) showError(ack.error.code); });
 */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export type AckCallback<T> = (ack: Ack<T>) => void;
