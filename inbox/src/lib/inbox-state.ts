/**
 * Everything the inbox screen shows, as one reducer over plain data so that every
 * transition is a pure function: the conversations known, the open tabs and their
 * transcripts, and how far the agent has read each conversation.
 *
 * Transcripts are held only for open tabs: they run without a gap from the newest page
 * the server sent on opening (kept current live and by catch-up, extended back a page at
 * a time on request), which is what makes "after the highest seq held" a safe question.
 */
import type { Conversation, Message } from '../../../shared/domain';
import type { ReadReceipt } from '../../../shared/events';
import { applyMessage, applyReceipt, markVisitorErased, replaceList, upsertConversation, type ConversationMap } from './conversations';
import { addPending, highestSeq, markFailed, mergeMessages, type TranscriptEntry } from './messages';
import { activateTab, closeTab, moveTab, noTabs, openTab, type Tabs } from './tabs';

export interface InboxState {
  conversations: ConversationMap;
  tabs: Tabs;
  transcripts: Readonly<Record<string, readonly TranscriptEntry[]>>;
  /** Highest seq the agent has had in front of them, per conversation. */
  readSeq: Readonly<Record<string, number>>;
  /** Whether `conversation:list` has answered at least once. */
  listLoaded: boolean;
  /** Conversations whose transcript has older messages not fetched yet. */
  olderAvailable: Readonly<Record<string, boolean>>;
  /** Where the server view being shown continues, or null when it is all here. */
  viewCursor: string | null;
}

export type InboxAction =
  | { type: 'listed'; conversations: Conversation[] }
  /** A filtered view (team, all open, closed) answered: more conversations to know, none dropped. */
  | { type: 'viewListed'; conversations: Conversation[]; nextCursor: string | null }
  /** A transcript's newest page (on opening) or an older page arrived. */
  | { type: 'olderKnown'; conversationId: string; messages: Message[]; hasOlder: boolean }
  | { type: 'receipt'; receipt: ReadReceipt }
  | { type: 'conversationUpdated'; conversation: Conversation }
  /** An admin erased this visitor (`visitor:updated` with `erasedAt`). */
  | { type: 'visitorErased'; visitorId: string }
  | { type: 'messagesArrived'; conversationId: string; messages: Message[] }
  | { type: 'tabOpened'; conversationId: string }
  | { type: 'tabClosed'; conversationId: string }
  | { type: 'tabActivated'; conversationId: string }
  | { type: 'tabMoved'; step: number }
  | { type: 'replyPending'; entry: TranscriptEntry }
  | { type: 'replyFailed'; conversationId: string; clientId: string }
  | { type: 'read'; conversationId: string };

export function initialInboxState(readSeq: Record<string, number> = {}, tabs: Tabs = noTabs): InboxState {
  const transcripts = Object.fromEntries(tabs.ids.map((id) => [id, []]));
  return { conversations: {}, tabs, transcripts, readSeq, listLoaded: false, olderAvailable: {}, viewCursor: null };
}

function withTranscript(state: InboxState, conversationId: string, update: (entries: readonly TranscriptEntry[]) => TranscriptEntry[]): InboxState {
  const current = state.transcripts[conversationId];
  if (!current) return state;
  return { ...state, transcripts: { ...state.transcripts, [conversationId]: update(current) } };
}

export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  switch (action.type) {
    case 'listed':
      return { ...state, listLoaded: true, conversations: replaceList(state.conversations, action.conversations, state.tabs.ids) };
    case 'viewListed': {
      let conversations = state.conversations;
      for (const conversation of action.conversations) conversations = upsertConversation(conversations, conversation);
      return { ...state, conversations, viewCursor: action.nextCursor };
    }
    case 'olderKnown': {
      const olderAvailable = { ...state.olderAvailable, [action.conversationId]: action.hasOlder };
      return withTranscript({ ...state, olderAvailable }, action.conversationId, (entries) => mergeMessages(entries, action.messages));
    }
    case 'receipt':
      return { ...state, conversations: applyReceipt(state.conversations, action.receipt) };
    case 'conversationUpdated':
      return { ...state, conversations: upsertConversation(state.conversations, action.conversation) };
    case 'visitorErased':
      return { ...state, conversations: markVisitorErased(state.conversations, action.visitorId) };
    case 'messagesArrived': {
      let conversations = state.conversations;
      for (const message of action.messages) conversations = applyMessage(conversations, message);
      return withTranscript({ ...state, conversations }, action.conversationId, (entries) => mergeMessages(entries, action.messages));
    }
    case 'tabOpened': {
      const transcripts = state.transcripts[action.conversationId] ? state.transcripts : { ...state.transcripts, [action.conversationId]: [] };
      return { ...state, tabs: openTab(state.tabs, action.conversationId), transcripts };
    }
    case 'tabClosed': {
      const { [action.conversationId]: _dropped, ...transcripts } = state.transcripts;
      return { ...state, tabs: closeTab(state.tabs, action.conversationId), transcripts };
    }
    case 'tabActivated':
      return { ...state, tabs: activateTab(state.tabs, action.conversationId) };
    case 'tabMoved':
      return { ...state, tabs: moveTab(state.tabs, action.step) };
    case 'replyPending':
      return withTranscript(state, action.entry.conversationId, (entries) => addPending(entries, action.entry));
    case 'replyFailed':
      return withTranscript(state, action.conversationId, (entries) => markFailed(entries, action.clientId));
    case 'read': {
      // Only what is on screen counts as read, not what the list says exists.
      const seen = highestSeq(state.transcripts[action.conversationId] ?? []);
      if (seen <= (state.readSeq[action.conversationId] ?? 0)) return state;
      return { ...state, readSeq: { ...state.readSeq, [action.conversationId]: seen } };
    }
  }
}
