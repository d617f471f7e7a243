/** The help articles the bot offered, as the agent reads them in the transcript: titles linking to their pages. */
import type { ArticleCard } from '../../../shared/knowledge';
import { useStrings } from '../i18n';
import { knowledgeText } from './knowledge-text';

export function OfferedArticles({ articles }: { articles: readonly ArticleCard[] }) {
  const strings = useStrings();
  return (
    <ul class="offered-articles" aria-label={knowledgeText[strings.locale].picker.results}>
      {articles.map((article) => (
        <li key={article.id}>
          <a href={article.url} target="_blank" rel="noopener">
            {article.title}
          </a>{' '}
          <span class="field-hint">{article.snippet}</span>
        </li>
      ))}
    </ul>
  );
}
