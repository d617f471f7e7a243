import { useRef, useState } from 'preact/hooks';
import type { Locale, QuickReply } from '../../../shared/domain';
import type { VisitorProfile } from '../../../shared/schemas';
import { VISITOR_API } from '../../../shared/http';
import type { WidgetConfig } from '../../../shared/settings';
import { containsSensitiveNumber } from '../../../shared/sensitive-numbers';
import { noticeText, type Strings } from '../i18n';
import { attachmentUrlFor, saveFile } from '../lib/attachments';
import type { ChatController } from '../lib/chat-controller';
import { canAskForHuman, headerStatus, needsPreChat, offersMessageForm, topicsOf, wantsRating } from '../lib/panel-rules';
import { useStore } from '../lib/use-store';
import { Composer } from './Composer';
import { ErasureRequest } from './ErasureRequest';
import { MessageList } from './MessageList';
import { OfflineForm } from './OfflineForm';
import { PanelHeader } from './PanelHeader';
import { PreChatForm } from './PreChatForm';
import { RatingForm } from './RatingForm';

export interface PanelMemory {
  /** The visitor answered the pre-chat form (on this or an earlier page). */
  profileGiven: boolean;
  /** The conversation the visitor left an offline message for. */
  offlineSentFor: string | null;
  draft: string;
}

export interface ChatPanelProps {
  chat: ChatController;
  t: Strings;
  locale: Locale;
  config: WidgetConfig | null;
  /** A proactive message that opened the panel. */
  greeting: string | null;
  /** `Parley('identify')` told us who the visitor is: no pre-chat form. */
  identified: boolean;
  /** Read once, when the panel opens. */
  memory: PanelMemory;
  onDraftChange: (text: string) => void;
  onClose: () => void;
}

/** The chat window: header, transcript, and below it whatever the visitor can do now. */
export function ChatPanel({ chat, t, locale, config, greeting, identified, memory, onDraftChange, onClose }: ChatPanelProps) {
  const state = useStore(chat);
  const [profileGiven, setProfileGiven] = useState(memory.profileGiven);
  const [offlineSentFor, setOfflineSentFor] = useState(memory.offlineSentFor);
  const [offlineThanks, setOfflineThanks] = useState<string | null>(null);
  // 1: rated on this page; 2: the NPS question after it skipped too (one state keeps the widget small).
  const [rated, setRated] = useState(0);
  // The visitor just sent a card, ID, account or phone number: ask them, kindly, not to.
  const [sentSensitive, setSentSensitive] = useState(false);
  const send = (text: string) => {
    chat.send(text);
    setSentSensitive(containsSensitiveNumber(text));
  };
  const [dragging, setDragging] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const { conversation } = state;
  const rules = config?.widget.attachments;
  const refused = state.refusal === 'PARLEY_ERR_FORBIDDEN' ? t.connection.forbidden : state.refusal === 'PARLEY_ERR_VISITOR_BLOCKED' ? t.connection.blocked : null;
  const connection = state.status === 'online' ? null : (refused ?? t.connection[state.status]);

  // Quick replies and "Talk to a human" disappear once used; focus would fall to the
  // page body, where Esc and typing no longer reach the widget. The box is next anyway.
  const focusBox = () => box.current?.focus();
  // The server decides, as for words to the bot: the queue when an agent can take it,
  // else the conversation is kept as a message and the leave-a-message form opens.
  const askForHuman = () => {
    chat.requestHandoff();
    focusBox();
  };
  const onQuickReply = (reply: QuickReply) => {
    if (reply.action === 'handoff') return askForHuman();
    if (reply.action === 'solved') chat.markSolved();
    else chat.send(reply.label);
    focusBox();
  };
  const attach = rules?.enabled ? (files: File[]) => files.forEach((file) => chat.attach(file)) : undefined;
  const downloadTranscript = () =>
    conversation &&
    // The visitor's own timezone, so the file's times match their clock.
    chat.download(`${VISITOR_API.visitorTranscript(conversation.id)}?tz=${encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)}`).then(
      (blob) => saveFile(blob, `parley-transcript-${conversation.id}.txt`),
      () => chat.showNotice('PARLEY_WIDGET_DOWNLOAD'),
    );
  const rate = async (score: number, comment: string) => {
    const stored = await chat.rate(score, comment);
    if (stored) setRated(1);
    return stored;
  };
  const submitProfile = async (profile: VisitorProfile) => {
    const stored = await chat.submitProfile(profile);
    if (stored) setProfileGiven(true);
    return stored;
  };

  const preChat = needsPreChat(config, { profileGiven, identified, hasThread: state.thread.length > 0 });
  const offlineForm = !offlineThanks && offersMessageForm(state, { sentFor: offlineSentFor });

  return (
    <div
      class={dragging ? 'panel panel-dragging' : 'panel'}
      role="dialog"
      // Clicks on the panel's background keep focus in the widget, so Esc still closes it.
      tabIndex={-1}
      aria-label={config?.siteName ?? t.title}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
      onDragOver={(event) => {
        if (!attach || !event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={(event) => {
        setDragging(false);
        if (!attach || !event.dataTransfer?.files.length) return;
        event.preventDefault();
        attach(Array.from(event.dataTransfer.files));
      }}
    >
      <PanelHeader t={t} siteName={config?.siteName ?? null} conversation={conversation} status={headerStatus(state, config, t)} available={config?.agentsAvailable ?? true} onClose={onClose} />
      {connection && (
        <p class={state.status === 'unavailable' ? 'banner banner-error' : 'banner'} role="status">
          {connection}
        </p>
      )}
      {dragging && <p class="drop-hint">{t.dropFiles}</p>}
      <MessageList
        thread={state.thread}
        t={t}
        locale={locale}
        greeting={greeting || config?.widget.theme.greeting[locale] || t.emptyThread}
        agentReadSeq={state.agentReadSeq}
        onQuickReply={onQuickReply}
        onRetry={chat.retry}
        loadAttachment={(id) => attachmentUrlFor(chat, id)}
        onDownloadError={() => chat.showNotice('PARLEY_WIDGET_DOWNLOAD')}
      />
      {state.agentTyping !== null && <p class="typing">{t.typing(state.agentTyping || null)}</p>}
      {state.notice && (
        <div class="notice" role="alert">
          <span>{noticeText(t, state.notice)}</span>
          <button type="button" class="link-button" onClick={chat.dismissNotice}>
            {t.dismiss}
          </button>
        </div>
      )}
      {sentSensitive && (
        <div class="notice" role="status">
          <span>{t.sensitiveNumbers}</span>
          <button type="button" class="link-button" onClick={() => setSentSensitive(false)}>
            {t.dismiss}
          </button>
        </div>
      )}
      {offlineThanks && (
        <p class="form-note" role="status">
          {t.offline.thanks(offlineThanks)}
        </p>
      )}
      {conversation?.status === 'closed' && (
        <div class="closed">
          {wantsRating(state) && !rated && <RatingForm t={t} onRate={rate} />}
          {(rated || conversation.csat) && conversation.resolution === 'agent' && (
            <p class="form-note" role="status">
              {t.rating.thanks}
            </p>
          )}
          {config?.widget.nps?.enabled && conversation.csat && rated < 2 && conversation.nps == null && <RatingForm t={t} onRate={(score) => chat.rate(score, '', true)} nps={() => setRated(2)} />}
          <button type="button" class="link-button" onClick={downloadTranscript}>
            {t.transcript}
          </button>
        </div>
      )}
      {canAskForHuman(state) && !offlineForm && !preChat && (
        <div class="actions">
          <button type="button" class="human" aria-disabled={state.handoffPending} onClick={askForHuman}>
            {t.talkToHuman}
          </button>
        </div>
      )}
      {preChat ? (
        <PreChatForm
          t={t}
          fields={config!.widget.preChat.fields}
          topics={topicsOf(config)}
          onSubmit={submitProfile}
        />
      ) : offlineForm ? (
        <OfflineForm
          t={t}
          onSubmit={chat.leaveOfflineMessage}
          onSent={(email) => {
            setOfflineThanks(email);
            setOfflineSentFor(chat.get().conversation?.id ?? null);
          }}
        />
      ) : (
        <Composer
          t={t}
          onSend={send}
          onAttach={attach}
          accept={rules?.allowedTypes.join(',')}
          initialText={memory.draft}
          onDraftChange={onDraftChange}
          onTyping={chat.setTyping}
          boxRef={box}
        />
      )}
      {conversation && <ErasureRequest t={t} onRequest={chat.requestErasure} onSettled={focusBox} />}
    </div>
  );
}
