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
import { buildOverview, filterOptions, matchesFilter, previousRange, rollUpRows, rollupOptions, type ReportOverview } from '../../shared/reports/report-views';
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

export function createReportQueries(deps: ReportQueriesDeps) {
  return {
    async overview(siteId: string, query: ReportQuery): Promise<ReportOverview> {
      const previous = previousRange(query.from, query.to);
      const filter = { team: query.team, agentId: query.agent, intent: query.intent, locale: query.locale };
      const filtered = Object.values(filter).some((value) => value !== undefined);
      const agentList = await deps.listAgents(siteId);
      const agents = new Map(agentList.map((agent) => [agent.id, { name: agent.name, capacity: agent.capacity }]));
      if (!filtered) {
        const days = await deps.store.readRollups(siteId, previous.from, query.to);
        const current = days.filter((day) => day.day >= query.from);
        return buildOverview({ current, previous: days.filter((day) => day.day < query.from), options: rollupOptions(current, agents), from: query.from, to: query.to, agents });
      }
      // Filters combine freely, so they need the full rows: slower than the rollups, still sums only.
      const rows = await deps.store.readRows(siteId, previous.from, query.to);
      const chosen = rollUpRows(rows.filter((row) => matchesFilter(row, filter)));
      return buildOverview({
        current: chosen.filter((day) => day.day >= query.from),
        previous: chosen.filter((day) => day.day < query.from),
        options: filterOptions(rows.filter((row) => row.day >= query.from), agents),
        from: query.from,
        to: query.to,
        agents,
      });
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
