/**
 * Revealing one masked message: any agent of the conversation's site may, and every reveal
 * is in the audit log before the text leaves the server (no entry, no text).
 */
import { Router } from 'express';
import { AUDIT_API, type RevealedMessage } from '../../shared/audit';
import { findSensitiveNumbers } from '../../shared/sensitive-numbers';
import { messageRevealSchema } from '../../shared/schemas';
import { originOf } from '../audit/admin-trail';
import type { AuditLog } from '../audit/audit-log';
import type { ConversationService } from '../conversations/conversation.service';
import type { MessageStore } from '../conversations/message-store';
import { ParleyError } from '../errors';
import type { SignedInAgent } from '../http/agent-auth';

export function createRevealRoutes(deps: { conversations: ConversationService; messages: MessageStore; audit: AuditLog; signedInAgent: SignedInAgent }): Router {
  const router = Router();
  router.post(AUDIT_API.revealRoute, async (req, res) => {
    const agent = await deps.signedInAgent(req);
    const { conversationId, seq } = messageRevealSchema.parse(req.params);
    // Another site's conversation answers "not found", as everywhere else.
    await deps.conversations.agentAccess({ agentId: agent.id, siteId: agent.siteId, name: agent.name, role: agent.role }, conversationId);
    const [message] = await deps.messages.listAfter(conversationId, seq - 1, { limit: 1, includeInternal: false });
    if (!message || message.seq !== seq || message.author.kind !== 'visitor') throw new ParleyError('PARLEY_ERR_NOT_FOUND', 'no visitor message with this seq in the conversation');
    const kinds = [...new Set(findSensitiveNumbers(message.text).map((span) => span.kind))];
    await deps.audit.record({
      siteId: agent.siteId,
      action: 'message-revealed',
      actor: { id: agent.id, name: agent.name, email: agent.email },
      target: `conversation:${conversationId}#${seq}`,
      detail: kinds.join(', ') || null,
      ...originOf(req),
    });
    const body: RevealedMessage = { conversationId, seq, text: message.text };
    res.set('Cache-Control', 'no-store').json(body);
  });
  return router;
}
