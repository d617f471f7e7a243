/**
 * The agent's overview: their own conversations, the queue and the bot's conversations,
 * or one filter (mine, queue, team, all open, closed). Each row is one button (the
 * visitor, the last message, status, waiting time, unread count) so a screen-reader user
 * hears everything about a conversation in one stop.
 */
import { detectAbuse, type AbuseLists } from '../../../shared/abuse';
import { useEffect, useState } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import type { AbuseApi } from '../admin/AbuseApi';
import { isFlaggedPreview, useAbuseLists } from '../conversation/AbuseGuard';
import { useStrings, type Strings } from '../i18n';
import { systemLine } from '../lib/system-line';
import { visitorLabel, type ListSections } from '../lib/conversations';
import { waitingMinutes, type InboxView } from '../lib/views';

const VIEWS: InboxView[] = ['overview', 'mine', 'queue', 'team', 'open', 'closed'];

/** The current time, refreshed every `everyMs`, for waiting times that grow while nobody touches the list. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

interface ConversationListProps {
  view?: InboxView;
  onView?: (view: InboxView) => void;
  /** The chosen filter's conversations; unused in the overview. */
  filtered?: Conversation[];
  sections: ListSections;
  unread: (conversationId: string) => number;
  activeId: string | null;
  loaded: boolean;
  error?: string | null;
  onOpen: (conversationId: string) => void;
  onTake: (conversationId: string) => void;
  /** The chosen filter has another page on the server (closed conversations go back forever). */
  onMore?: (() => void) | undefined;
  /** Where the site's abuse lists come from (previews are checked with them); the signed-in agent's by default. */
  abuseApi?: AbuseApi | null;
}

export function ConversationList({ view = 'overview', onView, filtered = [], sections, unread, activeId, loaded, error, onOpen, onTake, onMore, abuseApi }: ConversationListProps) {
  const strings = useStrings();
  const now = useNow(30_000);
  const lists = useAbuseLists(abuseApi);
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
              now={now}
              lists={lists}
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
      {onView && (
        <div class="list-filters" role="group" aria-label={strings.names.listFilter}>
          {VIEWS.map((candidate) => (
            <button key={candidate} type="button" aria-pressed={view === candidate} onClick={() => onView(candidate)}>
              {strings.names.filters[candidate]}
            </button>
          ))}
        </div>
      )}
      {view === 'overview' ? (
        <>
          {section('list-mine', strings.names.mine, sections.mine, false)}
          {section('list-queue', strings.names.queue, sections.queue, true)}
          {section('list-bot', strings.names.withBot, sections.bot, false)}
        </>
      ) : (
        <>
          {section(`list-${view}`, strings.names.filters[view], filtered, view === 'queue')}
          {onMore && (
            <button type="button" class="load-more" onClick={onMore}>
              {strings.names.loadMore}
            </button>
          )}
        </>
      )}
      <p class="shortcuts muted">{strings.shortcuts}</p>
    </nav>
  );
}

interface ConversationRowProps {
  conversation: Conversation;
  unread: number;
  current: boolean;
  onOpen: (conversationId: string) => void;
  onTake?: ((conversationId: string) => void) | undefined;
  now: number;
  /** The site's extra and allowed words, as the server and the transcript's blur use them. */
  lists: AbuseLists;
}

function ConversationRow({ conversation, unread, current, onOpen, onTake, now, lists }: ConversationRowProps) {
  const strings = useStrings();
  const visitor = visitorLabel(conversation, strings.names);
  const waited = waitingMinutes(conversation, now);
  return (
    <li class={`conversation-row${current ? ' current' : ''}${unread > 0 ? ' has-unread' : ''}`}>
      <button type="button" class="row-open" aria-current={current ? 'true' : undefined} onClick={() => onOpen(conversation.id)}>
        <span class="row-visitor">{visitor}</span>
        <span class="row-preview">{isFlaggedPreview(conversation) ? strings.protection.hidden : previewText(strings, conversation.lastMessagePreview, lists)}</span>
        <span class={`row-status status-${conversation.status}`}>{strings.status[conversation.status]}</span>
        {waited !== null && <span class="row-wait">{strings.waiting(waited)}</span>}
        {conversation.tags.length > 0 && <span class="row-tags">{conversation.tags.join(', ')}</span>}
        {unread > 0 && (
          <span class="badge" title={strings.unread(unread)}>
            <span aria-hidden="true">{unread}</span>
            <span class="visually-hidden">{strings.unread(unread)}</span>
          </span>
        )}
      </button>
      {onTake && (
        <button type="button" class="row-take" aria-label={strings.names.takeFrom(visitor)} onClick={() => onTake(conversation.id)}>
          {strings.names.take}
        </button>
      )}
    </li>
  );
}

/**
 * The list never shows abuse unasked: an abusive last message (by the site's lists too) is
 * replaced by a note that it is hidden.
 */
function previewText(strings: Strings, preview: string | null, lists: AbuseLists): string {
  if (!preview) return strings.noPreview;
  return detectAbuse(preview, lists).abusive ? strings.protection.hidden : systemLine(strings, preview);
}
