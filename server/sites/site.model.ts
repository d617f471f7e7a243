import { randomBytes } from 'node:crypto';
import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Site } from '../../shared/domain';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_ROUTING_SETTINGS } from '../../shared/settings';

const siteSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    defaultLocale: { type: String, enum: ['ko', 'en'], default: 'ko' },
    routing: {
      algorithm: { type: String, enum: ['load_balancing', 'round_robin', 'manual'], default: DEFAULT_ROUTING_SETTINGS.algorithm },
      preferLastAgent: { type: Boolean, default: DEFAULT_ROUTING_SETTINGS.preferLastAgent },
      teamFallbackSeconds: { type: Number, default: DEFAULT_ROUTING_SETTINGS.teamFallbackSeconds },
      reopenWindowMinutes: { type: Number, default: DEFAULT_ROUTING_SETTINGS.reopenWindowMinutes },
      agentGraceSeconds: { type: Number, default: DEFAULT_ROUTING_SETTINGS.agentGraceSeconds },
    },
    teams: { type: [String], default: [] },
    /** Validated by shared/schemas.ts before it is written; defaults are merged on read. */
    widget: { type: Schema.Types.Mixed, default: null },
    /** Abuse limits (shared/limits.ts), validated before written; defaults are merged on read. */
    limits: { type: Schema.Types.Mixed, default: null },
    /** Signs identity-verification hashes (HMAC-SHA256 of the user id) on the website owner's server. */
    identitySecret: { type: String, default: () => randomBytes(32).toString('hex') },
    politeGuardPhrases: { type: [String], default: DEFAULT_POLITE_GUARD_PHRASES },
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
