/**
 * The help articles a bot message offers: a card each, the title a link to the article's
 * page on the Parley server (a new tab, so the chat stays open), the matching passage
 * below it, in the bubble every message uses (no styles of its own: the widget's weight
 * budget is nearly spent). Titles and passages are admin-written text, rendered as text nodes.
 */
import type { ArticleCard } from '../../../shared/knowledge';

export function ArticleCards({ articles }: { articles: readonly ArticleCard[] }) {
  return (
    <>
      {articles.map((article) => (
        <p key={article.id} class="bubble">
          {/* Article paths are the Parley server's, where this script came from, not the host page's. */}
          <a href={new URL(article.url, import.meta.url).href} target="_blank" rel="noopener">
            {article.title}
          </a>
          <br />
          {article.snippet}
        </p>
      ))}
    </>
  );
}
