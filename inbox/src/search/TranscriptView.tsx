/**
 * One conversation's full transcript, read-only, from the REST endpoint: it joins no live
 * room and offers no reply. Messages go through the inbox's `MessageItem`, which renders
 * them as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Transcript } from '../../../shared/http';
import { MessageItem } from '../components/MessageItem';
import { errorText, useStrings } from '../i18n';
import { visitorLabel } from '../lib/conversations';
import { toClientError } from '../lib/errors';
import type { SearchApi } from './search-api';
import { formatDateTime, searchText } from './search-text';

interface TranscriptViewProps {
  api: SearchApi;
  conversationId: string;
  /** The signed-in agent, whose own messages are marked as theirs. */
  selfAgentId: string;
  onBack: () => void;
}

// Read-only: stored messages cannot be in need of a resend.
const noRetry = () => {};

export function TranscriptView({ api, conversationId, selfAgentId, onBack }: TranscriptViewProps) {
  const strings = useStrings();
  const text = searchText[strings.locale];
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let alive = true;
    setTranscript(null);
    setError(null);
    api.transcript(conversationId).then(
      (loaded) => alive && setTranscript(loaded),
      (failure: unknown) => alive && setError(text.loadFailed(errorText(strings, toClientError(failure)))),
    );
    return () => {
      alive = false;
    };
    // Not keyed on the words: a change of locale is no reason to fetch again.
  }, [api, conversationId]);

  // Moves the reader to what they asked for, once it is there (not again on each earlier page).
  useEffect(() => heading.current?.focus(), [transcript?.conversation.id]);

  const loadEarlier = () => {
    const first = transcript?.messages[0];
    if (!first) return;
    api.transcript(conversationId, first.seq).then(
      (page) => setTranscript((shown) => (shown ? { ...shown, messages: [...page.messages, ...shown.messages], hasOlder: page.hasOlder } : shown)),
      (failure: unknown) => setError(text.loadFailed(errorText(strings, toClientError(failure)))),
    );
  };

  const back = (
    <button type="button" onClick={onBack}>
      {text.names.backToResults}
    </button>
  );
  if (error) {
    return (
      <div>
        <p role="alert" class="error">
          {error}
        </p>
        {back}
      </div>
    );
  }
  if (!transcript) return <p role="status">{strings.loading}</p>;

  const { conversation, messages } = transcript;
  const visitor = visitorLabel(conversation, strings.names);
  return (
    <article aria-label={text.names.transcript(visitor)}>
      <header>
        <h3 ref={heading} tabIndex={-1}>
          {text.transcriptTitle(visitor)}
        </h3>
        {back}
      </header>
      <p class="field-hint">
        {text.readOnly} {strings.status[conversation.status]} · {text.startedAt(formatDateTime(conversation.createdAt, strings.locale))}
        {conversation.assignedAgentName && ` · ${text.assignedTo(conversation.assignedAgentName)}`}
      </p>
      {conversation.tags.length > 0 && (
        <p>
          {conversation.tags.map((tag) => (
            <span key={tag} class="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      {messages.length === 0 ? (
        <p class="empty">{text.noMessages}</p>
      ) : (
        <ol class="transcript">
          {transcript.hasOlder && (
            <li>
              <button type="button" onClick={loadEarlier}>
                {text.earlier}
              </button>
            </li>
          )}
          {messages.map((message) => (
            <MessageItem key={message.id} entry={{ ...message, delivery: 'sent' }} selfAgentId={selfAgentId} onRetry={noRetry} />
          ))}
        </ol>
      )}
    </article>
  );
}
