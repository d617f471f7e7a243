/** Entry point: config → database → app → listen. The only file that listens. */
import mongoose from 'mongoose';
import { createApp } from './app';
import { createIntentClassifier } from './bot/classifier/create-classifier';
import { loadConfig } from './config';
import { createFieldCipher } from './crypto/field-cipher';
import { provisionDatabase } from './database/provision';
import { knowledgeSettings } from './knowledge/knowledge-config';
import { createLogger } from './logger';
import { guardUnhandledRejections } from './process/rejection-guard';

const config = loadConfig();
const logger = createLogger(config.logLevel);
guardUnhandledRejections(logger);

const database = await provisionDatabase({
  mongodbUri: config.mongodbUri,
  dataDir: config.dataDir,
  databaseName: config.databaseName,
  log: (line) => logger.info(line),
}).catch((error: Error) => {
  logger.fatal(error.message);
  process.exit(1);
});
logger.info({ embedded: database.embedded }, database.embedded ? `embedded FerretDB keeps its data in ${config.dataDir}` : 'using MONGODB_URI');

// While the embedded database restarts, requests wait this long, then fail with PARLEY_ERR_DATABASE_UNAVAILABLE.
const connection = await mongoose.createConnection(database.uri, { serverSelectionTimeoutMS: 5_000, bufferTimeoutMS: 5_000 } as mongoose.ConnectOptions).asPromise();
const modelLogger = { info: (message: string) => logger.info(message), warn: (message: string) => logger.warn(message) };
const classifier = createIntentClassifier({ ...config.intentModel, logger: modelLogger });
const parley = await createApp({
  connection,
  logger,
  secret: config.secret,
  cipher: createFieldCipher(config.keyring),
  defaultCapacity: config.defaultCapacity,
  demoSite: { key: config.demoSiteKey, name: 'Parley Demo Shop' },
  firstAdmin: config.firstAdmin,
  publicUrl: config.publicUrl,
  redisUrl: config.redisUrl,
  limits: config.limits,
  classifier,
  // The knowledge base searches with the bot's own model (one load, one worker).
  knowledge: knowledgeSettings(process.env, classifier.embedder?.() ?? null),
});

parley.httpServer.listen(config.port, config.host, () => {
  const address = parley.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ port }, 'Parley is listening');
  console.log(`\n  Parley is running.\n  Demo page (with the widget): ${base}/\n  Agent inbox:                 ${base}/inbox/\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await parley.close().catch(() => {});
  await connection.close().catch(() => {});
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
