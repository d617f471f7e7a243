/** The reports feature wired together: the aggregation job, the queries and the REST routes. */
import type { Connection } from 'mongoose';
import type { Agent } from '../../shared/domain';
import type { BusinessHours } from '../../shared/settings';
import type { SignedInAgent } from '../http/agent-auth';
import type { Logger } from '../logger';
import { createReportAggregator } from './report-aggregator';
import { upgradeReportLayout } from './report-layout-upgrade';
import { createReportQueries } from './report-queries';
import { createReportRoutes } from './report-routes';
import { createReportSource } from './report-source';
import { createReportStore } from './report-store';

export interface ReportsDeps {
  connection: Connection;
  logger: Logger;
  sites: { businessHours(siteId: string): Promise<BusinessHours> };
  agents: { listBySite(siteId: string): Promise<Agent[]> };
  conversations: { listQueued(siteId: string): Promise<{ queuedAt: string | null; createdAt: string }[]> };
  signedInAgent: SignedInAgent;
  now: () => Date;
  /** Days within which a new conversation on the same intent counts against FCR (PARLEY_FCR_DAYS). */
  fcrDays?: number;
}

export function createReports(deps: ReportsDeps) {
  const source = createReportSource(deps.connection);
  const store = createReportStore(deps.connection);
  const businessHours = (siteId: string) => deps.sites.businessHours(siteId);
  const aggregator = createReportAggregator({
    source,
    store,
    businessHours,
    logger: deps.logger,
    now: deps.now,
    ...(deps.fcrDays ? { fcrDays: deps.fcrDays } : {}),
    prepare: () => upgradeReportLayout(deps.connection, () => aggregator.rebuild(), (line) => deps.logger.info(line)),
  });
  const queries = createReportQueries({
    store,
    source,
    listAgents: (siteId) => deps.agents.listBySite(siteId),
    businessHours,
    listQueued: (siteId) => deps.conversations.listQueued(siteId),
    now: deps.now,
  });
  return {
    aggregator,
    queries,
    routes: createReportRoutes({ queries, signedInAgent: deps.signedInAgent, catchUp: aggregator.runOnce }),
  };
}
