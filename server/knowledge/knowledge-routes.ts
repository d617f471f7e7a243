/**
 * The knowledge base over HTTP: admins list, write, publish and delete their site's
 * articles; any signed-in agent searches the published ones (the composer's picker);
 * anyone may read a published article's page — only of the site in its URL.
 */
import { Router } from 'express';
import { KB_API, KB_LIMITS, articleInputSchema, articleSearchSchema, type KnowledgeOverview } from '../../shared/knowledge';
import { objectIdSchema } from '../../shared/schemas';
import { ParleyError } from '../errors';
import type { SignedInAgent } from '../http/agent-auth';
import type { ArticleRepository } from './article.repository';
import { ARTICLE_PAGE_CSP, renderArticlePage } from './article-page';
import type { KnowledgeBase } from './knowledge-base';

export interface KnowledgeRouteDeps {
  articles: ArticleRepository;
  knowledge: KnowledgeBase;
  signedInAgent: SignedInAgent;
}

export function createKnowledgeRoutes(deps: KnowledgeRouteDeps): Router {
  const router = Router();
  const { articles, knowledge } = deps;
  const admin = (req: Parameters<SignedInAgent>[0]) => deps.signedInAgent(req, 'admin');
  const articleId = (raw: unknown) => {
    const parsed = objectIdSchema.safeParse(raw);
    if (!parsed.success) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such article');
    return parsed.data;
  };

  router.get(KB_API.articles, async (req, res) => {
    const agent = await admin(req);
    const overview: KnowledgeOverview = { articles: await articles.list(agent.siteId), siteId: agent.siteId, thresholds: knowledge.thresholds() };
    res.json(overview);
  });

  router.post(KB_API.articles, async (req, res) => {
    const agent = await admin(req);
    const input = articleInputSchema.parse(req.body);
    if ((await articles.count(agent.siteId)) >= KB_LIMITS.articlesPerSite) throw new ParleyError('PARLEY_ERR_INVALID_PAYLOAD', `a site keeps at most ${KB_LIMITS.articlesPerSite} articles`);
    const article = await articles.create(agent.siteId, input);
    knowledge.changed(agent.siteId);
    res.status(201).json({ article });
  });

  router.put(KB_API.articleRoute, async (req, res) => {
    const agent = await admin(req);
    const input = articleInputSchema.parse(req.body);
    const article = await articles.update(agent.siteId, articleId(req.params.id), input);
    if (!article) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such article');
    knowledge.changed(agent.siteId);
    res.json({ article });
  });

  router.delete(KB_API.articleRoute, async (req, res) => {
    const agent = await admin(req);
    if (!(await articles.remove(agent.siteId, articleId(req.params.id)))) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such article');
    knowledge.changed(agent.siteId);
    res.status(204).end();
  });

  router.get(KB_API.search, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const { q } = articleSearchSchema.parse(req.query);
    res.json({ hits: await knowledge.search(agent.siteId, q, { limit: 5, strict: false }) });
  });

  router.get(KB_API.pageRoute, async (req, res) => {
    const siteId = objectIdSchema.safeParse(req.params.siteId);
    const id = objectIdSchema.safeParse(req.params.articleId);
    const article = siteId.success && id.success ? await articles.find(siteId.data, id.data) : null;
    // An unpublished article is as absent as a missing one: a draft is nobody's business yet.
    if (!article || !article.published) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no such article');
    res.set('Content-Security-Policy', ARTICLE_PAGE_CSP).type('html').send(renderArticlePage(article));
  });

  return router;
}
