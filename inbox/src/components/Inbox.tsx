/**
 * The signed-in screen: the conversation list beside the open conversation tabs.
 * Conversation state comes from `useInbox`; site data (agents, teams, canned responses)
 * from `useDirectory`; this component lays them out and connects the panes' actions.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Agent } from '../../../shared/domain';
import type { VisitorApi } from '../conversation/visitor-api';
import { errorText, useStrings } from '../i18n';
import type { AgentConnection, ConnectionStatus } from '../lib/agent-connection';
import { listSections, visitorLabel } from '../lib/conversations';
import { titleWithUnread } from '../lib/page-title';
import { nextUnread } from '../lib/tabs';
import type { KeyValueStorage } from '../lib/storage';
import { randomClientId } from '../lib/messages';
import { chime, useAlerts, type AlertOutputs } from '../lib/use-alerts';
import { useDirectory, type DirectoryApis } from '../lib/use-directory';
import { LIST_ERRORS, useInbox } from '../lib/use-inbox';
import { usePresence } from '../lib/use-presence';
import { conversationsInView } from '../lib/views';
import { useVisitorTyping } from '../lib/visitor-typing';
import { ConversationList } from './ConversationList';
import { ConversationPane } from './ConversationPane';
import { noteAbuseFlags } from '../conversation/AbuseGuard';
import { ConversationTabs } from './ConversationTabs';
import { TopBar } from './TopBar';

export type InboxApis = DirectoryApis & { visitors: VisitorApi };

interface InboxProps {
  connection: AgentConnection;
  agent: Agent;
  storage: KeyValueStorage;
  apis: InboxApis;
  onSignOut: () => void;
  onStatus?: (status: ConnectionStatus) => void;
  onAgent?: (agent: Agent) => void;
  newClientId?: () => string;
  /** Sound and browser notifications; by default the browser's own. */
  alertOutputs?: AlertOutputs;
  /** False while another workspace screen covers the inbox. */
  active?: boolean;
}

const TAKE_ECHO_MS = 10_000;

const browserAlerts: AlertOutputs = { notification: typeof Notification === 'undefined' ? undefined : Notification, playSound: chime };

export function Inbox({ connection, agent: signedInAgent, storage, apis, onSignOut, onStatus, onAgent, newClientId, alertOutputs = browserAlerts, active = true }: InboxProps) {
  const strings = useStrings();
  const inbox = useInbox({ connection, agent: signedInAgent, storage, active, ...(newClientId ? { newClientId } : {}) });
  const { state, agent, status, errors } = inbox;
  const directory = useDirectory(apis, active);
  const typing = useVisitorTyping(connection);
  const presence = usePresence(connection, signedInAgent, storage);
  // The abuse model's verdicts arrive after their messages: the list and transcript blur them.
  useEffect(() => connection.onAbuseFlagged((flag) => noteAbuseFlags([flag])), [connection]);
  // Conversations this agent took by hand in the last few seconds (their own "assigned" echo is no news).
  const takenByMe = useRef(new Map<string, number>());
  const alerts = useAlerts({
    connection,
    selfAgentId: agent.id,
    conversations: state.conversations,
    watchingId: !active || document.visibilityState === 'hidden' ? null : state.tabs.active,
    describe: (alert, conversation) => {
      const visitor = conversation ? visitorLabel(conversation, strings.names) : '';
      return { title: alert.kind === 'assigned' ? strings.alertAssigned(visitor) : strings.alertMessage(visitor), body: alert.text ?? '' };
    },
    onOpen: inbox.open,
    ignore: (conversationId) => Date.now() - (takenByMe.current.get(conversationId) ?? 0) < TAKE_ECHO_MS,
    storage,
    outputs: alertOutputs,
  });

  useEffect(() => {
    onStatus?.(status);
  }, [status, onStatus]);
  useEffect(() => {
    onAgent?.(agent);
  }, [agent, onAgent]);

  const sections = listSections(state.conversations, agent.id);
  const filtered = useMemo(() => (inbox.view === 'overview' ? [] : conversationsInView(state.conversations, inbox.view, agent)), [state.conversations, inbox.view, agent]);
  // Unread messages in the agent's own conversations, in the browser tab's title.
  const mineUnread = sections.mine.reduce((sum, conversation) => sum + inbox.unread(conversation.id), 0);
  useEffect(() => {
    document.title = titleWithUnread(strings.appTitle, mineUnread);
  }, [mineUnread, strings.appTitle]);
  const label = (id: string) => {
    const conversation = state.conversations[id];
    return conversation ? visitorLabel(conversation, strings.names) : strings.loading;
  };
  const message = (key: string) => {
    const error = errors[key];
    return error ? errorText(strings, error) : null;
  };
  // Alt+U: the next conversation with unread messages. `code`, not `key`: with a Korean
  // layout active the U key types "ㅕ".
  const latest = useRef({ inbox, mine: sections.mine, active });
  latest.current = { inbox, mine: sections.mine, active };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyU') return;
      const { inbox: now, mine, active: onScreen } = latest.current;
      if (!onScreen) return;
      const target = nextUnread(now.state.tabs, mine.map((conversation) => conversation.id), now.unread);
      event.preventDefault();
      if (target) now.open(target);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const take = (conversationId: string) => {
    takenByMe.current.set(conversationId, Date.now());
    inbox.take(conversationId);
  };

  return (
    <div class="inbox">
      <TopBar agent={agent} status={status} presence={presence} alerts={alerts} onSignOut={onSignOut} />
      <ConversationList
        view={inbox.view}
        onView={inbox.showView}
        filtered={filtered}
        sections={sections}
        unread={inbox.unread}
        activeId={state.tabs.active}
        loaded={state.listLoaded}
        error={message(LIST_ERRORS)}
        onMore={state.viewCursor ? inbox.loadMore : undefined}
        onOpen={inbox.open}
        onTake={take}
      />
      <ConversationTabs
        tabs={state.tabs}
        label={label}
        unread={inbox.unread}
        onActivate={inbox.activate}
        onClose={inbox.closeTab}
        placeholder={<p class="empty">{strings.noTabs}</p>}
        renderPanel={(id) => {
          const conversation = state.conversations[id];
          if (!conversation) return <p class="empty">{message(id) ?? strings.loading}</p>;
          return (
            <ConversationPane
              conversation={conversation}
              entries={state.transcripts[id] ?? []}
              self={agent}
              error={message(id)}
              visitorTyping={typing.has(id)}
              directory={directory}
              visitorApi={apis.visitors}
              connection={connection}
              actions={{
                send: (text, options) => inbox.send(id, text, options),
                retry: (clientId) => inbox.retry(id, clientId),
                take: () => take(id),
                close: () => inbox.closeConversation(id),
                tag: (tags) => inbox.tag(id, tags),
                transfer: inbox.transfer,
                typing: (on) => connection.setTyping(id, on),
                openConversation: inbox.open,
                loadOlder: () => inbox.loadOlder(id),
                endPolitely: (closing) => connection.send({ conversationId: id, clientId: randomClientId(), text: closing }).then(() => inbox.closeConversation(id)),
              }}
              olderAvailable={state.olderAvailable[id] ?? false}
            />
          );
        }}
      />
    </div>
  );
}
