import { message } from '../testing/fixtures';
import { addPending, highestSeq, markFailed, mergeMessages, pendingEntry, randomClientId, type TranscriptEntry } from './messages';

const sent = (m: ReturnType<typeof message>): TranscriptEntry => ({ ...m, delivery: 'sent' });
const author = { kind: 'agent' as const, id: 'agent1', name: 'Mina' };

describe('mergeMessages', () => {
  it('keeps stored messages in seq order whatever order they arrive in', () => {
    const merged = mergeMessages([], [message({ conversationId: 'c', seq: 3 }), message({ conversationId: 'c', seq: 1 }), message({ conversationId: 'c', seq: 2 })]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('holds a message once when the ack, the broadcast and a catch-up all deliver it', () => {
    const once = message({ conversationId: 'c', seq: 1 });
    const merged = mergeMessages(mergeMessages([sent(once)], [once]), [once, message({ conversationId: 'c', seq: 2 })]);
    expect(merged.map((m) => m.id)).toEqual([once.id, 'm-c-2']);
  });

  it('replaces a pending reply with its stored copy, matched by clientId', () => {
    const pending = pendingEntry({ conversationId: 'c', clientId: 'reply-0001', text: 'hello', author });
    const stored = message({ conversationId: 'c', seq: 4, clientId: 'reply-0001', text: 'hello', author });
    const merged = mergeMessages([sent(message({ conversationId: 'c', seq: 3 })), pending], [stored]);
    expect(merged.map((m) => [m.seq, m.delivery])).toEqual([
      [3, 'sent'],
      [4, 'sent'],
    ]);
  });

  it('keeps replies still on their way after every stored message', () => {
    const pending = pendingEntry({ conversationId: 'c', clientId: 'reply-0002', text: 'on its way', author });
    const merged = mergeMessages([pending], [message({ conversationId: 'c', seq: 7 })]);
    expect(merged.map((m) => m.delivery)).toEqual(['sent', 'pending']);
  });
});

describe('pending replies', () => {
  it('marks a reply failed and puts it back on its way on retry, keeping its clientId', () => {
    const pending = pendingEntry({ conversationId: 'c', clientId: 'reply-0003', text: 'hi', author });
    const failed = markFailed([pending], 'reply-0003');
    expect(failed[0]?.delivery).toBe('failed');
    const retried = addPending(failed, failed[0]!);
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatchObject({ clientId: 'reply-0003', delivery: 'pending' });
  });

  it('counts only stored messages for the highest seq held', () => {
    const entries = [sent(message({ conversationId: 'c', seq: 5 })), pendingEntry({ conversationId: 'c', clientId: 'reply-0004', text: 'x', author })];
    expect(highestSeq(entries)).toBe(5);
    expect(highestSeq([])).toBe(0);
  });

  it('makes clientIds the server accepts', () => {
    const id = randomClientId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(randomClientId()).not.toBe(id);
  });
});
