/**
 * The visitor's unconfirmed messages and the promise that none is lost: each is sent
 * with its clientId until the server acknowledges it. A timeout or a dropped connection
 * only means "unknown", so the same clientId is sent again (the server stores it once).
 * Messages go out one at a time so the server numbers them in the order they were typed.
 *
 * The outbox lives in the host site's localStorage (per site key), so what the visitor
 * typed offline survives a reload and is sent with its original clientId when the
 * connection is back. Other tabs of the site adopt it too: whichever tab is online first
 * sends it, and the server's clientId index keeps it single.
 */
import type { Attachment, Message } from '../../../shared/domain';
import type { ErrorBody } from '../../../shared/errors';
import { createClientId } from './client-id';
import { OUTBOX_KEY } from './host-bridge';
import type { SiteStorage } from './storage';
import { createStore, type ReadableStore } from './store';
import type { OutgoingMessage } from './thread';

/** What came of one attempt to send. */
export type TransmitResult =
  | { kind: 'stored'; message: Message }
  | { kind: 'refused'; error: ErrorBody }
  /** No answer in time, or the connection dropped: the server may or may not have it. */
  | { kind: 'lost' };

export interface OutboxDeps {
  transmit(message: { clientId: string; text: string; attachmentId?: string }): Promise<TransmitResult>;
  /** False while disconnected; `flush()` is called again once the session is back. */
  canTransmit(): boolean;
  /** The server's copy of a sent message, to merge into the transcript. */
  onStored(message: Message): void;
  /** Where unsent messages outlive the page; without it they live in memory only. */
  storage?: SiteStorage;
  newClientId?: () => string;
  now?: () => Date;
  /** Waits out a rate limit; tests pass fake timers. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface Outbox extends ReadableStore<OutgoingMessage[]> {
  /** Queues a message and returns its clientId. */
  send(text: string, attachment?: Attachment): string;
  /** Sends a failed message again, with its original clientId. */
  retry(clientId: string): void;
  /** Sends what is pending, e.g. after a reconnect. */
  flush(): void;
  /** Forgets outgoing messages whose stored copy arrived some other way (a sync, a broadcast). */
  settle(stored: readonly Message[]): void;
  dispose(): void;
}

function restore(json: string | null | undefined): OutgoingMessage[] {
  try {
    const saved = JSON.parse(json ?? '[]') as OutgoingMessage[];
    return Array.isArray(saved) ? saved.filter((message) => typeof message?.clientId === 'string') : [];
  } catch {
    return [];
  }
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const { storage } = deps;
  const store = createStore<OutgoingMessage[]>(restore(storage?.get(OUTBOX_KEY)));
  const newClientId = deps.newClientId ?? createClientId;
  const now = deps.now ?? (() => new Date());
  /** clientIds the server confirmed: another tab's stale copy must not bring them back. */
  const settled = new Set<string>();
  let inFlight: string | null = null;
  let disposed = false;
  /** Set while the server asked us to wait (PARLEY_ERR_RATE_LIMITED): nothing goes out until it fires. */
  let backOff: unknown = null;
  const setTimer = deps.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));

  const find = (clientId: string) => store.get().find((message) => message.clientId === clientId);
  const remove = (clientIds: readonly string[]) => {
    clientIds.forEach((clientId) => settled.add(clientId));
    store.update((all) => (all.some((m) => settled.has(m.clientId)) ? all.filter((m) => !settled.has(m.clientId)) : all));
  };
  const replace = (clientId: string, change: (message: OutgoingMessage) => OutgoingMessage) =>
    store.update((all) => all.map((message) => (message.clientId === clientId ? change(message) : message)));

  function pump() {
    if (disposed || inFlight !== null || backOff !== null || !deps.canTransmit()) return;
    const next = store.get().find((message) => message.state === 'pending');
    if (!next) return;
    inFlight = next.clientId;
    const payload = next.attachment ? { clientId: next.clientId, text: next.text, attachmentId: next.attachment.id } : { clientId: next.clientId, text: next.text };
    void deps.transmit(payload).then((result) => {
      inFlight = null;
      if (disposed) return;
      if (result.kind === 'stored') {
        deps.onStored(result.message);
        remove([next.clientId]);
      } else if (result.kind === 'refused' && (result.error.code === 'PARLEY_ERR_RATE_LIMITED' || result.error.retryAfterMs !== undefined)) {
        // Not a verdict on the message (too fast, or the server is briefly unable): keep it, and
        // everything after it in order, and send it again once the server's wait is over.
        backOff = setTimer(() => {
          backOff = null;
          pump();
        }, Math.min(Math.max(result.error.retryAfterMs ?? 1000, 250), 5 * 60_000));
        return;
      } else if (result.kind === 'refused' && find(next.clientId)?.state === 'pending') {
        replace(next.clientId, (message) => ({ ...message, state: 'failed', error: result.error }));
      }
      // After `lost` this sends the same message again, or waits for `flush()` when offline.
      pump();
    });
  }

  const stops = storage
    ? [
        store.subscribe(() => {
          const all = store.get();
          if (all.length > 0) storage.set(OUTBOX_KEY, JSON.stringify(all));
          else storage.remove(OUTBOX_KEY);
        }),
        storage.watch(OUTBOX_KEY, (json) => {
          const held = new Set(store.get().map((message) => message.clientId));
          const adopted = restore(json).filter((message) => !held.has(message.clientId) && !settled.has(message.clientId));
          if (adopted.length === 0) return;
          store.update((all) => [...all, ...adopted]);
          pump();
        }),
      ]
    : [];

  return {
    get: store.get,
    subscribe: store.subscribe,
    send(text, attachment) {
      const clientId = newClientId();
      const message: OutgoingMessage = { clientId, text, createdAt: now().toISOString(), state: 'pending', ...(attachment ? { attachment } : {}) };
      store.update((all) => [...all, message]);
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
      remove(stored.map((message) => message.clientId));
    },
    dispose() {
      disposed = true;
      if (backOff !== null) clearTimer(backOff);
      stops.forEach((stop) => stop());
    },
  };
}
