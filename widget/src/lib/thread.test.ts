import { aMessage, anOutgoing } from '../testing/fixtures';
import { buildThread, countUnread, highestSeq, mergeMessages } from './thread';

const seqs = (messages: { seq: number }[]) => messages.map((message) => message.seq);

describe('mergeMessages', () => {
  it('orders messages by seq whatever order they arrive in', () => {
    const merged = mergeMessages([aMessage({ seq: 3 })], [aMessage({ seq: 1 }), aMessage({ seq: 4 }), aMessage({ seq: 2 })]);
    expect(seqs(merged)).toEqual([1, 2, 3, 4]);
  });

  it('keeps one copy of a message delivered by both the ack and the broadcast', () => {
    const fromAck = aMessage({ seq: 1, clientId: 'abc12345' });
    const fromBroadcast = aMessage({ seq: 1, clientId: 'abc12345' });
    const merged = mergeMessages(mergeMessages([], [fromAck]), [fromBroadcast, aMessage({ seq: 2 })]);
    expect(merged.map((message) => message.clientId)).toEqual(['abc12345', 'client-c1-2']);
  });

  it('replays what was missed after a reconnect without duplicating what was held', () => {
    const held = [aMessage({ seq: 1 }), aMessage({ seq: 2 })];
    const sync = [aMessage({ seq: 2 }), aMessage({ seq: 3 }), aMessage({ seq: 4 })];
    expect(seqs(mergeMessages(held, sync))).toEqual([1, 2, 3, 4]);
  });

  it('drops internal agent notes even if they reach the widget', () => {
    const merged = mergeMessages([], [aMessage({ seq: 1 }), aMessage({ seq: 2, internal: true })]);
    expect(seqs(merged)).toEqual([1]);
  });

  it('puts a new conversation after the closed one even though its seq starts again', () => {
    const first = [aMessage({ seq: 1 }), aMessage({ seq: 2 })];
    const second = [
      aMessage({ conversationId: 'c2', seq: 1, createdAt: '2025-01-06T02:00:00.000Z' }),
      aMessage({ conversationId: 'c2', seq: 2, createdAt: '2025-01-06T02:00:01.000Z' }),
    ];
    const merged = mergeMessages(first, second);
    expect(merged.map((message) => `${message.conversationId}:${message.seq}`)).toEqual(['c1:1', 'c1:2', 'c2:1', 'c2:2']);
  });

  it('returns the held array itself when nothing arrives, so stores do not notify', () => {
    const held = [aMessage({ seq: 1 })];
    expect(mergeMessages(held, [])).toBe(held);
  });
});

describe('highestSeq', () => {
  it('is the highest seq of the current conversation, or 0', () => {
    const messages = [aMessage({ seq: 1 }), aMessage({ seq: 5 }), aMessage({ conversationId: 'c2', seq: 9 })];
    expect(highestSeq(messages, 'c1')).toBe(5);
    expect(highestSeq(messages, 'c3')).toBe(0);
    expect(highestSeq([], null)).toBe(0);
  });
});

describe('buildThread', () => {
  it('shows pending and failed messages after the stored ones, in the order they were typed', () => {
    const thread = buildThread(
      [aMessage({ seq: 1 }), aMessage({ seq: 2 })],
      [anOutgoing({ clientId: 'first-pending' }), anOutgoing({ clientId: 'then-failed', state: 'failed' })],
    );
    expect(thread.map((item) => item.key)).toEqual(['client-c1-1', 'client-c1-2', 'first-pending', 'then-failed']);
  });

  it('hides an outgoing message once its stored copy is held', () => {
    const thread = buildThread([aMessage({ seq: 1, clientId: 'sent-one1' })], [anOutgoing({ clientId: 'sent-one1' })]);
    expect(thread).toHaveLength(1);
    expect(thread[0]?.kind).toBe('stored');
  });

  it('shows files still uploading last', () => {
    const thread = buildThread([aMessage({ seq: 1 })], [anOutgoing({ clientId: 'pending-1' })], [{ id: 'upload-1', name: 'a.png', type: 'image/png', progress: 0, state: 'uploading', preview: null }]);
    expect(thread.map((item) => item.kind)).toEqual(['stored', 'outgoing', 'upload']);
  });
});

describe('countUnread', () => {
  it('counts the bot’s and agents’ messages of the conversation after what the visitor read', () => {
    const messages = [
      aMessage({ seq: 1, author: { kind: 'bot', id: null, name: 'Parley Bot' } }),
      aMessage({ seq: 2 }),
      aMessage({ seq: 3, author: { kind: 'system', id: null, name: null } }),
      aMessage({ seq: 4, author: { kind: 'agent', id: 'a1', name: 'Mina' } }),
      aMessage({ seq: 5, conversationId: 'older', author: { kind: 'agent', id: 'a1', name: 'Mina' } }),
    ];
    expect(countUnread(messages, 'c1', 0)).toBe(2);
    expect(countUnread(messages, 'c1', 1)).toBe(1);
    expect(countUnread(messages, 'c1', 4)).toBe(0);
    expect(countUnread(messages, null, 0)).toBe(0);
  });
});
