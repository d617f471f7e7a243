/**
 * Wraps a socket event handler in the house order: validate the payload with its
 * zod schema, act, acknowledge, then run what must happen after the ack (broadcasts).
 * Any failure becomes an error ack from the catalog; the socket and server keep going.
 */
import type { z } from 'zod';
import type { Ack } from '../../shared/errors';
import { toErrorBody } from '../errors';
import type { TaskTracker } from '../concurrency/task-tracker';
import type { Logger } from '../logger';

export interface Outcome<T> {
  data: T;
  /** Runs after the client has its ack, e.g. broadcasting the stored message. */
  after?: (() => Promise<unknown> | void) | undefined;
}

export function acknowledged<S extends z.ZodType, T>(
  context: { logger: Logger; tasks: TaskTracker },
  event: string,
  schema: S,
  act: (payload: z.output<S>) => Promise<Outcome<T>>,
) {
  const { logger } = context;
  return (payload: unknown, ack?: (answer: Ack<T>) => void) => {
    // Clients that forget the callback still get their action done; they just hear nothing back.
    const reply = typeof ack === 'function' ? ack : () => {};
    void context.tasks.track((async () => {
      let outcome: Outcome<T>;
      try {
        outcome = await act(schema.parse(payload ?? {}));
      } catch (error) {
        const body = toErrorBody(error);
        if (body.code === 'PARLEY_ERR_INTERNAL') logger.error({ err: error, event }, 'socket event failed');
        else logger.debug({ event, code: body.code }, 'socket event refused');
        reply({ ok: false, error: body });
        return;
      }
      reply({ ok: true, data: outcome.data });
      try {
        await outcome.after?.();
      } catch (error) {
        logger.error({ err: error, event }, 'work after acknowledgement failed');
      }
    })());
  };
}
