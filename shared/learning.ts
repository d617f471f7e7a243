/**
 * Learning from agents (#11) and the unanswered questions (#11, #15): agents mark a bot
 * answer wrong and name the right intent; admins review those suggestions, and turn
 * clusters of questions the bot could not answer into intents or examples.
 */
import { z } from 'zod';
import { objectIdSchema } from './id-schemas';

export const LEARNING_API = {
  /** Agents: the site's intents to pick from (name and display names only). */
  intentChoices: '/api/learning/intents',
  /** Agents: "wrong answer" on a conversation they may see. Admins: the pending suggestions. */
  suggestions: '/api/learning/suggestions',
  /** Admins: accept one (POST) — adds the question as an example — or reject it (DELETE). */
  suggestion: (id: string) => `/api/learning/suggestions/${id}`,
  suggestionRoute: '/api/learning/suggestions/:id',
  /** Admins: what the bot could not answer, clustered, most frequent first. */
  unanswered: '/api/learning/unanswered',
  /** Admins: a cluster's questions become a new intent, examples of an existing one, or are dismissed. */
  unansweredToIntent: '/api/learning/unanswered/intent',
  unansweredDismiss: '/api/learning/unanswered/dismiss',
  /** Supervisors and admins: the top unanswered questions of a report range (JSON or CSV). */
  report: '/api/reports/unanswered',
} as const;

/** One intent as the correction picker shows it. */
export interface IntentChoice {
  name: string;
  displayName: { ko: string; en: string };
}

/** An agent's correction waiting for an admin: the visitor's question and the intent it should have found. */
export interface ExampleSuggestion {
  id: string;
  conversationId: string;
  /** The visitor's question as agents see it (sensitive numbers masked). */
  question: string;
  /** The intent the agent picked; null for "a new intent". */
  intent: string | null;
  suggestedBy: { id: string; name: string };
  at: string;
}

/** Questions the bot could not answer that mean the same, with how often they came. */
export interface UnansweredCluster {
  /** Stable for the same set of questions: the id of its first (representative) question. */
  id: string;
  count: number;
  /** The representative question first, then the others, newest first (at most a few). */
  samples: string[];
  /** Every question in the cluster, to act on them together. */
  questionIds: string[];
  lastAt: string;
  /** How the questions were grouped: by meaning (the model) or by shared words. */
  mode: 'semantic' | 'lexical';
}

export interface UnansweredOverview {
  clusters: UnansweredCluster[];
  /** Questions kept in all (storage is bounded per site). */
  total: number;
}

export interface UnansweredReportRow {
  sample: string;
  count: number;
}

export const suggestionSchema = z.object({
  conversationId: objectIdSchema,
  /** The bot message marked wrong; without it, the last question before the handoff. */
  seq: z.number().int().positive().optional(),
  /** The right intent, or null for "a new intent". */
  intent: z.string().regex(/^[a-z0-9_]{2,60}$/).nullable(),
});
export type SuggestionInput = z.infer<typeof suggestionSchema>;

const displayNameSchema = z.object({ ko: z.string().trim().max(60).default(''), en: z.string().trim().max(60).default('') }).default({ ko: '', en: '' });
const newIntentSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]{2,60}$/, 'intent names use lowercase letters, digits and "_" (2–60)'),
  displayName: displayNameSchema,
  answer: z.object({ ko: z.string().max(2000).default(''), en: z.string().max(2000).default('') }).default({ ko: '', en: '' }),
});

/** Accepting a suggestion: into the suggested intent, another existing one, or a new one. */
export const acceptSuggestionSchema = z.union([z.object({ intent: z.string().regex(/^[a-z0-9_]{2,60}$/) }), z.object({ newIntent: newIntentSchema })]);
export type AcceptSuggestion = z.infer<typeof acceptSuggestionSchema>;

const questionIdsSchema = z.array(objectIdSchema).min(1).max(500);

/** A cluster's questions as examples: of a new intent, or of an existing one. */
export const unansweredToIntentSchema = z.union([
  z.object({ questionIds: questionIdsSchema, newIntent: newIntentSchema }),
  z.object({ questionIds: questionIdsSchema, intent: z.string().regex(/^[a-z0-9_]{2,60}$/) }),
]);
export type UnansweredToIntent = z.infer<typeof unansweredToIntentSchema>;

export const dismissUnansweredSchema = z.object({ questionIds: questionIdsSchema });
