/**
 * Answers report requests from the pre-aggregated rollups and rows only (never the raw
 * conversations), and the supervisor board's live figures from today's conversations.
 */
import type { Agent } from '../../shared/domain';
import type { BusinessHours } from '../../shared/settings';
import type { LiveFigures } from '../../shared/reports/report-api';
import type { ReportQuery } from '../../shared/reports/report-query-schema';
import { conversationFacts } from '../../shared/reports/conversation-facts';
import { localParts, startOfLocalDay } from '../../shared/reports/local-time';
import { buildOverview, matchesFilter, previousRange, rollUpRows, type ReportFilter, type ReportOverview } from '../../shared/reports/report-views';
import { createReportCache } from './report-cache';
import { rowsSliceForFilter, sliceForFilter } from './report-slices';
import type { ReportSource } from './report-source';
import type { ReportStore } from './report-store';

export interface ReportQueriesDeps {
  store: ReportStore;
  source: ReportSource;
  listAgents: (siteId: string) => Promise<Agent[]>;
  businessHours: (siteId: string) => Promise<BusinessHours>;
  /** Queued conversations of the site with when they were queued. */
  listQueued: (siteId: string) => Promise<{ queuedAt: string | null; createdAt: string }[]>;
  now: () => Date;
}

type Figures = Pick<Parameters<typeof buildOverview>[0], 'current' | 'previous' | 'options'>;

export function createReportQueries(deps: ReportQueriesDeps) {
  const cache = createReportCache<Figures>();

  /** The day rollups of the range and the one before, from the fewest documents that answer the filter. */
  async function readFigures(siteId: string, from: string, to: string, filter: ReportFilter, agents: Map<string, { name: string }>): Promise<Figures> {
    const previous = previousRange(from, to);
    const slice = sliceForFilter(filter);
    if (slice) {
      const [days, options] = await Promise.all([deps.store.readRollups(siteId, previous.from, to, slice, from), deps.store.readOptions(siteId, from, to, agents)]);
      return { current: days.filter((day) => day.day >= from), previous: days.filter((day) => day.day < from), options };
    }
    // Combined filters: the full rows of one of the values set, narrowed by the others.
    const [rows, options] = await Promise.all([deps.store.readRows(siteId, previous.from, to, rowsSliceForFilter(filter)), deps.store.readOptions(siteId, from, to, agents)]);
    const chosen = rollUpRows(rows.filter((row) => matchesFilter(row, filter)));
    return { current: chosen.filter((day) => day.day >= from), previous: chosen.filter((day) => day.day < from), options };
  }

  return {
    async overview(siteId: string, query: ReportQuery): Promise<ReportOverview> {
      const filter = { team: query.team, agentId: query.agent, intent: query.intent, locale: query.locale };
      const [agentList, generation] = await Promise.all([deps.listAgents(siteId), deps.store.generation()]);
      const agents = new Map(agentList.map((agent) => [agent.id, { name: agent.name, capacity: agent.capacity }]));
      const key = JSON.stringify([siteId, query.from, query.to, filter, generation]);
      const read = cache.get(key) ?? (await readFigures(siteId, query.from, query.to, filter, agents));
      cache.set(key, read);
      // Names as they are now, not as they were when the figures were cached.
      const options = { ...read.options, agents: read.options.agents.map(({ id }) => ({ id, name: agents.get(id)?.name ?? id })) };
      return buildOverview({ ...read, options, from: query.from, to: query.to, agents });
    },

    /**
     * Today so far, read from today's raw conversations (a day's worth is small) so the
     * board is live even before the aggregation job has run.
     */
    async live(siteId: string, frtTargetSeconds: number): Promise<LiveFigures> {
      const hours = await deps.businessHours(siteId);
      const now = deps.now().getTime();
      const today = localParts(now, hours.timezone).day;
      const [conversations, queued] = await Promise.all([deps.source.createdSince(siteId, new Date(startOfLocalDay(today, hours.timezone))), deps.listQueued(siteId)]);
      const targetMs = frtTargetSeconds * 1000;
      let slaBreaches = 0;
      let handoffs = 0;
      for (const conversation of conversations) {
        if (!conversation.handoff) continue;
        handoffs++;
        const facts = conversationFacts(conversation, { businessHours: hours });
        const waited = facts.handoffResponse ? facts.handoffResponse.ms : conversation.closedAt === null ? now - conversation.handoff.at : 0;
        if (waited > targetMs) slaBreaches++;
      }
      const waits = queued.map((entry) => now - Date.parse(entry.queuedAt ?? entry.createdAt));
      return {
        today,
        conversations: conversations.length,
        handoffs,
        closed: conversations.filter((conversation) => conversation.closedAt !== null).length,
        waiting: queued.length,
        longestWaitSeconds: waits.length > 0 ? Math.max(0, Math.round(Math.max(...waits) / 1000)) : null,
        slaBreaches,
        frtTargetSeconds,
      };
    },
  };
}

export type ReportQueries = ReturnType<typeof createReportQueries>;
