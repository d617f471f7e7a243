/**
 * The unanswered-questions screen and report: the site's recorded questions clustered
 * (by meaning when the model is ready, else by words), and the admin's actions on a
 * cluster — make it an intent, add it to one, or dismiss it. A site's bounded set of
 * questions (opened and embedded) is kept briefly, so a busy screen does not read and
 * decrypt it on every request.
 */
import type { Request } from 'express';
import type { UnansweredCluster, UnansweredOverview, UnansweredReportRow, UnansweredToIntent } from '../../../shared/learning';
import { startOfLocalDay } from '../../../shared/reports/local-time';
import type { AdminTrail } from '../../audit/admin-trail';
import { ParleyError } from '../../errors';
import { clusterQuestionsAsync, type Cluster } from './clustering';
import type { Actor } from './corrections';
import type { IntentExamplesWriter } from './intent-examples';
import type { StoredUnanswered, UnansweredRepository } from './unanswered.repository';

const CACHE_MS = 30_000;
/** Questions embedded per read when some were stored before the model was ready. */
const BACKFILL = 200;
export const REPORT_ROWS = 10;

export interface UnansweredServiceDeps {
  repository: UnansweredRepository;
  examples: IntentExamplesWriter;
  embed: (texts: string[]) => Promise<Float32Array[] | null>;
  modelId: () => string | null;
  timezone: (siteId: string) => Promise<string>;
  audit: AdminTrail;
  now: () => Date;
}

const shown = (cluster: Cluster): UnansweredCluster => ({
  id: cluster.ids[0]!,
  count: cluster.count,
  samples: cluster.samples,
  questionIds: cluster.ids,
  lastAt: new Date(cluster.lastAt).toISOString(),
  mode: cluster.mode,
});

export function createUnansweredService(deps: UnansweredServiceDeps) {
  const cache = new Map<string, { at: number; questions: StoredUnanswered[] }>();

  /** The site's questions, with vectors from the current model where it can give them. */
  async function questionsOf(siteId: string): Promise<StoredUnanswered[]> {
    const cached = cache.get(siteId);
    if (cached && deps.now().getTime() - cached.at < CACHE_MS) return cached.questions;
    const questions = await deps.repository.list(siteId, deps.now());
    const modelId = deps.modelId();
    const stale = modelId ? questions.filter((question) => !question.vector || question.modelId !== modelId).slice(0, BACKFILL) : [];
    if (stale.length > 0) {
      const vectors = await deps.embed(stale.map((question) => question.text)).catch(() => null);
      if (vectors) {
        stale.forEach((question, i) => Object.assign(question, { vector: vectors[i]!, modelId }));
        await deps.repository.setVectors(siteId, modelId!, stale.map((question, i) => ({ id: question.id, vector: vectors[i]! })));
      }
    }
    // Vectors of another model (or none) cannot be compared with the rest: those fall back to words.
    const usable = questions.map((question) => (question.modelId === modelId ? question : { ...question, vector: null }));
    cache.set(siteId, { at: deps.now().getTime(), questions: usable });
    return usable;
  }

  const cluster = (questions: StoredUnanswered[]) => clusterQuestionsAsync(questions.map((question) => ({ id: question.id, text: question.text, at: question.at.getTime(), vector: question.vector })));

  async function chosen(siteId: string, ids: string[]) {
    // Read afresh: what becomes an example must still be kept (not erased or dismissed meanwhile, perhaps by another process).
    cache.delete(siteId);
    const wanted = new Set(ids);
    const found = (await questionsOf(siteId)).filter((question) => wanted.has(question.id));
    if (found.length === 0) throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'none of those questions is kept any more');
    return found;
  }

  const forget = async (siteId: string, ids: string[]) => {
    const removed = await deps.repository.remove(siteId, ids);
    cache.delete(siteId);
    return removed;
  };

  return {
    /** Recorded questions changed: the next read clusters again. */
    changed(siteIds: string[]) {
      siteIds.forEach((siteId) => cache.delete(siteId));
    },

    async overview(admin: Actor): Promise<UnansweredOverview> {
      const questions = await questionsOf(admin.siteId);
      return { clusters: (await cluster(questions)).map(shown), total: questions.length };
    },

    /** A cluster's questions become examples (of a new intent or an existing one) and leave the list. */
    async toIntent(admin: Actor, input: UnansweredToIntent, req: Request) {
      const questions = await chosen(admin.siteId, input.questionIds);
      const texts = questions.map((question) => question.text);
      const added = 'newIntent' in input ? await deps.examples.create(admin.siteId, input.newIntent, texts) : await deps.examples.addTo(admin.siteId, input.intent, texts);
      await forget(admin.siteId, questions.map((question) => question.id));
      const intent = 'newIntent' in input ? input.newIntent.name : input.intent;
      await deps.audit(req, admin, { action: 'unanswered-to-intent', target: `intent:${intent}`, detail: `questions=${questions.length}; examples added=${added}; ${'newIntent' in input ? 'new intent' : 'existing intent'}` });
      return { intent, added };
    },

    async dismiss(admin: Actor, ids: string[], req: Request) {
      const removed = await forget(admin.siteId, ids);
      await deps.audit(req, admin, { action: 'unanswered-dismissed', target: 'unanswered', detail: `questions=${removed}` });
      return { removed };
    },

    /** The most frequent clusters among questions asked from `from` to `to` (days in the site's timezone). */
    async report(siteId: string, from: string, to: string): Promise<UnansweredReportRow[]> {
      const timezone = await deps.timezone(siteId);
      const start = startOfLocalDay(from, timezone);
      const end = startOfLocalDay(nextDay(to), timezone);
      const inRange = (await questionsOf(siteId)).filter((question) => question.at.getTime() >= start && question.at.getTime() < end);
      return (await cluster(inRange))
        .slice(0, REPORT_ROWS)
        .map((found) => ({ sample: found.samples[0]!, count: found.count }));
    },
  };
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export type UnansweredService = ReturnType<typeof createUnansweredService>;
