/**
 * One open conversation: who it is with, what the bot found out, the whole transcript
 * (visitor, bot, agents, internal notes and Parley's own notices), the reply box, and
 * beside it the visitor's details and the conversation's tags.
 */
import { Fragment } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Agent, Attachment, Conversation, Visitor } from '../../../shared/domain';
import type { ConversationTransfer } from '../../../shared/schemas';
import { AbuseBanner } from '../conversation/AbuseGuard';
import { AttachmentDrop } from '../conversation/AttachmentDrop';
import { CsatSummary } from '../conversation/CsatSummary';
import { TagEditor } from '../conversation/TagEditor';
import { usePaneText } from '../conversation/text';
import { TransferDialog } from '../conversation/TransferDialog';
import { VisitorDetails } from '../conversation/VisitorDetails';
import { visitorHints } from '../conversation/visitor-hints';
import type { VisitorApi } from '../conversation/visitor-api';
import { useStrings } from '../i18n';
import type { AgentConnection } from '../lib/agent-connection';
import { visitorLabel } from '../lib/conversations';
import type { TranscriptEntry } from '../lib/messages';
import { lastSeenReplySeq } from '../lib/receipts';
import type { Directory } from '../lib/use-directory';
import { Composer } from './Composer';
import { HandoffSummary } from './HandoffSummary';
import { MessageItem } from './MessageItem';

export interface ConversationActions {
  send: (text: string, options: { internal: boolean; attachment?: Attachment }) => void;
  retry: (clientId: string) => void;
  take: () => void;
  close: () => void;
  tag: (tags: string[]) => Promise<unknown>;
  transfer: (transfer: ConversationTransfer) => Promise<unknown>;
  typing: (typing: boolean) => void;
  openConversation: (conversationId: string) => void;
  /** Fetches the page of messages before the oldest one shown. */
  loadOlder: () => void;
  /** Sends the polite closing to the visitor, then closes the conversation. */
  endPolitely?: (closing: string) => Promise<unknown>;
}

interface ConversationPaneProps {
  conversation: Conversation;
  entries: readonly TranscriptEntry[];
  self: Pick<Agent, 'id' | 'name'> & Partial<Pick<Agent, 'role'>>;
  error?: string | null;
  visitorTyping?: boolean;
  directory: Directory;
  visitorApi: VisitorApi;
  connection: Pick<AgentConnection, 'onVisitorUpdated'>;
  actions: ConversationActions;
  /** Older messages exist than the first one shown. */
  olderAvailable?: boolean;
}

const AGENTS_REFRESH_MS = 3_000;

export function ConversationPane({ conversation, entries, self, error, visitorTyping = false, directory, visitorApi, connection, actions, olderAvailable = false }: ConversationPaneProps) {
  const strings = useStrings();
  const text = usePaneText();
  const [transferring, setTransferring] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [hints, setHints] = useState<string | null>(null);
  const onVisitor = useCallback((loaded: Visitor) => setHints(visitorHints(loaded)), []);
  const visitor = visitorLabel(conversation, strings.names);
  const mine = conversation.status === 'assigned' && conversation.assignedAgentId === self.id;
  const open = conversation.status !== 'closed';
  // Someone else's chat is theirs to close, unless a supervisor steps in (the server checks too).
  const closable = open && (conversation.status !== 'assigned' || mine || (self.role !== undefined && self.role !== 'agent'));
  const takeable = conversation.status === 'bot' || conversation.status === 'queued' || conversation.status === 'offline';
  const composerHint = !open ? strings.closedNotice : mine ? null : conversation.assignedAgentName && conversation.status === 'assigned' ? strings.assignedTo(conversation.assignedAgentName) : strings.takeToReply;
  const seenSeq = lastSeenReplySeq(entries, conversation.readSeq.visitor);

  // Presence is read when the transfer dialog opens and again while it stays open, so a
  // colleague who signs in or steps away meanwhile shows as they are now.
  const { refreshAgents } = directory;
  useEffect(() => {
    if (!transferring) return;
    refreshAgents();
    const timer = setInterval(refreshAgents, AGENTS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [transferring, refreshAgents]);

  const log = useRef<HTMLDivElement>(null);
  // Follow new messages only when the agent is already at the bottom, not while they scroll back.
  const stuckToBottom = useRef(true);
  useLayoutEffect(() => {
    if (log.current && stuckToBottom.current) log.current.scrollTop = log.current.scrollHeight;
  }, [entries.length, visitorTyping]);

  return (
    <div class="pane-layout">
      <article class="pane">
        <header class="pane-header">
          <h2>
            {visitor}
            {hints && !conversation.visitorName && <span class="visitor-hints"> · {hints}</span>}
          </h2>
          <span class={`row-status status-${conversation.status}`}>{strings.status[conversation.status]}</span>
          <div class="pane-actions">
            {takeable && (
              <button type="button" onClick={actions.take}>
                {strings.names.takeConversation}
              </button>
            )}
            {mine && (
              <button
                type="button"
                aria-haspopup="dialog"
                onClick={() => {
                  setNotice(null);
                  setTransferring(true);
                }}
              >
                {strings.names.transfer}
              </button>
            )}
            {closable && (
              <button type="button" onClick={actions.close}>
                {strings.names.closeConversation}
              </button>
            )}
          </div>
        </header>
        {transferring && (
          <TransferDialog
            conversationId={conversation.id}
            selfAgentId={self.id}
            agents={directory.agents}
            teams={directory.teams}
            onTransfer={actions.transfer}
            onDone={(target) => {
              setTransferring(false);
              setNotice(text.transferred(target));
            }}
            onCancel={() => setTransferring(false)}
          />
        )}
        {conversation.handoff && <HandoffSummary handoff={conversation.handoff} conversationId={conversation.id} />}
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
        {notice && (
          <p role="status" class="notice">
            {notice}
          </p>
        )}
        <AbuseBanner conversation={conversation} entries={entries} canEnd={mine} onEndPolitely={actions.endPolitely} />
        <div
          ref={log}
          role="log"
          class="transcript"
          aria-label={strings.names.conversationWith(visitor)}
          tabIndex={0}
          onScroll={(event) => {
            const el = event.currentTarget;
            stuckToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
            // Scrolling up to the first message shown brings the page before it.
            if (olderAvailable && el.scrollTop < 40) actions.loadOlder();
          }}
        >
          <ol class="transcript-lines">
            {olderAvailable && (
              <li class="load-earlier">
                <button type="button" onClick={actions.loadOlder}>
                  {strings.names.loadEarlier}
                </button>
              </li>
            )}
            {entries.map((entry) => (
              <Fragment key={entry.clientId}>
                <MessageItem entry={entry} selfAgentId={self.id} onRetry={actions.retry} />
                {entry.seq === seenSeq && <li class="receipt">{text.seen}</li>}
              </Fragment>
            ))}
          </ol>
        </div>
        <p class="typing" aria-live="polite">
          {visitorTyping && open ? text.typing(visitor) : ''}
        </p>
        <AttachmentDrop conversationId={conversation.id} enabled={mine} onAttached={(attachment) => actions.send(attachment.name, { internal: false, attachment })}>
          <Composer
            onSend={actions.send}
            disabled={!mine}
            notesAllowed={open}
            hint={composerHint}
            cannedResponses={directory.cannedResponses}
            templateValues={{ visitor: { name: conversation.visitorName, email: null }, agent: { name: self.name } }}
            locale={conversation.locale}
            politeGuardPhrases={directory.politeGuardPhrases}
            onTyping={actions.typing}
          />
        </AttachmentDrop>
      </article>
      <aside class="pane-side" aria-label={text.conversationDetails}>
        <VisitorDetails
          visitorId={conversation.visitorId}
          conversationId={conversation.id}
          api={visitorApi}
          connection={connection}
          onOpenConversation={actions.openConversation}
          onVisitor={onVisitor}
        />
        <CsatSummary conversation={conversation} />
        <TagEditor tags={conversation.tags} onSave={actions.tag} />
      </aside>
    </div>
  );
}
