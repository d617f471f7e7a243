/** Zod schemas for the privacy routes (server/privacy/) and the audit log (server/audit/). */
import { z } from 'zod';
import { AUDIT_ACTIONS } from './audit';
import { listCursorSchema, objectIdSchema } from './id-schemas';

// --- privacy (server/privacy/) -------------------------------------------

const retentionDays = z.number().int().min(1).max(36_500).nullable();

export const privacySettingsSchema = z.object({
  retention: z.object({ closedConversationsDays: retentionDays, attachmentsDays: retentionDays }),
  visitorIp: z.enum(['none', 'truncated']),
});

/** Erasing a visitor cannot be undone, so the caller must say so explicitly. */
export const visitorEraseSchema = z.object({ confirm: z.literal(true, 'send { "confirm": true } to erase this visitor') });
/** A visitor export keeps sensitive numbers masked unless the admin asks for them (`?numbers=shown`). */
export const visitorExportQuerySchema = z.object({ numbers: z.enum(['masked', 'shown']).default('masked') });

/** How many closed conversations and files a retention setting would delete now. */
export const retentionPreviewSchema = z.object({
  closedConversationsDays: z.coerce.number().int().min(1).max(36_500).optional(),
  attachmentsDays: z.coerce.number().int().min(1).max(36_500).optional(),
});

// --- audit log and revealing masked numbers (shared/audit.ts) -------------

/** Admins' audit-log filters and page. */
export const auditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  agentId: objectIdSchema.optional(),
  /** Instants, so the inbox can send the admin's own day boundaries. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  cursor: listCursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const messageRevealSchema = z.object({
  conversationId: objectIdSchema,
  seq: z.coerce.number().int().min(1),
});
