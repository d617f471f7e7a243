/**
 * Earlier versions stored report figures as one document per site × day × hour plus a
 * rollup per day (collections `reporthours` and `reportrollups`), which a 90-day report
 * read by the hundreds, and later kept a document of full rows per day (`reportdayrows`),
 * which a report combining two filters read by the hundreds too. The figures now live in
 * month slices (report-slices.ts); a database that still holds an old layout is rebuilt
 * from the raw conversations once, before the aggregation job first runs, and a marker
 * document records that it was done.
 */
import type { Connection } from 'mongoose';

const MARKER = 'report-slices-v2';
const OLD_COLLECTIONS = ['reporthours', 'reportrollups', 'reportdayrows'];

export async function upgradeReportLayout(connection: Connection, rebuild: () => Promise<number>, log: (line: string) => void = () => {}): Promise<{ rebuilt: number | null }> {
  const markers = connection.collection<{ _id: string; at: Date }>('schemaupgrades');
  if (await markers.findOne({ _id: MARKER })) return { rebuilt: null };
  const old = await Promise.all(OLD_COLLECTIONS.map((name) => connection.collection(name).findOne({}, { projection: { _id: 1 } })));
  let rebuilt: number | null = null;
  if (old.some((doc) => doc !== null)) {
    log('report figures are in an old layout: rebuilding them from the conversations');
    rebuilt = await rebuild();
    log(`report figures rebuilt from ${rebuilt} conversations`);
  }
  await markLayoutCurrent(connection);
  return { rebuilt };
}

/** Drops the old layout's documents and records the upgrade (also after `npm run reports:rebuild`). */
export async function markLayoutCurrent(connection: Connection) {
  await Promise.all(OLD_COLLECTIONS.map((name) => connection.collection(name).deleteMany({})));
  await connection.collection<{ _id: string; at: Date }>('schemaupgrades').updateOne({ _id: MARKER }, { $set: { at: new Date() } }, { upsert: true });
}
