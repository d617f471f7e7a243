/**
 * The knowledge base screen (admins): the site's help articles, newest first, to write,
 * edit, publish or take down, and delete. Article text is shown as text; the bot offers
 * published articles only.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Article, ArticleInput, KnowledgeOverview } from '../../../shared/knowledge';
import { KB_API } from '../../../shared/knowledge';
import { failureText } from '../admin/failure-text';
import { useStrings } from '../i18n';
import { ArticleForm } from './ArticleForm';
import type { KnowledgeApi } from './knowledge-api';
import { knowledgeText } from './knowledge-text';

interface KnowledgeAdminProps {
  api: KnowledgeApi;
  onClose: () => void;
}

const EMPTY = { title: '', body: '', tags: [], locale: 'ko', published: false } as const;
const inputOf = (article: Article, change: Partial<ArticleInput> = {}): ArticleInput => ({ title: article.title, body: article.body, tags: article.tags, locale: article.locale, published: article.published, ...change });

export function KnowledgeAdmin({ api, onClose }: KnowledgeAdminProps) {
  const strings = useStrings();
  const text = knowledgeText[strings.locale];
  const [articles, setArticles] = useState<Article[] | null>(null);
  // The site whose public article pages the "view" links open.
  const [siteId, setSiteId] = useState('');
  const [thresholds, setThresholds] = useState<KnowledgeOverview['thresholds'] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      api.list().then(
        (overview) => {
          setArticles(overview.articles);
          setSiteId(overview.siteId);
          setThresholds(overview.thresholds);
        },
        (failure) => setError(failureText(strings, failure)),
      ),
    [api, strings],
  );
  useEffect(() => void refresh(), [refresh]);

  const replace = (saved: Article) => setArticles((current) => current && [saved, ...current.filter((other) => other.id !== saved.id)]);
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failureText(strings, failure));
    }
  };

  const item = (article: Article) => (
    <li key={article.id} class="canned-item">
      <h4>{article.title}</h4>
      <p class="field-hint">
        {article.published ? text.published : text.draft} · {text.locales[article.locale]}
        {article.tags.length > 0 && ` · ${article.tags.join(', ')}`}
      </p>
      <p class="canned-text">{article.body}</p>
      {editing !== article.id && (
        <div class="form-actions">
          {article.published && (
            <a href={KB_API.page(siteId, article.id)} target="_blank" rel="noopener">
              {text.view(article.title)}
            </a>
          )}
          <button type="button" onClick={() => (setEditing(article.id), setDeleting(null))}>
            {text.edit(article.title)}
          </button>
          <button
            type="button"
            onClick={() =>
              void attempt(async () => {
                const saved = await api.update(article.id, inputOf(article, { published: !article.published }));
                replace(saved);
                setStatus(text.saved(saved.title));
              })
            }
          >
            {article.published ? text.unpublish(article.title) : text.publish(article.title)}
          </button>
          {deleting === article.id ? (
            <span role="group" aria-label={text.delete(article.title)}>
              <span>{text.confirm(article.title)}</span>{' '}
              <button
                type="button"
                onClick={() =>
                  void attempt(async () => {
                    await api.remove(article.id);
                    setArticles((current) => current && current.filter((other) => other.id !== article.id));
                    setStatus(text.deleted(article.title));
                  }).finally(() => setDeleting(null))
                }
              >
                {text.confirmDelete(article.title)}
              </button>{' '}
              <button type="button" onClick={() => setDeleting(null)}>
                {text.keep(article.title)}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setDeleting(article.id)}>
              {text.delete(article.title)}
            </button>
          )}
        </div>
      )}
      {editing === article.id && (
        <ArticleForm
          label={text.editForm(article.title)}
          initial={article}
          submitLabel={text.save}
          save={async (input) => {
            const saved = await api.update(article.id, input);
            replace(saved);
            setEditing(null);
            setStatus(text.saved(saved.title));
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </li>
  );

  return (
    <section class="intent-admin" aria-labelledby="knowledge-admin-title">
      <header>
        <h2 id="knowledge-admin-title">{text.screen}</h2>
        <button type="button" onClick={onClose}>
          {text.back}
        </button>
      </header>
      <p class="field-hint">{text.intro}</p>
      {thresholds && (
        <p class="field-hint">{thresholds.mode === 'semantic' ? text.bar(true, thresholds.minSimilarity) : text.bar(false, thresholds.minCoverage)}</p>
      )}
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      {!articles ? (
        !error && <p role="status">{text.loading}</p>
      ) : (
        <>
          <section class="admin-panel" aria-label={text.listLabel}>
            {articles.length === 0 ? (
              <p>{text.none}</p>
            ) : (
              <ul aria-label={text.listLabel} class="canned-list">
                {articles.map(item)}
              </ul>
            )}
          </section>
          <section class="admin-panel" aria-labelledby="knowledge-new-title">
            <h3 id="knowledge-new-title">{text.newTitle}</h3>
            <ArticleForm
              label={text.newForm}
              initial={{ ...EMPTY, tags: [], locale: strings.locale }}
              submitLabel={text.create}
              save={async (input) => {
                const created = await api.create(input);
                setArticles((current) => current && [created, ...current]);
                setStatus(text.created(created.title));
              }}
            />
          </section>
        </>
      )}
    </section>
  );
}
