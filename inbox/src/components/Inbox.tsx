/**
 * The signed-in screen: the conversation list beside the open conversation tabs.
 * All state comes from `useInbox`; this component only lays it out.
 */
import { useEffect } from 'preact/hooks';
import type { Agent } from '../../../shared/domain';
import { errorText, names, useStrings } from '../i18n';
import type { AgentConnection, ConnectionStatus } from '../lib/agent-connection';
import { listSections, visitorLabel } from '../lib/conversations';
import { titleWithUnread } from '../lib/page-title';
import type { KeyValueStorage } from '../lib/storage';
import { LIST_ERRORS, useInbox } from '../lib/use-inbox';
import { ConversationList } from './ConversationList';
import { ConversationPane } from './ConversationPane';
import { ConversationTabs } from './ConversationTabs';

interface InboxProps {
  connection: AgentConnection;
  agent: Agent;
  storage: KeyValueStorage;
  onSignOut: () => void;
  onStatus?: (status: ConnectionStatus) => void;
  onAgent?: (agent: Agent) => void;
  newClientId?: () => string;
}

export function Inbox({ connection, agent: signedInAgent, storage, onSignOut, onStatus, onAgent, newClientId }: InboxProps) {
  const strings = useStrings();
  const inbox = useInbox({ connection, agent: signedInAgent, storage, ...(newClientId ? { newClientId } : {}) });
  const { state, agent, status, errors } = inbox;

  useEffect(() => {
    onStatus?.(status);
  }, [status, onStatus]);
  useEffect(() => {
    onAgent?.(agent);
  }, [agent, onAgent]);

  const sections = listSections(state.conversations, agent.id);
  // Unread messages in the agent's own conversations, in the browser tab's title.
  const mineUnread = Object.values(state.conversations)
    .filter((conversation) => conversation.status === 'assigned' && conversation.assignedAgentId === agent.id)
    .reduce((sum, conversation) => sum + inbox.unread(conversation.id), 0);
  useEffect(() => {
    document.title = titleWithUnread(strings.appTitle, mineUnread);
  }, [mineUnread, strings.appTitle]);
  const label = (id: string) => {
    const conversation = state.conversations[id];
    return conversation ? visitorLabel(conversation) : strings.loading;
  };
  const message = (key: string) => {
    const error = errors[key];
    return error ? errorText(strings, error) : null;
  };

  return (
    <div class="inbox">
      <header class="topbar">
        <h1>{strings.appTitle}</h1>
        <p class={`connection connection-${status}`} role="status">
          {status === 'online' ? '' : strings.connection[status]}
        </p>
        <p class="who">{strings.signedInAs(agent.name)}</p>
        <button type="button" onClick={onSignOut}>
          {names.signOut}
        </button>
      </header>
      <ConversationList
        sections={sections}
        unread={inbox.unread}
        activeId={state.tabs.active}
        loaded={state.listLoaded}
        error={message(LIST_ERRORS)}
        onOpen={inbox.open}
        onTake={inbox.take}
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
              selfAgentId={agent.id}
              error={message(id)}
              onSend={(text) => inbox.send(id, text)}
              onRetry={(clientId) => inbox.retry(id, clientId)}
              onTake={() => inbox.take(id)}
              onClose={() => inbox.closeConversation(id)}
            />
          );
        }}
      />
    </div>
  );
}
