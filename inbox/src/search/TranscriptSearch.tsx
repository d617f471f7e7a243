/**
 * Search across every transcript of the site, page by page as the server cuts them, and
 * read any result's full conversation without leaving the screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationSearchResult } from '../../../shared/http';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { Pager } from './Pager';
import type { SearchApi } from './search-api';
import { searchText } from './search-text';
import { emptyFilters, SearchForm, type SearchFilters } from './SearchForm';
import { SearchResults } from './SearchResults';
import { TranscriptView } from './TranscriptView';

interface TranscriptSearchProps {
  api: SearchApi;
  selfAgentId: string;
  onClose: () => void;
  pageSize?: number;
}

export function TranscriptSearch({ api, selfAgentId, onClose, pageSize = 20 }: TranscriptSearchProps) {
  const strings = useStrings();
  const text = searchText[strings.locale];
  const [filters, setFilters] = useState<SearchFilters>(emptyFilters);
  // What the shown results were searched with: paging repeats it, not the form's current edits.
  const [searched, setSearched] = useState<SearchFilters | null>(null);
  const [result, setResult] = useState<ConversationSearchResult | null>(null);
  // Where each page shown so far started (undefined: the first), so Previous can go back.
  const [starts, setStarts] = useState<(string | undefined)[]>([undefined]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [lastOpened, setLastOpened] = useState<string | null>(null);
  // Only the newest search may write: a slow earlier page must not replace a later one.
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  async function run(query: SearchFilters, pageStarts: (string | undefined)[]) {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const found = await api.search({ ...query, status: query.status || undefined, cursor: pageStarts.at(-1), pageSize });
      if (ticket !== latest.current) return;
      setResult(found);
      setSearched(query);
      setStarts(pageStarts);
    } catch (failure) {
      if (ticket === latest.current) setError(text.searchFailed(errorText(strings, toClientError(failure))));
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }

  const open = (conversationId: string) => {
    setOpenId(conversationId);
    setLastOpened(conversationId);
  };

  return (
    <section class="intent-admin transcript-search" aria-label={text.names.region}>
      <header>
        <h2>{text.title}</h2>
        <button type="button" onClick={onClose}>
          {text.names.back}
        </button>
      </header>
      {openId ? (
        <TranscriptView api={api} conversationId={openId} selfAgentId={selfAgentId} onBack={() => setOpenId(null)} />
      ) : (
        <>
          <SearchForm filters={filters} onChange={setFilters} onSubmit={() => void run(filters, [undefined])} busy={busy} />
          {/* One live region, present from the start, so screen readers announce each outcome. */}
          <p role="status">{busy ? text.searching : result && (result.conversations.length === 0 ? text.noMatch : text.found(result.conversations.length))}</p>
          {error && (
            <p role="alert" class="error">
              {error}
            </p>
          )}
          {result && searched && (
            <>
              {result.conversations.length > 0 && <SearchResults conversations={result.conversations} onOpen={open} returnFocusTo={lastOpened} />}
              {(result.nextCursor || starts.length > 1) && (
                <Pager
                  page={starts.length}
                  hasNext={result.nextCursor !== null}
                  busy={busy}
                  onPrevious={() => void run(searched, starts.slice(0, -1))}
                  onNext={() => void run(searched, [...starts, result.nextCursor ?? undefined])}
                />
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
