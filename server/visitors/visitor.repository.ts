import { Schema, type Connection, type InferSchemaType, type Types, isValidObjectId } from 'mongoose';
import type { Locale, Visitor } from '../../shared/domain';
import { insertClaim } from '../concurrency/insert-claim';
import { createKeyedLock } from '../concurrency/keyed-lock';

const visitorSchema = new Schema(
  {
    siteId: { type: String, required: true, index: true },
    name: { type: String, default: null },
    email: { type: String, default: null },
    locale: { type: String, enum: ['ko', 'en'], default: 'en' },
    pageUrl: { type: String, default: null },
    pageTitle: { type: String, default: null },
    userAgent: { type: String, default: null },
    userId: { type: String, default: null },
    attributes: { type: Schema.Types.Mixed, default: {} },
  },
  { timestamps: true },
);

type VisitorDoc = InferSchemaType<typeof visitorSchema> & { _id: Types.ObjectId; createdAt: Date };

function toVisitor(doc: VisitorDoc): Visitor {
  return {
    id: doc._id.toHexString(),
    siteId: doc.siteId,
    name: doc.name ?? null,
    email: doc.email ?? null,
    locale: doc.locale as Locale,
    pageUrl: doc.pageUrl ?? null,
    pageTitle: doc.pageTitle ?? null,
    userAgent: doc.userAgent ?? null,
    userId: doc.userId ?? null,
    attributes: { ...((doc.attributes as Record<string, string | number | boolean> | null) ?? {}) },
    createdAt: doc.createdAt.toISOString(),
  };
}

export interface VisitorRepository {
  create(siteId: string, locale: Locale): Promise<Visitor>;
  findById(id: string): Promise<Visitor | null>;
  setLocale(id: string, locale: Locale): Promise<void>;
  /** Notes where the visitor is now and with which browser. */
  track(id: string, change: { pageUrl?: string; pageTitle?: string; userAgent?: string }): Promise<Visitor | null>;
  /** Name, email and custom attributes the visitor or the website gave. */
  setProfile(id: string, change: { name?: string; email?: string; attributes?: Record<string, string | number | boolean> }): Promise<Visitor | null>;
  /**
   * The visitor who is this website user. The first visitor to claim a user id keeps it,
   * decided by unique insert, so two devices signing in at once end up as one visitor.
   */
  claimUser(siteId: string, userId: string, candidateVisitorId: string): Promise<string>;
}

export function createVisitorRepository(connection: Connection): VisitorRepository {
  const Visitors = connection.model('Visitor', visitorSchema);
  const identities = connection.collection<{ _id: string; visitorId: string }>('visitoridentities');
  // Page tracking, profile and locale writes to one visitor would otherwise overwrite each other (see keyed-lock.ts).
  const lock = createKeyedLock();
  const write = (id: string, set: Record<string, unknown>) =>
    lock.run(id, () => Visitors.findByIdAndUpdate(id, { $set: set }, { returnDocument: 'after' }).lean<VisitorDoc>().exec());
  return {
    async create(siteId, locale) {
      const doc = await Visitors.create({ siteId, locale });
      return toVisitor(doc.toObject() as VisitorDoc);
    },
    async findById(id) {
      if (!isValidObjectId(id)) return null;
      const doc = await Visitors.findById(id).lean<VisitorDoc>();
      return doc ? toVisitor(doc) : null;
    },
    async setLocale(id, locale) {
      await write(id, { locale });
    },
    async setProfile(id, change) {
      const set: Record<string, unknown> = {};
      if (change.name) set.name = change.name;
      if (change.email) set.email = change.email.toLowerCase();
      for (const [key, value] of Object.entries(change.attributes ?? {})) set[`attributes.${key}`] = value;
      const doc = await write(id, set);
      return doc ? toVisitor(doc) : null;
    },
    async claimUser(siteId, userId, candidateVisitorId) {
      const _id = `${siteId}:${userId}`;
      if (await insertClaim(identities, { _id, visitorId: candidateVisitorId })) {
        await write(candidateVisitorId, { userId });
        return candidateVisitorId;
      }
      return (await identities.findOne({ _id }))!.visitorId;
    },
    async track(id, change) {
      const doc = await write(id, change);
      return doc ? toVisitor(doc) : null;
    },
  };
}
