/**
 * Who the agent is talking to: name, email, the page they are on right now, browser,
 * language, the site's custom attributes and their earlier conversations. Live: the
 * server sends `visitor:updated` when the visitor navigates or fills in the pre-chat form.
 */
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Conversation, Visitor } from '../../../shared/domain';
import { errorText, useStrings } from '../i18n';
import { systemLine } from '../lib/system-line';
import { formatDate } from '../lib/format-date';
import type { AgentConnection } from '../lib/agent-connection';
import { toClientError, type ParleyClientError } from '../lib/errors';
import { browserName } from './browser-name';
import { usePaneText } from './text';
import type { VisitorApi } from './visitor-api';
import { PrivacyApiContext } from '../privacy/privacy-api';
import { usePrivacyText } from '../privacy/privacy-text';
import { VisitorPrivacyActions } from '../privacy/VisitorPrivacyActions';

interface VisitorDetailsProps {
  visitorId: string;
  /** The conversation on screen, left out of "previous conversations". */
  conversationId: string;
  api: VisitorApi;
  connection: Pick<AgentConnection, 'onVisitorUpdated'>;
  onOpenConversation: (conversationId: string) => void;
  /** Told of the visitor as loaded and as they change (their page, their browser). */
  onVisitor?: (visitor: Visitor) => void;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

export function VisitorDetails({ visitorId, conversationId, api, connection, onOpenConversation, onVisitor }: VisitorDetailsProps) {
  const strings = useStrings();
  const text = usePaneText();
  const privacyText = usePrivacyText();
  // Provided for admins only (App.tsx).
  const privacyApi = useContext(PrivacyApiContext);
  const [visitor, setVisitor] = useState<Visitor | null>(null);
  const [previous, setPrevious] = useState<Conversation[]>([]);
  const [error, setError] = useState<ParleyClientError | null>(null);

  useEffect(() => {
    let alive = true;
    setError(null);
    api.details(visitorId).then(
      (details) => {
        if (!alive) return;
        setVisitor(details.visitor);
        setPrevious(details.previousConversations);
      },
      (failure: unknown) => alive && setError(toClientError(failure)),
    );
    const stop = connection.onVisitorUpdated((updated) => {
      if (updated.id !== visitorId) return;
      setVisitor(updated);
      // Live details replace a failed first read.
      setError(null);
    });
    return () => {
      alive = false;
      stop();
    };
  }, [api, connection, visitorId]);

  useEffect(() => {
    if (visitor) onVisitor?.(visitor);
  }, [visitor, onVisitor]);

  const earlier = previous.filter((conversation) => conversation.id !== conversationId);
  const field = (label: string, value: string | null) => (
    <>
      <dt>{label}</dt>
      <dd>{value ?? text.unknown}</dd>
    </>
  );

  return (
    <section class="visitor-details" aria-label={text.visitorDetails}>
      <h3>{text.visitorDetails}</h3>
      {error && <p role="alert" class="error">{errorText(strings, error)}</p>}
      {!visitor && !error && <p>{strings.loading}</p>}
      {visitor?.erasedAt && (
        <p class="erased-visitor">
          <strong>{privacyText.erasedVisitor}</strong> {privacyText.erasedNote(formatDate(visitor.erasedAt, strings.locale))}
        </p>
      )}
      {visitor && !visitor.erasedAt && (
        <dl>
          {field(text.name, visitor.name)}
          {field(text.email, visitor.email)}
          <dt>{text.page}</dt>
          <dd>
            {visitor.pageUrl && isWebAddress(visitor.pageUrl) ? (
              <a href={visitor.pageUrl} target="_blank" rel="noopener noreferrer">
                {visitor.pageTitle || visitor.pageUrl}
              </a>
            ) : (
              (visitor.pageUrl ?? text.unknown)
            )}
          </dd>
          {field(text.browser, browserName(visitor.userAgent, text.browserOn))}
          {field(text.language, text.languages[visitor.locale])}
          {Object.entries(visitor.attributes).map(([key, value]) => field(key, String(value)))}
        </dl>
      )}
      {privacyApi && visitor && <VisitorPrivacyActions api={privacyApi} visitorId={visitor.id} erased={!!visitor.erasedAt} />}
      <h4>{text.previous}</h4>
      {earlier.length === 0 ? (
        <p class="empty">{text.noPrevious}</p>
      ) : (
        <ul class="previous-conversations">
          {earlier.map((conversation) => (
            <li key={conversation.id}>
              <button type="button" class="link" onClick={() => onOpenConversation(conversation.id)}>
                {conversation.lastMessagePreview ? systemLine(strings, conversation.lastMessagePreview) : strings.noPreview}
              </button>{' '}
              <span class="muted">
                {strings.status[conversation.status]} · {text.opened(formatDate(conversation.createdAt, strings.locale))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
