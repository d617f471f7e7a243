import { lastSeenReplySeq } from './receipts';

const agent = { kind: 'agent' as const, id: 'a1', name: 'Mina' };
const visitor = { kind: 'visitor' as const, id: 'v1', name: null };

describe('read receipt placement', () => {
  const entries = [
    { seq: 1, author: visitor },
    { seq: 2, author: agent },
    { seq: 3, author: agent, internal: true },
    { seq: 4, author: agent },
    { seq: 0, author: agent },
  ];
  it('marks the last reply the visitor has read', () => expect(lastSeenReplySeq(entries, 3)).toBe(2));
  it('never marks an internal note, which the visitor cannot see', () => expect(lastSeenReplySeq(entries.slice(0, 3), 3)).toBe(2));
  it('moves to the newest reply once read', () => expect(lastSeenReplySeq(entries, 4)).toBe(4));
  it('marks nothing before the visitor read any reply', () => expect(lastSeenReplySeq(entries, 1)).toBeNull());
});
