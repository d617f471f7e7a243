import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Site } from '../../shared/domain';
import { DEFAULT_BUSINESS_HOURS } from '../bot/business-hours';

const siteSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    defaultLocale: { type: String, enum: ['ko', 'en'], default: 'ko' },
    businessHours: {
      enabled: { type: Boolean, default: DEFAULT_BUSINESS_HOURS.enabled },
      timezone: { type: String, default: DEFAULT_BUSINESS_HOURS.timezone },
      weekly: { type: [{ day: Number, open: String, close: String, _id: false }], default: DEFAULT_BUSINESS_HOURS.weekly },
    },
  },
  { timestamps: true },
);

export type SiteDoc = InferSchemaType<typeof siteSchema> & { _id: Types.ObjectId };

export const siteModel = (connection: Connection) => connection.model('Site', siteSchema);

export function toSite(doc: SiteDoc): Site {
  return { id: doc._id.toHexString(), key: doc.key, name: doc.name, defaultLocale: doc.defaultLocale as Site['defaultLocale'] };
}
