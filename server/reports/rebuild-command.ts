/**
 * `npm run reports:rebuild`: throws the report rows away and aggregates every raw
 * conversation again (after changing PARLEY_FCR_DAYS or a site's timezone, or to repair).
 * Uses the same database settings as `npm start`; safe while Parley runs, since the
 * aggregation lease keeps the server's job from writing at the same time.
 */
import mongoose from 'mongoose';
import { loadConfig } from '../config';
import { provisionDatabase } from '../database/provision';
import { createLogger } from '../logger';
import { createSiteRepository } from '../sites/site.repository';
import { createReportAggregator } from './report-aggregator';
import { markLayoutCurrent } from './report-layout-upgrade';
import { createReportSource } from './report-source';
import { createReportStore } from './report-store';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const database = await provisionDatabase({ mongodbUri: config.mongodbUri, dataDir: config.dataDir, databaseName: config.databaseName, log: (line) => logger.info(line) });
const connection = await mongoose.createConnection(database.uri).asPromise();
try {
  const sites = createSiteRepository(connection);
  const fcrDays = Number(process.env.PARLEY_FCR_DAYS) || undefined;
  const aggregator = createReportAggregator({
    source: createReportSource(connection),
    store: createReportStore(connection),
    businessHours: (siteId) => sites.businessHours(siteId),
    logger,
    ...(fcrDays ? { fcrDays } : {}),
  });
  const started = performance.now();
  const count = await aggregator.rebuild();
  await markLayoutCurrent(connection);
  console.log(`Rebuilt reports from ${count} conversations in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await connection.close();
  await database.stop();
}
