/**
 * Claims by unique insert. Inserting a document whose `_id` (or unique key) another
 * writer already took fails with E11000 on MongoDB and FerretDB alike, in any number
 * of processes — the one compare-and-set both databases guarantee.
 */
import type { mongo } from 'mongoose';

type Collection<T extends mongo.Document> = mongo.Collection<T>;
type Document = mongo.Document;

export const isDuplicateKeyError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 11000;

/** Inserts the document; true when this call created it, false when the key was taken. */
export async function insertClaim<T extends Document>(collection: Collection<T>, doc: T): Promise<boolean> {
  try {
    await collection.insertOne(doc as Parameters<Collection<T>['insertOne']>[0]);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}
