/**
 * The agent's overview: their own conversations, the queue and the bot's conversations.
 * Each row is one button (the visitor, the last message, status, unread count) so a
 * screen-reader user hears everything about a conversation in one stop.
 */
import type { Conversation } from '../../../shared/domain';
import { names, useStrings } from '../i18n';
import { visitorLabel, type ListSections } from '../lib/conversations';

interface ConversationListProps {
  sections: ListSections;
  unread: (conversationId: string) => number;
  activeId: string | null;
  loaded: boolean;
  error?: string | null;
  onOpen: (conversationId: string) => void;
  onTake: (conversationId: string) => void;
}

export function ConversationList({ sections, unread, activeId, loaded, error, onOpen, onTake }: ConversationListProps) {
  const strings = useStrings();
  const section = (id: string, title: string, conversations: Conversation[], takeable: boolean) => (
    <section class="list-section" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="count">({conversations.length})</span>
      </h2>
      {conversations.length === 0 ? (
        <p class="empty">{loaded ? strings.empty : strings.loading}</p>
      ) : (
        <ul>
          {conversations.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              unread={unread(conversation.id)}
              current={conversation.id === activeId}
              onOpen={onOpen}
              onTake={takeable ? onTake : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <nav class="conversation-list" aria-label={strings.conversations}>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {section('list-mine', names.mine, sections.mine, false)}
      {section('list-queue', names.queue, sections.queue, true)}
      {section('list-bot', names.withBot, sections.bot, false)}
    </nav>
  );
}

interface ConversationRowProps {
  conversation: Conversation;
  unread: number;
  current: boolean;
  onOpen: (conversationId: string) => void;
  onTake?: ((conversationId: string) => void) | undefined;
}

function ConversationRow({ conversation, unread, current, onOpen, onTake }: ConversationRowProps) {
  const strings = useStrings();
  const visitor = visitorLabel(conversation);
  return (
    <li class={`conversation-row${current ? ' current' : ''}${unread > 0 ? ' has-unread' : ''}`}>
      <button type="button" class="row-open" aria-current={current ? 'true' : undefined} onClick={() => onOpen(conversation.id)}>
        <span class="row-visitor">{visitor}</span>
        <span class="row-preview">{conversation.lastMessagePreview ?? strings.noPreview}</span>
        <span class={`row-status status-${conversation.status}`}>{strings.status[conversation.status]}</span>
        {unread > 0 && (
          <span class="badge" title={strings.unread(unread)}>
            <span aria-hidden="true">{unread}</span>
            <span class="visually-hidden">{strings.unread(unread)}</span>
          </span>
        )}
      </button>
      {onTake && (
        <button type="button" class="row-take" aria-label={names.takeFrom(visitor)} onClick={() => onTake(conversation.id)}>
          {names.take}
        </button>
      )}
    </li>
  );
}
