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
    /** The visitor's network (/24, /48), kept only when the site's privacy settings say so. */
    network: { type: String, default: null },
    /** When an admin erased this visitor: the record stays (conversation shells point to it), empty. */
    erasedAt: { type: Date, default: null },
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
    ...(doc.network ? { network: doc.network } : {}),
    ...(doc.erasedAt ? { erasedAt: doc.erasedAt.toISOString() } : {}),
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
  /** Notes the visitor's network (already truncated, see ip-truncation.ts). */
  setNetwork(id: string, network: string): Promise<void>;
  /**
   * Empties the profile (name, email, pages, browser, user id, attributes, network) and
   * lets go of the website user id, so the same user signing in again starts afresh.
   */
  erase(id: string, at: Date): Promise<Visitor | null>;
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
    async setNetwork(id, network) {
      await write(id, { network });
    },
    async erase(id, at) {
      if (!isValidObjectId(id)) return null;
      const current = await Visitors.findById(id).lean<VisitorDoc>();
      if (!current) return null;
      if (current.userId) await identities.deleteOne({ _id: `${current.siteId}:${current.userId}` });
      const emptied = { name: null, email: null, pageUrl: null, pageTitle: null, userAgent: null, userId: null, attributes: {}, network: null };
      const doc = await write(id, { ...emptied, erasedAt: current.erasedAt ?? at });
      return doc ? toVisitor(doc) : null;
    },
    async track(id, change) {
      const doc = await write(id, change);
      return doc ? toVisitor(doc) : null;
    },
  };
}
