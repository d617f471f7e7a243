/**
 * Zod schemas for every inbound payload: socket events from visitors and agents,
 * handshake auth and REST bodies. The server parses with these before acting.
 */
import { z } from 'zod';
import { listCursorSchema, objectIdSchema } from './id-schemas';
import { ABUSE_SENSITIVITIES } from './abuse';

export { listCursorSchema, objectIdSchema };

export const localeSchema = z.enum(['ko', 'en']);

/** Client-generated message id: a UUID or any opaque token of safe characters. */
export const clientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'clientId may contain only letters, digits, "_" and "-"');


export const messageTextSchema = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'message is empty').max(4000, 'message is longer than 4000 characters'));

export const seqSchema = z.number().int().min(0);

// --- visitor side ---------------------------------------------------------

/** A signed-in user of the website: `hash` is HMAC-SHA256(userId) with the site's identity secret, hex. */
export const visitorIdentitySchema = z.object({
  userId: z.string().min(1).max(200),
  hash: z.string().regex(/^[0-9a-f]{64}$/i, 'hash must be a hex HMAC-SHA256'),
  name: z.string().trim().min(1).max(120).optional(),
  email: z.email().max(254).optional(),
});

export const visitorAuthSchema = z.object({
  siteKey: z.string().min(1).max(64),
  token: z.string().max(2048).optional(),
  locale: localeSchema.optional(),
  identity: visitorIdentitySchema.optional(),
});

/**
 * A custom attribute's name. It becomes a field name in the database, so no "." (a path
 * separator there), no "$" (an operator) and nothing empty: letters, digits, "_" and "-".
 */
export const attributeKeySchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'attribute names use 1–40 letters, digits, "_" and "-"');

export const visitorAttributesSchema = z.object({
  attributes: z.record(attributeKeySchema, z.union([z.string().max(500), z.number(), z.boolean()])).refine(
    (attributes) => Object.keys(attributes).length <= 50,
    'at most 50 attributes',
  ),
});

/** The pre-chat form, or details the visitor gives later. */
export const visitorProfileSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  email: z.email().max(254).optional(),
  topic: z.string().trim().min(1).max(60).optional(),
});

/** The offline form: kept as a conversation for follow-up by email. */
export const offlineMessageSchema = z.object({
  clientId: clientIdSchema,
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120).optional(),
  text: messageTextSchema,
});

export const conversationRateSchema = z.object({
  conversationId: objectIdSchema,
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});

export const messageReadSchema = z.object({ conversationId: objectIdSchema, seq: seqSchema });

export const visitorMessageSendSchema = z
  .object({
    clientId: clientIdSchema,
    /** May be empty when an attachment carries the message. */
    text: z.string().max(4000).default(''),
    attachmentId: objectIdSchema.optional(),
  })
  .transform((message) => ({ ...message, text: message.text.trim() }))
  .refine((message) => message.text.length > 0 || message.attachmentId, { message: 'message is empty', path: ['text'] });

export const visitorMessageSyncSchema = z.object({ afterSeq: seqSchema });

export const handoffRequestSchema = z.object({}).strict();

// --- agent side -----------------------------------------------------------

export const agentAuthSchema = z.object({
  token: z.string().min(1).max(4096),
  /** The status the agent chose before a reload: an agent who went away stays away. */
  presence: z.enum(['online', 'away']).optional(),
});

export const agentMessageSendSchema = z.object({
  conversationId: objectIdSchema,
  clientId: clientIdSchema,
  text: messageTextSchema,
  attachmentId: objectIdSchema.optional(),
  /** An internal note for other agents; the visitor never sees it. */
  internal: z.boolean().optional(),
});

export const conversationTransferSchema = z
  .object({
    conversationId: objectIdSchema,
    toAgentId: objectIdSchema.optional(),
    toTeam: z.string().trim().min(1).max(60).optional(),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((transfer) => Boolean(transfer.toAgentId) !== Boolean(transfer.toTeam), 'transfer to exactly one of toAgentId or toTeam');

export const conversationRefSchema = z.object({ conversationId: objectIdSchema });

export const conversationOpenSchema = z.object({
  conversationId: objectIdSchema,
  afterSeq: seqSchema.default(0),
});

export const agentMessageSyncSchema = z.object({
  conversationId: objectIdSchema,
  afterSeq: seqSchema,
});

/** An older page of a conversation's messages: the `limit` newest before `beforeSeq`. */
export const messageListSchema = z.object({
  conversationId: objectIdSchema,
  beforeSeq: seqSchema.min(1),
  limit: z.number().int().min(1).max(200).default(50),
});

/** Opaque position in a paged list, handed back by the server as `nextCursor`. */

/**
 * Which conversations the inbox lists. Without a view: the agent's own open ones,
 * the queue and the bot's (the default inbox). `team`: open ones of the agent's teams;
 * `open`: every open one on the site; `closed`: the latest closed ones.
 */
export const conversationListSchema = z.object({
  view: z.enum(['default', 'mine', 'queue', 'team', 'open', 'closed']).default('default'),
  /** From the previous page's `nextCursor`; absent for the first page. */
  cursor: listCursorSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const agentPresenceSchema = z.object({ presence: z.enum(['online', 'away', 'offline']) });

// --- REST -----------------------------------------------------------------

export const loginSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(256),
});

export const firstAdminSchema = z.object({
  email: z.email().max(254),
  password: z.string().min(8, 'password needs at least 8 characters').max(256),
  name: z.string().trim().min(1).max(80),
});

export const intentDefinitionSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]{2,60}$/, 'intent names use lowercase letters, digits and "_" (2–60)'),
  examples: z.array(z.string().trim().min(1).max(300)).min(1, 'give at least one example phrase').max(200),
  answer: z.object({ ko: z.string().max(2000).default(''), en: z.string().max(2000).default('') }),
  handoff: z.boolean().default(false),
  related: z.array(z.string()).max(10).default([]),
  team: z.string().max(60).nullable().default(null),
  /** What visitors and agents see for this intent (quick replies, handoff card); empty = derived from the name. */
  displayName: z.object({ ko: z.string().trim().max(60).default(''), en: z.string().trim().max(60).default('') }).default({ ko: '', en: '' }),
});

export const intentImportSchema = z.object({
  mode: z.enum(['merge', 'replace']).default('merge'),
  intents: z.array(intentDefinitionSchema).max(1000),
});

/** `threshold`: preview the answer at another confidence threshold than the site's. */
export const intentTestSchema = z.object({ text: z.string().trim().min(1).max(4000), threshold: z.number().min(0).max(1).optional() });

/** null goes back to the threshold calibrated for the site's intents. */
export const intentThresholdSchema = z.object({ threshold: z.number().min(0.05).max(0.99).nullable() });

export type IntentImport = z.input<typeof intentImportSchema>;
export type IntentTest = z.input<typeof intentTestSchema>;

// --- admin and supervisor ------------------------------------------------

const localizedText = (max: number) => z.object({ ko: z.string().max(max), en: z.string().max(max) });

export const widgetSettingsSchema = z.object({
  theme: z.object({
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
    position: z.enum(['left', 'right']),
    greeting: localizedText(300),
    launcherOffset: z.object({ x: z.number().int().min(0).max(400), y: z.number().int().min(0).max(400) }),
  }),
  preChat: z.object({ enabled: z.boolean(), fields: z.array(z.enum(['name', 'email', 'topic'])).max(3) }),
  attachments: z.object({
    enabled: z.boolean(),
    maxBytes: z.number().int().min(1024).max(25 * 1024 * 1024),
    allowedTypes: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+*-]+$/, 'MIME types like image/png')).max(50),
  }),
  triggers: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        kind: z.enum(['time_on_page', 'url_pattern', 'first_visit']),
        value: z.string().max(500),
        message: localizedText(500),
        action: z.enum(['open', 'bubble']),
      }),
    )
    .max(20),
  nps: z.object({ enabled: z.boolean() }).optional(),
});

const rateLimitSchema = z.object({
  perVisitor: z.number().int().min(0).max(1_000_000),
  perIp: z.number().int().min(0).max(1_000_000),
  perSite: z.number().int().min(0).max(100_000_000),
  windowSeconds: z.number().int().min(1).max(86_400),
});

/** Abuse limits per site (shared/limits.ts); 0 switches a bucket off. */
export const limitSettingsSchema = z.object({
  message: rateLimitSchema,
  sync: rateLimitSchema,
  upload: rateLimitSchema,
  connection: rateLimitSchema,
  visitorCreate: rateLimitSchema,
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'times are HH:MM');

export const settingsUpdateSchema = z
  .object({
    routing: z.object({
      algorithm: z.enum(['load_balancing', 'round_robin', 'manual']),
      preferLastAgent: z.boolean(),
      teamFallbackSeconds: z.number().int().min(0).max(86_400),
      reopenWindowMinutes: z.number().int().min(0).max(10_080),
      agentGraceSeconds: z.number().min(0).max(3600),
    }),
    businessHours: z.object({
      enabled: z.boolean(),
      timezone: z.string().refine((zone) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'unknown timezone'),
      weekly: z.array(z.object({ day: z.number().int().min(0).max(6), open: hhmm, close: hhmm })).max(21),
    }),
    teams: z.array(z.string().trim().min(1).max(60)).max(100),
    politeGuardPhrases: z.array(z.string().trim().min(1).max(100)).max(200),
    widget: widgetSettingsSchema,
    limits: limitSettingsSchema,
  })
  .partial()
  // A misspelt section would otherwise be dropped silently and answered 200 with nothing changed.
  .strict();

export const agentCreateSchema = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(80),
  password: z.string().min(8, 'password needs at least 8 characters').max(256),
  role: z.enum(['agent', 'supervisor', 'admin']).default('agent'),
  capacity: z.number().int().min(0).max(50).optional(),
  teams: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
});

export const agentUpdateSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    role: z.enum(['agent', 'supervisor', 'admin']),
    capacity: z.number().int().min(0).max(50),
    teams: z.array(z.string().trim().min(1).max(60)).max(20),
  })
  .partial();

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(8, 'password needs at least 8 characters').max(256),
});

export const agentActiveSchema = z.object({ active: z.boolean() });

export const cannedResponseSchema = z.object({
  shortcut: z.string().regex(/^[a-z0-9_-]{1,30}$/, 'shortcuts use lowercase letters, digits, "_" and "-" (1–30)'),
  text: z.string().trim().min(1).max(2000),
  scope: z.enum(['team', 'personal']),
});

export const conversationSearchSchema = z.object({
  q: z.string().trim().max(200).optional(),
  email: z.string().trim().max(254).optional(),
  tag: z.string().trim().max(40).optional(),
  status: z.enum(['bot', 'queued', 'offline', 'assigned', 'closed']).optional(),
  /** From the previous page's `nextCursor`; absent for the first page. */
  cursor: listCursorSchema.optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** `GET /api/conversations/:id/transcript?beforeSeq=`: the newest page, or the page before a seq. */
export const transcriptPageSchema = z.object({
  beforeSeq: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const conversationTagsSchema = z.object({
  conversationId: objectIdSchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
});

export const conversationReassignSchema = z.object({ conversationId: objectIdSchema, toAgentId: objectIdSchema });

export const visitorTypingSchema = z.object({ typing: z.boolean() });
export const agentTypingSchema = z.object({ conversationId: objectIdSchema, typing: z.boolean() });

export const visitorPageSchema = z.object({
  /** Only web pages: a `javascript:` or `data:` URL would be a link an agent might click. */
  url: z.url({ protocol: /^https?$/, error: 'page URLs must be http(s)' }).max(2048),
  title: z.string().max(300).default(''),
});

// --- agent protection ------------------------------------------------------

// A word must keep a letter once spaces and punctuation go, or it would match every message.
const abuseWordSchema = z.string().trim().min(1).max(100).refine((word) => /[\p{L}\p{N}]/u.test(word), 'a word needs at least one letter or digit');

/** PUT /api/abuse/settings: any of the site's agent-protection settings. */
export const abuseSettingsSchema = z
  .object({
    extraWords: z.array(abuseWordSchema).max(500),
    allowedWords: z.array(abuseWordSchema).max(500),
    escalateAfter: z.number().int().min(1).max(50),
    breakAfter: z.number().int().min(1).max(100),
    model: z.boolean(),
    sensitivity: z.enum(ABUSE_SENSITIVITIES),
  })
  .partial()
  .strict();

/** POST /api/abuse/blocks: block the visitor of this conversation for `hours`. */
export const visitorBlockSchema = z.object({ conversationId: objectIdSchema, hours: z.number().int().min(1).max(24 * 30) }).strict();

export type AbuseSettingsUpdate = z.input<typeof abuseSettingsSchema>;
export type VisitorBlockInput = z.input<typeof visitorBlockSchema>;
export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;
export type AgentCreate = z.input<typeof agentCreateSchema>;
export type AgentUpdate = z.input<typeof agentUpdateSchema>;
export type PasswordChange = z.input<typeof passwordChangeSchema>;
export type CannedResponseInput = z.input<typeof cannedResponseSchema>;
export type ConversationSearch = z.input<typeof conversationSearchSchema>;
export type ConversationTags = z.input<typeof conversationTagsSchema>;
export type ConversationReassign = z.input<typeof conversationReassignSchema>;
export type VisitorTyping = z.input<typeof visitorTypingSchema>;
export type AgentTyping = z.input<typeof agentTypingSchema>;
export type VisitorPage = z.input<typeof visitorPageSchema>;

export type VisitorAuth = z.infer<typeof visitorAuthSchema>;
export type VisitorIdentity = z.input<typeof visitorIdentitySchema>;
export type VisitorAttributes = z.input<typeof visitorAttributesSchema>;
export type VisitorProfile = z.input<typeof visitorProfileSchema>;
export type OfflineMessage = z.input<typeof offlineMessageSchema>;
export type ConversationRate = z.input<typeof conversationRateSchema>;
export type MessageRead = z.input<typeof messageReadSchema>;
export type VisitorMessageSend = z.input<typeof visitorMessageSendSchema>;
export type VisitorMessageSync = z.input<typeof visitorMessageSyncSchema>;
export type HandoffRequest = z.input<typeof handoffRequestSchema>;
export type AgentAuth = z.infer<typeof agentAuthSchema>;
export type AgentMessageSend = z.input<typeof agentMessageSendSchema>;
export type ConversationRef = z.input<typeof conversationRefSchema>;
export type ConversationOpen = z.input<typeof conversationOpenSchema>;
export type AgentMessageSync = z.input<typeof agentMessageSyncSchema>;
export type MessageList = z.input<typeof messageListSchema>;
export type ConversationList = z.input<typeof conversationListSchema>;
export type ConversationTransfer = z.input<typeof conversationTransferSchema>;
export type AgentPresenceChange = z.input<typeof agentPresenceSchema>;
export type Login = z.input<typeof loginSchema>;
export type FirstAdmin = z.input<typeof firstAdminSchema>;

// Privacy and audit-log payloads live in their own module.
export * from './privacy-schemas';
