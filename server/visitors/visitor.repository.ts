import { Schema, type Connection, type InferSchemaType, type Types, isValidObjectId } from 'mongoose';
import type { Locale, Visitor } from '../../shared/domain';

const visitorSchema = new Schema(
  {
    siteId: { type: String, required: true, index: true },
    name: { type: String, default: null },
    email: { type: String, default: null },
    locale: { type: String, enum: ['ko', 'en'], default: 'en' },
    pageUrl: { type: String, default: null },
    pageTitle: { type: String, default: null },
    userAgent: { type: String, default: null },
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
    createdAt: doc.createdAt.toISOString(),
  };
}

export interface VisitorRepository {
  create(siteId: string, locale: Locale): Promise<Visitor>;
  findById(id: string): Promise<Visitor | null>;
  setLocale(id: string, locale: Locale): Promise<void>;
  /** Notes where the visitor is now and with which browser. */
  track(id: string, change: { pageUrl?: string; pageTitle?: string; userAgent?: string }): Promise<Visitor | null>;
}

export function createVisitorRepository(connection: Connection): VisitorRepository {
  const Visitors = connection.model('Visitor', visitorSchema);
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
      await Visitors.updateOne({ _id: id }, { $set: { locale } });
    },
    async track(id, change) {
      const doc = await Visitors.findByIdAndUpdate(id, { $set: change }, { returnDocument: 'after' }).lean<VisitorDoc>();
      return doc ? toVisitor(doc) : null;
    },
  };
}
