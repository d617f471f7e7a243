import { agentMina, assignedTo, conversation, message } from '../testing/fixtures';
import { inboxReducer, initialInboxState, type InboxAction, type InboxState } from './inbox-state';
import { pendingEntry } from './messages';

const run = (actions: InboxAction[], state: InboxState = initialInboxState()) => actions.reduce(inboxReducer, state);
const c1 = conversation({ id: 'c1', ...assignedTo(agentMina), lastSeq: 2 });

describe('inboxReducer', () => {
  it('holds a transcript only while its tab is open', () => {
    const opened = run([{ type: 'listed', conversations: [c1] }, { type: 'tabOpened', conversationId: 'c1' }]);
    expect(opened.transcripts.c1).toEqual([]);
    const closed = inboxReducer(opened, { type: 'tabClosed', conversationId: 'c1' });
    expect(closed.transcripts.c1).toBeUndefined();
    expect(closed.tabs.ids).toEqual([]);
  });

  it('updates the list preview for messages of conversations without a tab, without holding them', () => {
    const state = run([
      { type: 'listed', conversations: [c1] },
      { type: 'messagesArrived', conversationId: 'c1', messages: [message({ conversationId: 'c1', seq: 3, text: 'anyone there?' })] },
    ]);
    expect(state.conversations.c1).toMatchObject({ lastSeq: 3, lastMessagePreview: 'anyone there?' });
    expect(state.transcripts.c1).toBeUndefined();
  });

  it('shows a reply at once and settles it when the server stored it', () => {
    const entry = pendingEntry({ conversationId: 'c1', clientId: 'reply-0001', text: 'hello', author: { kind: 'agent', id: agentMina.id, name: 'Mina' } });
    const pending = run([{ type: 'listed', conversations: [c1] }, { type: 'tabOpened', conversationId: 'c1' }, { type: 'replyPending', entry }]);
    expect(pending.transcripts.c1?.map((m) => m.delivery)).toEqual(['pending']);
    const stored = inboxReducer(pending, {
      type: 'messagesArrived',
      conversationId: 'c1',
      messages: [message({ conversationId: 'c1', seq: 3, clientId: 'reply-0001', text: 'hello' })],
    });
    expect(stored.transcripts.c1?.map((m) => [m.seq, m.delivery])).toEqual([[3, 'sent']]);
  });

  it('marks as read only what the open tab holds', () => {
    const state = run([
      { type: 'listed', conversations: [c1] },
      { type: 'tabOpened', conversationId: 'c1' },
      { type: 'messagesArrived', conversationId: 'c1', messages: [message({ conversationId: 'c1', seq: 1 })] },
      { type: 'read', conversationId: 'c1' },
    ]);
    expect(state.readSeq.c1).toBe(1);
  });

  it('keeps open tabs’ conversations when a fresh list no longer has them', () => {
    const state = run([
      { type: 'listed', conversations: [c1] },
      { type: 'tabOpened', conversationId: 'c1' },
      { type: 'listed', conversations: [] },
    ]);
    expect(state.conversations.c1).toBeDefined();
  });
});
