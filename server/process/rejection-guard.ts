/**
 * What the process does with a promise rejection nobody handled. The MongoDB driver can reject
 * a socket write (EPIPE, ECONNRESET) on a path Parley never awaited when the database dies
 * mid-write; a live chat must ride that out and reconnect, not drop every visitor's socket.
 * Anything else is a bug: it is logged and the process stops, as Node would by default.
 */
import { isDatabaseUnreachable } from '../errors';
import type { Logger } from '../logger';

export type RejectionVerdict = 'ride-out' | 'stop';

export function judgeUnhandledRejection(reason: unknown): RejectionVerdict {
  return isDatabaseUnreachable(reason) ? 'ride-out' : 'stop';
}

export function guardUnhandledRejections(logger: Logger, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const onRejection = (reason: unknown) => {
    if (judgeUnhandledRejection(reason) === 'ride-out') {
      logger.warn({ err: reason }, 'the database dropped a request nobody waited for; it reconnects by itself');
      return;
    }
    logger.fatal({ err: reason }, 'unhandled promise rejection; stopping');
    exit(1);
  };
  process.on('unhandledRejection', onRejection);
  return () => void process.off('unhandledRejection', onRejection);
}
