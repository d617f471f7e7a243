/** Structured JSON logs (pino). Tests get a silent logger unless PARLEY_LOG_LEVEL says otherwise. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level = process.env.PARLEY_LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { service: 'parley' } });
}
