import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Site } from '../../shared/domain';

const siteSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    defaultLocale: { type: String, enum: ['ko', 'en'], default: 'ko' },
  },
  { timestamps: true },
);

export type SiteDoc = InferSchemaType<typeof siteSchema> & { _id: Types.ObjectId };

export const siteModel = (connection: Connection) => connection.model('Site', siteSchema);

export function toSite(doc: SiteDoc): Site {
  return { id: doc._id.toHexString(), key: doc.key, name: doc.name, defaultLocale: doc.defaultLocale as Site['defaultLocale'] };
}
