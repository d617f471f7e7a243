/**
 * The embedded store answers `_id` lookups through an index (a GIN index on PostgreSQL,
 * tools/ferretdb/pg_index.go; an expression index on SQLite, id_index.go): a primary-key read in a collection of thousands costs
 * about what it costs in a collection of a few dozen. Without the index every such read
 * scans and parses the whole table, and Parley's hot paths are built on them.
 */
import type mongoose from 'mongoose';
import { useTestDatabase } from '../testing/test-server';

const database = useTestDatabase();

async function medianReadMs(collection: mongoose.mongo.Collection<{ _id: string; text: string }>, ids: string[]): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < 60; round++) {
    const started = performance.now();
    await collection.findOne({ _id: ids[(round * 7919) % ids.length]! });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

it('reads by primary key as fast in a collection of 6,000 documents as in one of 60', async () => {
  const small = database().collection<{ _id: string; text: string }>('pk_small');
  const large = database().collection<{ _id: string; text: string }>('pk_large');
  const docs = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ _id: `${prefix}-${i}`, text: `document ${i} `.repeat(20) }));
  await small.insertMany(docs(60, 's'));
  for (let i = 0; i < 6; i++) await large.insertMany(docs(1000, `l${i}`));
  const largeIds = Array.from({ length: 6000 }, (_, i) => `l${Math.floor(i / 1000)}-${i % 1000}`);

  // The index is added shortly after FerretDB creates a collection's table.
  await expect
    // Until PostgreSQL's autovacuum has taken statistics of the new table (seconds), its planner may still scan.
    .poll(async () => (await medianReadMs(large, largeIds)) / (await medianReadMs(small, docs(60, 's').map((d) => d._id))), { timeout: 60_000, interval: 1_000 })
    .toBeLessThan(3);
  expect(await large.findOne({ _id: 'l5-999' })).toMatchObject({ _id: 'l5-999' });
}, 120_000);
