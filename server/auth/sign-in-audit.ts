/**
 * An append-only record of sign-in attempts: who (the email typed, and the agent when it
 * matched), from where, and how it ended. Nothing here updates or deletes an entry.
 */
import { Schema, type Connection, type InferSchemaType } from 'mongoose';

export type SignInOutcome = 'success' | 'failure' | 'throttled' | 'deactivated';

export interface SignInEvent {
  at: string;
  email: string;
  agentId: string | null;
  ip: string | null;
  userAgent: string | null;
  outcome: SignInOutcome;
}

const signInSchema = new Schema(
  {
    at: { type: Date, required: true, index: true },
    email: { type: String, required: true },
    agentId: { type: String, default: null },
    ip: { type: String, default: null },
    userAgent: { type: String, default: null },
    outcome: { type: String, enum: ['success', 'failure', 'throttled', 'deactivated'], required: true },
  },
  { versionKey: false, collection: 'signinaudit' },
);

type SignInDoc = InferSchemaType<typeof signInSchema>;

export interface SignInAudit {
  record(event: Omit<SignInEvent, 'at'>): Promise<void>;
  /** The newest first. */
  recent(limit: number): Promise<SignInEvent[]>;
}

export function createSignInAudit(connection: Connection): SignInAudit {
  const Events = connection.model('SignInEvent', signInSchema);
  return {
    async record(event) {
      await Events.create({ ...event, email: event.email.slice(0, 254), userAgent: event.userAgent?.slice(0, 300) ?? null, at: new Date() });
    },
    async recent(limit) {
      const docs = await Events.find().sort({ at: -1 }).limit(limit).lean<SignInDoc[]>();
      return docs.map((doc) => ({
        at: doc.at.toISOString(),
        email: doc.email,
        agentId: doc.agentId ?? null,
        ip: doc.ip ?? null,
        userAgent: doc.userAgent ?? null,
        outcome: doc.outcome as SignInOutcome,
      }));
    },
  };
}
