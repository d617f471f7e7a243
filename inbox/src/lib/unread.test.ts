import { message } from '../testing/fixtures';
import { unreadCount } from './unread';

const self = 'agent-self';
const visitor = { kind: 'visitor' as const, id: 'v1', name: null };

describe('unreadCount', () => {
  it('counts every message of a conversation never opened, from its lastSeq', () => {
    expect(unreadCount({ lastSeq: 4 }, 0, undefined, self)).toBe(4);
  });

  it('counts nothing once the agent has read up to the last message', () => {
    expect(unreadCount({ lastSeq: 4 }, 4, undefined, self)).toBe(0);
  });

  it('does not count the agent’s own replies or Parley’s notices among held messages', () => {
    const held = [
      message({ conversationId: 'c', seq: 3, author: visitor }),
      message({ conversationId: 'c', seq: 4, author: { kind: 'agent', id: self, name: 'Mina' } }),
      message({ conversationId: 'c', seq: 5, author: { kind: 'system', id: null, name: null } }),
      message({ conversationId: 'c', seq: 6, author: { kind: 'bot', id: null, name: 'Parley Bot' } }),
      message({ conversationId: 'c', seq: 7, author: { kind: 'agent', id: 'other-agent', name: 'Jun' } }),
    ];
    expect(unreadCount({ lastSeq: 7 }, 2, held, self)).toBe(3);
  });

  it('counts messages it knows exist but does not hold yet', () => {
    const held = [message({ conversationId: 'c', seq: 1, author: visitor }), message({ conversationId: 'c', seq: 2, author: visitor })];
    expect(unreadCount({ lastSeq: 5 }, 2, held, self)).toBe(3);
  });

  it('trusts held messages that are ahead of the conversation’s lastSeq', () => {
    const held = [message({ conversationId: 'c', seq: 6, author: visitor })];
    expect(unreadCount({ lastSeq: 5 }, 5, held, self)).toBe(1);
  });
});
