/**
 * The inbox screen's model: connects an `AgentConnection` to the inbox reducer and
 * offers the actions the screen needs. Every subscription is released on unmount.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Agent, Attachment, Conversation } from '../../../shared/domain';
import type { ConversationTransfer } from '../../../shared/schemas';
import type { AgentConnection, ConnectionStatus } from './agent-connection';
import { ParleyClientError, toClientError } from './errors';
import { inboxReducer, initialInboxState, type InboxState } from './inbox-state';
import { highestSeq, pendingEntry, randomClientId } from './messages';
import { loadOpenTabs, loadReadMarks, saveOpenTabs, saveReadMarks } from './agent-memory';
import type { KeyValueStorage } from './storage';
import { unreadCount } from './unread';
import type { InboxView } from './views';

export interface InboxModel {
  state: InboxState;
  status: ConnectionStatus;
  agent: Agent;
  /** The last failure per conversation id; `list` for the conversation list. */
  errors: Readonly<Record<string, ParleyClientError>>;
  unread(conversationId: string): number;
  open(conversationId: string): void;
  take(conversationId: string): void;
  closeConversation(conversationId: string): void;
  send(conversationId: string, text: string, options?: { internal?: boolean; attachment?: Attachment }): void;
  /** The list's filter; choosing one asks the server for that view's conversations. */
  view: InboxView;
  showView(view: InboxView): void;
  /** The next page of the server view shown (closed conversations go back forever). */
  loadMore(): void;
  /** The page of messages before the oldest one held. */
  loadOlder(conversationId: string): void;
  tag(conversationId: string, tags: string[]): Promise<Conversation>;
  transfer(transfer: ConversationTransfer): Promise<Conversation>;
  retry(conversationId: string, clientId: string): void;
  closeTab(conversationId: string): void;
  activate(conversationId: string): void;
  move(step: number): void;
}

export interface InboxDeps {
  connection: AgentConnection;
  agent: Agent;
  storage: KeyValueStorage;
  newClientId?: () => string;
  /** False while another screen covers the inbox: nothing counts as read then. */
  active?: boolean;
}

export const LIST_ERRORS = 'list';

/** Views the start-up list does not already cover. */
const needsServerView = (view: InboxView) => view === 'team' || view === 'open' || view === 'closed';


function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState !== 'hidden');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

export function useInbox({ connection, agent: signedInAgent, storage, newClientId = randomClientId, active = true }: InboxDeps): InboxModel {
  const [state, dispatch] = useReducer(inboxReducer, signedInAgent.id, (agentId) =>
    initialInboxState(loadReadMarks(storage, agentId), loadOpenTabs(storage, agentId)),
  );
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [agent, setAgent] = useState(signedInAgent);
  const [errors, setErrors] = useState<Record<string, ParleyClientError>>({});
  const [view, setView] = useState<InboxView>('overview');
  const currentView = useRef(view);
  currentView.current = view;
  // Handlers run outside render and need the state as it is now, not as it was when they were made.
  const latest = useRef(state);
  latest.current = state;

  // One older page at a time per conversation: scrolling fires many events.
  const loadingOlder = useRef(new Set<string>());
  const viewLoader = useRef<(view: InboxView, cursor?: string) => unknown>(() => {});
  const report = useCallback((key: string, error: unknown) => setErrors((all) => ({ ...all, [key]: toClientError(error) })), []);
  const clear = useCallback(
    (key: string) =>
      setErrors((all) => {
        if (!(key in all)) return all;
        const { [key]: _cleared, ...rest } = all;
        return rest;
      }),
    [],
  );

  useEffect(() => {
    let alive = true;
    const liveTop = new Map<string, number>();
    const refreshList = () =>
      connection.list().then(
        ({ conversations }) => {
          if (!alive) return;
          dispatch({ type: 'listed', conversations });
          clear(LIST_ERRORS);
          // The default list holds neither closed conversations nor other agents' ones.
          if (needsServerView(currentView.current)) void listView(currentView.current);
        },
        (error: unknown) => alive && report(LIST_ERRORS, error),
      );
    const listView = (wanted: InboxView, cursor?: string) =>
      connection.list(wanted === 'overview' ? 'default' : wanted, cursor).then(
        ({ conversations, nextCursor }) => alive && dispatch({ type: 'viewListed', conversations, nextCursor }),
        (error: unknown) => alive && report(LIST_ERRORS, error),
      );
    viewLoader.current = listView;
    const disposers = [
      // Every (re)connect re-reads the list: updates sent while offline were lost.
      connection.onStatus((next) => {
        setStatus(next);
        if (next === 'online') void refreshList();
      }),
      connection.onSession(setAgent),
      connection.onConversationUpdated((conversation) => dispatch({ type: 'conversationUpdated', conversation })),
      connection.onRead((receipt) => dispatch({ type: 'receipt', receipt })),
      connection.onVisitorUpdated((visitor) => visitor.erasedAt && dispatch({ type: 'visitorErased', visitorId: visitor.id })),
      connection.onMessage((message) => {
        const id = message.conversationId;
        const held = latest.current.transcripts[id];
        dispatch({ type: 'messagesArrived', conversationId: id, messages: [message] });
        if (!held) return;
        // `held` is as of the last render; messages delivered in one burst (a catch-up) count too.
        const top = held.length > 0 ? Math.max(highestSeq(held), liveTop.get(id) ?? 0) : 0;
        liveTop.set(id, Math.max(top, message.seq));
        // A hole before this message (a broadcast lost in a race with opening): fetch what is missing.
        if (top > 0 && message.seq > top + 1) {
          connection.sync(id, top).then(
            (messages) => alive && dispatch({ type: 'messagesArrived', conversationId: id, messages }),
            () => {},
          );
        }
      }),
    ];
    return () => {
      alive = false;
      disposers.forEach((dispose) => dispose());
    };
  }, [connection, report, clear]);

  const visible = usePageVisible();
  const activeId = state.tabs.active;
  const activeTranscript = activeId ? state.transcripts[activeId] : undefined;
  useEffect(() => {
    if (activeId && visible && active) dispatch({ type: 'read', conversationId: activeId });
  }, [activeId, activeTranscript, visible, active]);
  useEffect(() => saveReadMarks(storage, agent.id, state.readSeq), [storage, agent.id, state.readSeq]);

  // Read receipts for the visitor: only the assigned agent's reading counts, once per new seq.
  const activeRead = activeId ? (state.readSeq[activeId] ?? 0) : 0;
  const activeConversation = activeId ? state.conversations[activeId] : undefined;
  const receiptOwed = activeConversation?.status === 'assigned' && activeConversation.assignedAgentId === agent.id && activeRead > activeConversation.readSeq.agent;
  useEffect(() => {
    if (activeId && receiptOwed) connection.markRead(activeId, activeRead).catch(() => {});
  }, [connection, activeId, activeRead, receiptOwed]);
  useEffect(() => saveOpenTabs(storage, agent.id, state.tabs), [storage, agent.id, state.tabs]);

  const deliver = useCallback(
    (conversationId: string, clientId: string, text: string, internal: boolean, attachment?: Attachment) => {
      connection.send({ conversationId, clientId, text, ...(internal ? { internal } : {}), ...(attachment ? { attachmentId: attachment.id } : {}) }).then(
        (message) => {
          dispatch({ type: 'messagesArrived', conversationId, messages: [message] });
          clear(conversationId);
        },
        (error: unknown) => {
          dispatch({ type: 'replyFailed', conversationId, clientId });
          report(conversationId, error);
        },
      );
    },
    [connection, report, clear],
  );

  const load = useCallback(
    (conversationId: string, onGone?: () => void) => {
      connection.open(conversationId, 0).then(
        ({ conversation, messages, hasOlder }) => {
          dispatch({ type: 'conversationUpdated', conversation });
          dispatch({ type: 'messagesArrived', conversationId, messages });
          dispatch({ type: 'olderKnown', conversationId, messages: [], hasOlder });
          clear(conversationId);
        },
        (error: unknown) => {
          const gone = error instanceof ParleyClientError && (error.code === 'PARLEY_ERR_CONVERSATION_NOT_FOUND' || error.code === 'PARLEY_ERR_FORBIDDEN');
          if (gone && onGone) onGone();
          else report(conversationId, error);
        },
      );
    },
    [connection, report, clear],
  );

  // Tabs restored from before a reload (see the reducer's initial state) load their transcripts;
  // ones that no longer exist close quietly. Once per inbox: later tabs are opened by the agent.
  const restored = useRef(state.tabs.ids);
  useEffect(() => {
    for (const conversationId of restored.current) {
      load(conversationId, () => {
        connection.forget(conversationId);
        dispatch({ type: 'tabClosed', conversationId });
      });
    }
  }, [connection, load]);

  return useMemo<InboxModel>(() => {
    const open = (conversationId: string) => {
      const held = latest.current.transcripts[conversationId];
      dispatch({ type: 'tabOpened', conversationId });
      // An empty transcript may be a failed first load: asking again is cheap.
      if (!held || held.length === 0) load(conversationId);
    };
    return {
      state,
      status,
      agent,
      errors,
      unread(conversationId) {
        const conversation = state.conversations[conversationId];
        if (!conversation) return 0;
        return unreadCount(conversation, state.readSeq[conversationId] ?? 0, state.transcripts[conversationId], agent.id);
      },
      open,
      take(conversationId) {
        connection.take(conversationId).then(
          (conversation) => {
            dispatch({ type: 'conversationUpdated', conversation });
            clear(LIST_ERRORS);
            open(conversationId);
          },
          (error: unknown) => report(conversationId in latest.current.transcripts ? conversationId : LIST_ERRORS, error),
        );
      },
      closeConversation(conversationId) {
        connection.close(conversationId).then(
          (conversation) => {
            dispatch({ type: 'conversationUpdated', conversation });
            clear(conversationId);
          },
          (error: unknown) => report(conversationId, error),
        );
      },
      send(conversationId, text, options = {}) {
        const clientId = newClientId();
        const internal = options.internal === true;
        const { attachment } = options;
        dispatch({ type: 'replyPending', entry: pendingEntry({ conversationId, clientId, text, internal, ...(attachment ? { attachment } : {}), author: { kind: 'agent', id: agent.id, name: agent.name } }) });
        deliver(conversationId, clientId, text, internal, attachment);
      },
      view,
      showView(next) {
        setView(next);
        if (needsServerView(next)) viewLoader.current(next);
      },
      loadMore() {
        const cursor = latest.current.viewCursor;
        if (cursor && needsServerView(view)) viewLoader.current(view, cursor);
      },
      loadOlder(conversationId) {
        const held = latest.current.transcripts[conversationId] ?? [];
        const oldest = Math.min(...held.filter((entry) => entry.seq > 0).map((entry) => entry.seq));
        if (!Number.isFinite(oldest) || oldest <= 1 || loadingOlder.current.has(conversationId)) return;
        loadingOlder.current.add(conversationId);
        connection
          .older(conversationId, oldest)
          .then(
            ({ messages, hasOlder }) => dispatch({ type: 'olderKnown', conversationId, messages, hasOlder }),
            (error: unknown) => report(conversationId, error),
          )
          .finally(() => loadingOlder.current.delete(conversationId));
      },
      tag: (conversationId, tags) =>
        connection.tag(conversationId, tags).then((conversation) => {
          dispatch({ type: 'conversationUpdated', conversation });
          return conversation;
        }),
      transfer: (transfer) =>
        connection.transfer(transfer).then((conversation) => {
          dispatch({ type: 'conversationUpdated', conversation });
          return conversation;
        }),
      retry(conversationId, clientId) {
        const entry = latest.current.transcripts[conversationId]?.find((candidate) => candidate.clientId === clientId && candidate.delivery === 'failed');
        if (!entry) return;
        dispatch({ type: 'replyPending', entry });
        deliver(conversationId, clientId, entry.text, entry.internal === true, entry.attachment);
      },
      closeTab(conversationId) {
        connection.forget(conversationId);
        dispatch({ type: 'tabClosed', conversationId });
        clear(conversationId);
      },
      activate: (conversationId) => dispatch({ type: 'tabActivated', conversationId }),
      move: (step) => dispatch({ type: 'tabMoved', step }),
    };
  }, [state, status, agent, errors, view, connection, newClientId, deliver, load, report, clear]);
}
