/**
 * The composer's article picker: the agent searches the site's published help articles
 * and inserts a link to one into the reply (title and the article page's full address,
 * which the widget turns into a link for the visitor).
 */
import { useState } from 'preact/hooks';
import type { ArticleHit } from '../../../shared/knowledge';
import { useStrings } from '../i18n';
import { failureText } from '../admin/failure-text';
import { useKnowledgeSearch } from './knowledge-api';
import { knowledgeText } from './knowledge-text';
import './knowledge.css';

/** What goes into the reply: the title, then the page's absolute address (the visitor is on another site). */
export const articleLink = (hit: Pick<ArticleHit, 'title' | 'url'>, origin: string) => `${hit.title} ${origin}${hit.url}`;

export function ArticlePicker({ onInsert, disabled }: { onInsert: (link: string) => void; disabled: boolean }) {
  const search = useKnowledgeSearch();
  const strings = useStrings();
  const text = knowledgeText[strings.locale].picker;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<ArticleHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!search) return null;

  const find = async () => {
    if (!query.trim()) return;
    setError(null);
    try {
      setHits(await search.search(query.trim()));
    } catch (failure) {
      setError(failureText(strings, failure));
    }
  };
  const close = () => {
    setOpen(false);
    setHits(null);
    setQuery('');
  };

  if (!open) {
    return (
      <button type="button" disabled={disabled} aria-expanded="false" onClick={() => setOpen(true)}>
        {text.open}
      </button>
    );
  }
  return (
    <div class="article-picker" role="group" aria-label={text.open}>
      <label class="inline-field">
        <span>{text.search}</span>
        <input
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            // Enter searches here; it must not send the reply around it.
            if (event.key === 'Enter') {
              event.preventDefault();
              void find();
            }
            if (event.key === 'Escape') close();
          }}
        />
      </label>
      <button type="button" onClick={() => void find()}>
        {text.find}
      </button>
      <button type="button" onClick={close}>
        {text.close}
      </button>
      {error && <p role="alert">{error}</p>}
      {hits && hits.length === 0 && <p role="status">{text.none}</p>}
      {hits && hits.length > 0 && (
        <ul aria-label={text.results}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                onClick={() => {
                  onInsert(articleLink(hit, window.location.origin));
                  close();
                }}
              >
                {text.insert(hit.title)}
              </button>
              <span class="field-hint"> {hit.snippet}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
