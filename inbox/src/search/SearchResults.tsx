/** One page of matching conversations; each row opens its transcript. */
import { useEffect, useRef } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { csatLine } from '../conversation/CsatSummary';
import { systemLine } from '../lib/system-line';
import { visitorLabel } from '../lib/conversations';
import { formatDateTime, searchText } from './search-text';

interface SearchResultsProps {
  conversations: Conversation[];
  onOpen: (conversationId: string) => void;
  /** The row whose transcript was just closed gets the focus back. */
  returnFocusTo?: string | null;
}

export function SearchResults({ conversations, onOpen, returnFocusTo }: SearchResultsProps) {
  const strings = useStrings();
  const text = searchText[strings.locale];
  const table = useRef<HTMLTableElement>(null);
  useEffect(() => {
    if (!returnFocusTo) return;
    const buttons = table.current?.querySelectorAll<HTMLButtonElement>('button[data-conversation-id]') ?? [];
    Array.from(buttons)
      .find((button) => button.dataset.conversationId === returnFocusTo)
      ?.focus();
  }, [returnFocusTo]);

  return (
    <table ref={table} aria-label={text.names.results}>
      <thead>
        <tr>
          <th scope="col">{text.column.visitor}</th>
          <th scope="col">{text.column.status}</th>
          <th scope="col">{text.column.tags}</th>
          <th scope="col">{text.column.lastMessage}</th>
          <th scope="col">{text.column.rating}</th>
          <th scope="col">{text.column.date}</th>
          <th scope="col">{text.column.open}</th>
        </tr>
      </thead>
      <tbody>
        {conversations.map((conversation) => {
          const visitor = visitorLabel(conversation, strings.names);
          return (
            <tr key={conversation.id}>
              <th scope="row">{visitor}</th>
              <td class={`row-status status-${conversation.status}`}>{strings.status[conversation.status]}</td>
              <td>
                {conversation.tags.length === 0
                  ? text.none
                  : conversation.tags.map((tag) => (
                      <span key={tag} class="tag">
                        {tag}
                      </span>
                    ))}
              </td>
              <td class="row-preview">{conversation.lastMessagePreview ? systemLine(strings, conversation.lastMessagePreview) : strings.noPreview}</td>
              <td class="row-csat">{csatLine(strings, conversation.csat)}</td>
              <td>
                <time dateTime={conversation.updatedAt}>{formatDateTime(conversation.updatedAt, strings.locale)}</time>
              </td>
              <td>
                <button
                  type="button"
                  aria-label={text.names.openTranscript(visitor)}
                  data-conversation-id={conversation.id}
                  onClick={() => onOpen(conversation.id)}
                >
                  {text.names.open}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
