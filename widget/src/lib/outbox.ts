/**
 * The visitor's unconfirmed messages and the promise that none is lost: each is sent
 * with its clientId until the server acknowledges it. A timeout or a dropped connection
 * only means "unknown", so the same clientId is sent again (the server stores it once).
 * Messages go out one at a time so the server numbers them in the order they were typed.
 */
import type { Message } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { createClientId } from './client-id';
import { createStore, type ReadableStore } from './store';
import type { OutgoingMessage } from './thread';

/** What came of one attempt to send. */
export type TransmitResult =
  | { kind: 'stored'; message: Message }
  | { kind: 'refused'; error: ErrorBody }
  /** No answer in time, or the connection dropped: the server may or may not have it. */
  | { kind: 'lost' };

export interface OutboxDeps {
  transmit(message: { clientId: string; text: string }): Promise<TransmitResult>;
  /** False while disconnected; `flush()` is called again once the session is back. */
  canTransmit(): boolean;
  /** The server's copy of a sent message, to merge into the transcript. */
  onStored(message: Message): void;
  newClientId?: () => string;
  now?: () => Date;
}

export interface Outbox extends ReadableStore<OutgoingMessage[]> {
  /** Queues `text` and returns its clientId. */
  send(text: string): string;
  /** Sends a failed message again, with its original clientId. */
  retry(clientId: string): void;
  /** Sends what is pending, e.g. after a reconnect. */
  flush(): void;
  /** Forgets outgoing messages whose stored copy arrived some other way (a sync, a broadcast). */
  settle(stored: readonly Message[]): void;
  dispose(): void;
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const store = createStore<OutgoingMessage[]>([]);
  const newClientId = deps.newClientId ?? createClientId;
  const now = deps.now ?? (() => new Date());
  let inFlight: string | null = null;
  let disposed = false;

  const find = (clientId: string) => store.get().find((message) => message.clientId === clientId);
  const remove = (clientIds: Set<string>) => store.update((all) => (all.some((m) => clientIds.has(m.clientId)) ? all.filter((m) => !clientIds.has(m.clientId)) : all));
  const replace = (clientId: string, change: (message: OutgoingMessage) => OutgoingMessage) =>
    store.update((all) => all.map((message) => (message.clientId === clientId ? change(message) : message)));

  function pump() {
    if (disposed || inFlight !== null || !deps.canTransmit()) return;
    const next = store.get().find((message) => message.state === 'pending');
    if (!next) return;
    inFlight = next.clientId;
    void deps.transmit({ clientId: next.clientId, text: next.text }).then((result) => {
      inFlight = null;
      if (disposed) return;
      if (result.kind === 'stored') {
        deps.onStored(result.message);
        remove(new Set([next.clientId]));
      } else if (result.kind === 'refused' && find(next.clientId)?.state === 'pending') {
        replace(next.clientId, (message) => ({ ...message, state: 'failed', error: result.error }));
      }
      // After `lost` this sends the same message again, or waits for `flush()` when offline.
      pump();
    });
  }

  return {
    get: store.get,
    subscribe: store.subscribe,
    send(text) {
      const clientId = newClientId();
      store.update((all) => [...all, { clientId, text, createdAt: now().toISOString(), state: 'pending' }]);
      pump();
      return clientId;
    },
    retry(clientId) {
      if (find(clientId)?.state !== 'failed') return;
      replace(clientId, ({ error: _error, ...message }) => ({ ...message, state: 'pending' }));
      pump();
    },
    flush: pump,
    settle(stored) {
      remove(new Set(stored.map((message) => message.clientId)));
    },
    dispose() {
      disposed = true;
    },
  };
}
