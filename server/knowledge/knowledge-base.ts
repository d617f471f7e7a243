/**
 * Searches a site's published articles for the passage closest to a question. Each
 * site's passages are chunked and embedded once (vectors persist keyed by model id and
 * text hash, so a restart re-embeds nothing) and kept in memory for a while; an edit
 * here drops the site's copy at once, an edit in another process within KEEP_MS. The
 * embedder is the bot's own (the process's one embedding worker); while it is absent
 * or loading, passages are ranked lexically with their own threshold.
 */
import type { ArticleCard, ArticleHit } from '../../shared/knowledge';
import { KB_API } from '../../shared/knowledge';
import type { Embedder } from '../bot/classifier/embedder';
import { embedWithStore, type EmbeddingStore } from '../bot/classifier/embedding-store';
import type { ArticleRepository } from './article.repository';
import { chunkArticle, snippetOf } from './chunking';
import { cosine, lexicalCoverage, rankArticles } from './ranking';

/**
 * Calibrated on the USE multilingual model (README "Knowledge base"): paraphrased questions
 * scored 0.397–0.64 against their article's sentences, 118 of 119 off-topic ones (the
 * intent calibration's out-of-domain set and more) under 0.35, the worst 0.398.
 */
export const DEFAULT_MIN_SIMILARITY = 0.38;
/**
 * The lexical fallback's bar: half the question's n-grams in one sentence. Natural questions
 * about an article's sentence covered 0.41–0.57 of it, off-topic ones at most 0.22.
 */
export const DEFAULT_MIN_COVERAGE = 0.5;
const KEEP_MS = 60_000;
/**
 * How long a visitor's reply may wait for the site's passages: a first index of many new
 * articles takes seconds to embed (measured: 2,600 sentences in ~37 s on a busy 2-core
 * machine), and meanwhile the bot answers as if there were none.
 */
export const OFFER_BUDGET_MS = 2_000;
/** A site at its limits holds ~10k sentence vectors (~20 MB): keep a bounded few in memory. */
const KEPT_SITES = 16;

export interface KnowledgeBaseOptions {
  articles: ArticleRepository;
  embedder: Embedder | null;
  store: EmbeddingStore;
  minSimilarity?: number;
  minCoverage?: number;
  now?: () => number;
  /** How long the bot's offer waits for the search (OFFER_BUDGET_MS). */
  offerBudgetMs?: number;
  onError?: (error: Error) => void;
}

interface Passage {
  articleId: string;
  title: string;
  text: string;
}

/** One embedded sentence of a passage. */
interface Unit {
  passage: number;
  text: string;
}

interface SiteIndex {
  builtAt: number;
  passages: Passage[];
  units: Unit[];
  /** One per unit; null when ranked lexically. */
  vectors: Float32Array[] | null;
}

export interface SearchOptions {
  /** At most this many articles (the bot offers two). */
  limit?: number;
  /** False for the agents' picker: anything related, best first. */
  strict?: boolean;
}

export type KnowledgeBase = ReturnType<typeof createKnowledgeBase>;

export function createKnowledgeBase(options: KnowledgeBaseOptions) {
  const { embedder } = options;
  const now = options.now ?? Date.now;
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const sites = new Map<string, Promise<SiteIndex>>();
  let modelUp = false;
  void embedder?.ready.then((ready) => (modelUp = ready));

  async function build(siteId: string): Promise<SiteIndex> {
    const builtAt = now();
    const articles = await options.articles.listPublished(siteId);
    const passages: Passage[] = [];
    const units: Unit[] = [];
    for (const article of articles) {
      for (const chunk of chunkArticle(article)) {
        const passage = passages.push({ articleId: article.id, title: article.title, text: chunk.text }) - 1;
        units.push(...chunk.searchTexts.map((text) => ({ passage, text })));
      }
    }
    if (!embedder || !modelUp || units.length === 0) return { builtAt, passages, units, vectors: null };
    const vectors = await embedWithStore(options.store, embedder.modelId, units.map((unit) => unit.text), (texts) => embedder.embed(texts));
    return { builtAt, passages, units, vectors };
  }

  function indexFor(siteId: string): Promise<SiteIndex> {
    const known = sites.get(siteId);
    if (known) {
      sites.delete(siteId);
      sites.set(siteId, known);
      return known.then((index) => (now() - index.builtAt > KEEP_MS || (modelUp && !index.vectors && index.units.length) ? rebuild(siteId) : index));
    }
    return rebuild(siteId);
  }

  function rebuild(siteId: string): Promise<SiteIndex> {
    const index = build(siteId);
    sites.set(siteId, index);
    // A failed build is not kept: the next question tries again.
    index.catch(() => sites.get(siteId) === index && sites.delete(siteId));
    while (sites.size > KEPT_SITES) sites.delete(sites.keys().next().value!);
    return index;
  }

  return {
    /**
     * The articles that answer the question, best first: at most `limit`, none when no
     * passage reaches the bar (an off-topic question).
     */
    async search(siteId: string, question: string, search: SearchOptions = {}): Promise<ArticleHit[]> {
      const index = await indexFor(siteId);
      if (index.units.length === 0) return [];
      let scores: number[];
      let bar: number;
      if (index.vectors && embedder) {
        const [query] = await embedder.embed([question]);
        scores = index.vectors.map((vector) => cosine(query!, vector));
        bar = minSimilarity;
      } else {
        scores = index.units.map((unit) => lexicalCoverage(question, unit.text));
        bar = minCoverage;
      }
      const strict = search.strict ?? true;
      const ranked = rankArticles(
        index.units.map((unit, i) => ({ articleId: index.passages[unit.passage]!.articleId, text: index.passages[unit.passage]!.text, score: scores[i]! })),
        strict ? bar : Number.MIN_VALUE,
        search.limit ?? 2,
        strict ? undefined : 1,
      );
      return ranked.map((hit) => {
        const passage = index.passages.find((candidate) => candidate.articleId === hit.articleId)!;
        return { id: hit.articleId, title: passage.title, snippet: snippetOf(hit.passage), url: KB_API.page(siteId, hit.articleId), score: Math.round(hit.score * 1000) / 1000 };
      });
    },

    /** The bot's offer: the cards alone, without the scores. */
    async offer(siteId: string, question: string): Promise<ArticleCard[]> {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<ArticleHit[]>((resolve) => (timer = setTimeout(() => resolve([]), options.offerBudgetMs ?? OFFER_BUDGET_MS)));
      try {
        const hits = await Promise.race([this.search(siteId, question), late]);
        return hits.map(({ score: _score, ...card }) => card);
      } finally {
        clearTimeout(timer);
      }
    },

    /** After an edit: forget the site's passages and embed the new ones now, so no visitor waits. */
    changed(siteId: string) {
      sites.delete(siteId);
      rebuild(siteId).catch((error: Error) => options.onError?.(error));
    },

    thresholds: () => ({ minSimilarity, minCoverage, mode: modelUp ? ('semantic' as const) : ('lexical' as const) }),
  };
}
