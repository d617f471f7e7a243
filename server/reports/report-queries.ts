/**
 * Answers report requests from the pre-aggregated day documents only (never the raw
 * conversations), and the supervisor board's live figures from today's conversations.
 */
import type { Agent } from '../../shared/domain';
import type { BusinessHours } from '../../shared/settings';
import type { LiveFigures, ReportQuery } from '../../shared/reports/report-api';
import { conversationFacts } from '../../shared/reports/conversation-facts';
import { localParts, startOfLocalDay } from '../../shared/reports/local-time';
import { buildOverview, matchesFilter, previousRange, type ReportOverview, type ReportRow } from '../../shared/reports/report-views';
import type { ReportSource } from './report-source';
import type { DayDoc, ReportStore } from './report-store';

export interface ReportQueriesDeps {
  store: ReportStore;
  source: ReportSource;
  listAgents: (siteId: string) => Promise<Agent[]>;
  businessHours: (siteId: string) => Promise<BusinessHours>;
  /** Queued conversations of the site with when they were queued. */
  listQueued: (siteId: string) => Promise<{ queuedAt: string | null; createdAt: string }[]>;
  now: () => Date;
}

function rowsOf(docs: DayDoc[]): ReportRow[] {
  return docs.flatMap((doc) => doc.rows.map((row) => ({ day: doc.day, hour: row.h, weekday: row.w, agentId: row.a, team: row.t, intent: row.i, locale: row.l, values: row.v })));
}

export function createReportQueries(deps: ReportQueriesDeps) {
  return {
    async overview(siteId: string, query: ReportQuery): Promise<ReportOverview> {
      const previous = previousRange(query.from, query.to);
      const [docs, agents] = await Promise.all([deps.store.readDays(siteId, previous.from, query.to), deps.listAgents(siteId)]);
      const filter = { team: query.team, agentId: query.agent, intent: query.intent, locale: query.locale };
      const rows = rowsOf(docs).filter((row) => matchesFilter(row, filter));
      return buildOverview({
        rows: rows.filter((row) => row.day >= query.from),
        previousRows: rows.filter((row) => row.day < query.from),
        from: query.from,
        to: query.to,
        agents: new Map(agents.map((agent) => [agent.id, { name: agent.name, capacity: agent.capacity }])),
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
