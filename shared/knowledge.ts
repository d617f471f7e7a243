/**
 * The knowledge base's protocol: help articles a site's admins write, the cards the bot
 * offers visitors when no intent is confident, and the REST paths and payload schemas.
 *
 * @example
 * const input = articleInputSchema.parse(req.body);
 * const card: ArticleCard = { id, title, snippet, url: KB_API.page(siteId, id) };
 */
import { z } from 'zod';

/** One help article as admins manage it. The body is plain text (shown as text, never HTML). */
export interface Article {
  id: string;
  title: string;
  body: string;
  tags: string[];
  locale: 'ko' | 'en';
  published: boolean;
  updatedAt: string;
}

/** What a bot message carries for each article it offers: enough for a card, and where to read it. */
export interface ArticleCard {
  id: string;
  title: string;
  /** The passage that matched the question, shortened. */
  snippet: string;
  /** Path of the public article page on the Parley server (`/kb/:siteId/:articleId`). */
  url: string;
}

/** One search hit for the composer's article picker. */
export interface ArticleHit extends ArticleCard {
  /** 0..1, higher is closer. */
  score: number;
}

/** The admin screen's list: the site's articles (newest first), the site (for page links) and the bar the bot applies. */
export interface KnowledgeOverview {
  articles: Article[];
  siteId: string;
  thresholds: { minSimilarity: number; minCoverage: number; mode: 'semantic' | 'lexical' };
}

export const KB_API = {
  articles: '/api/knowledge/articles',
  article: (id: string) => `/api/knowledge/articles/${encodeURIComponent(id)}`,
  /** Express route pattern of `article(id)`. */
  articleRoute: '/api/knowledge/articles/:id',
  /** `?q=` — agents search published articles for the composer. */
  search: '/api/knowledge/search',
  /** The public page a card links to: published articles only. */
  page: (siteId: string, articleId: string) => `/kb/${encodeURIComponent(siteId)}/${encodeURIComponent(articleId)}`,
  pageRoute: '/kb/:siteId/:articleId',
} as const;

/** Limits that keep one site's articles from costing the others much. */
export const KB_LIMITS = { titleMax: 200, bodyMax: 10_000, tags: 20, tagMax: 40, articlesPerSite: 200, queryMax: 300 } as const;

export const articleInputSchema = z.object({
  title: z.string().trim().min(1, 'the title is empty').max(KB_LIMITS.titleMax),
  body: z.string().trim().min(1, 'the body is empty').max(KB_LIMITS.bodyMax),
  tags: z.array(z.string().trim().min(1).max(KB_LIMITS.tagMax)).max(KB_LIMITS.tags).default([]),
  locale: z.enum(['ko', 'en']),
  published: z.boolean().default(false),
});

export type ArticleInput = z.input<typeof articleInputSchema>;

export const articleSearchSchema = z.object({
  q: z.string().trim().min(1).max(KB_LIMITS.queryMax),
});
