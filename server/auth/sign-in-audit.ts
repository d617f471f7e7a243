/**
 * An append-only record of sign-in attempts: who (the email typed, and the agent when it
 * matched), from where, and how it ended. Nothing here updates or deletes an entry.
 */
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

export type SignInOutcome = 'success' | 'failure' | 'throttled' | 'deactivated';

export interface SignInEvent {
  at: string;
  /** The site of the account signed into; null when the email matched no account. */
  siteId: string | null;
  email: string;
  agentId: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: SignInOutcome;
}

const signInSchema = new Schema(
  {
    at: { type: Date, required: true, index: true },
    siteId: { type: String, default: null },
    email: { type: String, required: true },
    agentId: { type: String, default: null },
    ip: { type: String, default: null },
    userAgent: { type: String, default: null },
    outcome: { type: String, enum: ['success', 'failure', 'throttled', 'deactivated'], required: true },
  },
  { versionKey: false, collection: 'signinaudit' },
);

// Read by site, newest first.
signInSchema.index({ siteId: 1, at: -1 });

type SignInDoc = InferSchemaType<typeof signInSchema>;

export interface SignInAudit {
  record(event: Omit<SignInEvent, 'at'>): Promise<void>;
  /** The site's newest first (an admin sees their own site's sign-ins only). */
  recent(siteId: string, limit: number): Promise<SignInEvent[]>;
}

export function createSignInAudit(connection: Connection): SignInAudit {
  const Events = connection.model('SignInEvent', signInSchema);
  return {
    async record(event) {
      await Events.create({ ...event, email: event.email.slice(0, 254), userAgent: event.userAgent?.slice(0, 300) ?? null, at: new Date() });
    },
    async recent(siteId, limit) {
      const docs = await Events.find({ siteId }).sort({ at: -1 }).limit(limit).lean<SignInDoc[]>();
      return docs.map((doc) => ({
        at: doc.at.toISOString(),
        siteId: doc.siteId ?? null,
        email: doc.email,
        agentId: doc.agentId ?? null,
        ip: doc.ip ?? null,
        userAgent: doc.userAgent ?? null,
        outcome: doc.outcome as SignInOutcome,
      }));
    },
  };
}
