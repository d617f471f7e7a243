import type { ErrorBody } from '../../../shared/errors';
import { aMessage } from '../testing/fixtures';
import { createOutbox, type TransmitResult } from './outbox';
import { createSiteStorage, type SiteStorage } from './storage';

/** A transmit whose answers the test gives, one attempt at a time. */
function scriptedTransmit() {
  const attempts: { clientId: string; text: string; answer: (result: TransmitResult) => Promise<void> }[] = [];
  const transmit = (message: { clientId: string; text: string }) =>
    new Promise<TransmitResult>((resolve) => {
      attempts.push({
        ...message,
        answer: async (result) => {
          resolve(result);
          await Promise.resolve();
        },
      });
    });
  return { attempts, transmit };
}

const ids = ['client-0001', 'client-0002', 'client-0003'];

function setUp(online = true, storage?: SiteStorage) {
  const { attempts, transmit } = scriptedTransmit();
  const connection = { online };
  const stored: string[] = [];
  let next = 0;
  const outbox = createOutbox({
    transmit,
    canTransmit: () => connection.online,
    onStored: (message) => stored.push(message.clientId),
    newClientId: () => ids[next++]!,
    ...(storage ? { storage } : {}),
  });
  return { outbox, attempts, connection, stored };
}

afterEach(() => localStorage.clear());

describe('outbox', () => {
  it('shows a message as pending at once and forgets it when the server stores it', async () => {
    const { outbox, attempts, stored } = setUp();
    const clientId = outbox.send('hello');
    expect(outbox.get()).toMatchObject([{ clientId, text: 'hello', state: 'pending' }]);
    await attempts[0]!.answer({ kind: 'stored', message: aMessage({ seq: 1, clientId }) });
    expect(outbox.get()).toEqual([]);
    expect(stored).toEqual([clientId]);
  });

  it('sends a lost message again with the same clientId until it is acknowledged', async () => {
    const { outbox, attempts } = setUp();
    const clientId = outbox.send('hello');
    await attempts[0]!.answer({ kind: 'lost' });
    await attempts[1]!.answer({ kind: 'lost' });
    await attempts[2]!.answer({ kind: 'stored', message: aMessage({ seq: 1, clientId }) });
    expect(attempts.map((attempt) => attempt.clientId)).toEqual([clientId, clientId, clientId]);
    expect(outbox.get()).toEqual([]);
  });

  it('waits while offline and sends on flush once the session is back', async () => {
    const { outbox, attempts, connection } = setUp(false);
    outbox.send('typed while offline');
    expect(attempts).toHaveLength(0);
    connection.online = true;
    outbox.flush();
    expect(attempts.map((attempt) => attempt.text)).toEqual(['typed while offline']);
  });

  it('sends one message at a time so the server numbers them in typing order', async () => {
    const { outbox, attempts } = setUp();
    const first = outbox.send('first');
    const second = outbox.send('second');
    expect(attempts).toHaveLength(1);
    await attempts[0]!.answer({ kind: 'stored', message: aMessage({ seq: 1, clientId: first }) });
    expect(attempts.map((attempt) => attempt.clientId)).toEqual([first, second]);
  });

  it('marks a refused message failed with the error, and sends it again on retry', async () => {
    const { outbox, attempts } = setUp();
    const clientId = outbox.send('hello');
    const error: ErrorBody = { code: 'PARLEY_ERR_INTERNAL', message: 'try later' };
    await attempts[0]!.answer({ kind: 'refused', error });
    expect(outbox.get()).toMatchObject([{ clientId, state: 'failed', error }]);
    outbox.retry(clientId);
    expect(outbox.get()[0]).toMatchObject({ clientId, state: 'pending' });
    expect(outbox.get()[0]?.error).toBeUndefined();
    expect(attempts.map((attempt) => attempt.clientId)).toEqual([clientId, clientId]);
  });

  it('keeps a rate-limited message pending and sends it, then the next, once the server’s wait is over', async () => {
    vi.useFakeTimers();
    try {
      const { outbox, attempts } = setUp();
      const first = outbox.send('first');
      const second = outbox.send('second');
      await attempts[0]!.answer({ kind: 'refused', error: { code: 'PARLEY_ERR_RATE_LIMITED', message: 'slow down', retryAfterMs: 3000 } });
      expect(outbox.get().map((message) => [message.clientId, message.state])).toEqual([
        [first, 'pending'],
        [second, 'pending'],
      ]);
      outbox.flush();
      vi.advanceTimersByTime(2900);
      expect(attempts).toHaveLength(1);
      vi.advanceTimersByTime(100);
      expect(attempts.map((attempt) => attempt.clientId)).toEqual([first, first]);
      await attempts[1]!.answer({ kind: 'stored', message: aMessage({ seq: 1, clientId: first }) });
      expect(attempts.map((attempt) => attempt.clientId)).toEqual([first, first, second]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('also waits out any refusal that names a retry-after, such as a database restart', async () => {
    vi.useFakeTimers();
    try {
      const { outbox, attempts } = setUp();
      const clientId = outbox.send('hello');
      await attempts[0]!.answer({ kind: 'refused', error: { code: 'PARLEY_ERR_INTERNAL', message: 'restarting', retryAfterMs: 2000 } });
      expect(outbox.get()).toMatchObject([{ clientId, state: 'pending' }]);
      vi.advanceTimersByTime(2000);
      expect(attempts.map((attempt) => attempt.clientId)).toEqual([clientId, clientId]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('forgets a message whose stored copy arrived by a sync before its ack', () => {
    const { outbox } = setUp(false);
    const clientId = outbox.send('hello');
    outbox.settle([aMessage({ seq: 1, clientId })]);
    expect(outbox.get()).toEqual([]);
  });

  it('keeps unsent messages in the site’s storage, so a reload sends them with their own clientIds, in order', async () => {
    const storage = createSiteStorage('demo');
    const before = setUp(false, storage);
    before.outbox.send('first');
    before.outbox.send('second');
    before.outbox.dispose();

    const after = setUp(true, storage);
    expect(after.outbox.get().map((message) => [message.clientId, message.text])).toEqual([
      ['client-0001', 'first'],
      ['client-0002', 'second'],
    ]);
    after.outbox.flush();
    await after.attempts[0]!.answer({ kind: 'stored', message: aMessage({ seq: 1, clientId: 'client-0001' }) });
    await after.attempts[1]!.answer({ kind: 'stored', message: aMessage({ seq: 2, clientId: 'client-0002' }) });
    expect(after.attempts.map((attempt) => attempt.text)).toEqual(['first', 'second']);
    expect(storage.get('outbox')).toBeNull();
  });

  it('adopts what another tab could not send, but not what was already stored', () => {
    const storage = createSiteStorage('demo');
    const { outbox } = setUp(false, storage);
    outbox.settle([aMessage({ seq: 1, clientId: 'stored-already' })]);
    const otherTab = [
      { clientId: 'stored-already', text: 'old', createdAt: '2025-01-06T01:00:00.000Z', state: 'pending' },
      { clientId: 'typed-elsewhere', text: 'from the other tab', createdAt: '2025-01-06T01:00:01.000Z', state: 'pending' },
    ];
    window.dispatchEvent(new StorageEvent('storage', { key: 'parley:demo:outbox', newValue: JSON.stringify(otherTab) }));
    expect(outbox.get().map((message) => message.clientId)).toEqual(['typed-elsewhere']);
  });

  it('starts empty when the stored outbox is unreadable', () => {
    const storage = createSiteStorage('demo');
    storage.set('outbox', '{not json');
    expect(setUp(false, storage).outbox.get()).toEqual([]);
  });
});
