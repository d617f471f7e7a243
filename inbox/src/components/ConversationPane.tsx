/**
 * One open conversation: who it is with, what the bot found out, the whole transcript
 * (visitor, bot, agents and Parley's own notices) and the reply box.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import { names, useStrings } from '../i18n';
import { visitorLabel } from '../lib/conversations';
import type { TranscriptEntry } from '../lib/messages';
import { Composer } from './Composer';
import { HandoffSummary } from './HandoffSummary';
import { MessageItem } from './MessageItem';

interface ConversationPaneProps {
  conversation: Conversation;
  entries: readonly TranscriptEntry[];
  selfAgentId: string;
  error?: string | null;
  onSend: (text: string) => void;
  onRetry: (clientId: string) => void;
  onTake: () => void;
  onClose: () => void;
}

export function ConversationPane({ conversation, entries, selfAgentId, error, onSend, onRetry, onTake, onClose }: ConversationPaneProps) {
  const strings = useStrings();
  const visitor = visitorLabel(conversation);
  const mine = conversation.status === 'assigned' && conversation.assignedAgentId === selfAgentId;
  const takeable = conversation.status === 'bot' || conversation.status === 'queued' || conversation.status === 'offline';
  const composerHint =
    conversation.status === 'closed' ? strings.closedNotice : mine ? null : conversation.assignedAgentName && conversation.status === 'assigned' ? strings.assignedTo(conversation.assignedAgentName) : strings.takeToReply;

  const log = useRef<HTMLOListElement>(null);
  // Follow new messages only when the agent is already at the bottom, not while they scroll back.
  const stuckToBottom = useRef(true);
  useLayoutEffect(() => {
    if (log.current && stuckToBottom.current) log.current.scrollTop = log.current.scrollHeight;
  }, [entries.length]);

  return (
    <article class="pane">
      <header class="pane-header">
        <h2>{visitor}</h2>
        <span class={`row-status status-${conversation.status}`}>{strings.status[conversation.status]}</span>
        <div class="pane-actions">
          {takeable && (
            <button type="button" onClick={onTake}>
              {names.takeConversation}
            </button>
          )}
          {conversation.status !== 'closed' && (
            <button type="button" onClick={onClose}>
              {names.closeConversation}
            </button>
          )}
        </div>
      </header>
      {conversation.handoff && <HandoffSummary handoff={conversation.handoff} />}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <ol
        ref={log}
        role="log"
        class="transcript"
        aria-label={names.conversationWith(visitor)}
        tabIndex={0}
        onScroll={(event) => {
          const el = event.currentTarget;
          stuckToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {entries.map((entry) => (
          <MessageItem key={entry.clientId} entry={entry} selfAgentId={selfAgentId} onRetry={onRetry} />
        ))}
      </ol>
      <Composer onSend={onSend} disabled={!mine} hint={composerHint} />
    </article>
  );
}
