/**
 * The public page an article card links to: a plain HTML document whose every piece of
 * admin-written text is escaped, so an article can never carry markup or script.
 * Paragraphs stay paragraphs and line breaks stay line breaks; nothing else is rendered.
 */
import type { Article } from '../../shared/knowledge';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** No script, no foreign anything: the page is text and its own inline style. */
export const ARTICLE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function renderArticlePage(article: Pick<Article, 'title' | 'body' | 'locale' | 'updatedAt'>): string {
  const paragraphs = article.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
  const date = article.updatedAt.slice(0, 10);
  return `<!doctype html>
<html lang="${article.locale === 'ko' ? 'ko' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1f2328}h1{font-size:1.5rem;line-height:1.3}time{color:#59636e;font-size:.875rem}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
<time datetime="${escapeHtml(article.updatedAt)}">${escapeHtml(date)}</time>
${paragraphs}
</article>
</main>
</body>
</html>
`;
}
