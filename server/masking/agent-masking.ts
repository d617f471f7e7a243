/**
 * Agents see a visitor's sensitive numbers masked ("****-****-****-1234", "900101-1******")
 * until one of them reveals the message, which is logged. The stored text stays as typed;
 * masking happens on every way a visitor's words leave the server towards an agent: live
 * messages and previews (realtime/socket-notifier.ts), the agent namespace's reads and
 * conversation acks, and the REST transcript, search, visitor details and board.
 */
import type { Conversation, Message } from '../../shared/domain';
import { findSensitiveNumbers, maskSensitiveNumbers } from '../../shared/sensitive-numbers';
import type { ConversationRepository } from '../conversations/conversation.repository';
import type { ConversationService } from '../conversations/conversation.service';

/** The message as agents receive it: a visitor's sensitive numbers masked and flagged for the reveal control. */
export function maskForAgents(message: Message): Message {
  if (message.author.kind !== 'visitor' || message.internal) return message;
  const spans = findSensitiveNumbers(message.text);
  return spans.length === 0 ? message : { ...message, text: maskSensitiveNumbers(message.text, spans), masked: true };
}

/** Previews are cut at 140 characters; a number cut in half there is starred whole, since it can no longer be recognised. */
const PREVIEW_LENGTH = 140;

export function maskPreview(preview: string): string {
  const masked = maskSensitiveNumbers(preview);
  if (preview.length < PREVIEW_LENGTH) return masked;
  return masked.replace(/\+?\d[\d .-]*$/, (tail) => (tail.replace(/\D/g, '').length >= 6 ? tail.replace(/\d/g, '*') : tail));
}

export function maskConversation<C extends Conversation>(conversation: C): C {
  const preview = conversation.lastMessagePreview;
  return preview ? { ...conversation, lastMessagePreview: maskPreview(preview) } : conversation;
}

const maskPage = <P extends { messages: Message[] }>(page: P): P => ({ ...page, messages: page.messages.map(maskForAgents) });
const maskOpened = <P extends { conversation: Conversation; messages: Message[] }>(page: P): P => ({ ...maskPage(page), conversation: maskConversation(page.conversation) });

/** The conversation service as the agent namespace and REST routes use it: every read masked. */
export function maskedServiceForAgents(service: ConversationService): ConversationService {
  return {
    ...service,
    agentOpen: async (...args) => maskOpened(await service.agentOpen(...args)),
    agentPage: async (...args) => maskOpened(await service.agentPage(...args)),
    agentSync: async (...args) => (await service.agentSync(...args)).map(maskForAgents),
    listForAgent: async (...args) => {
      const page = await service.listForAgent(...args);
      return { ...page, conversations: page.conversations.map(maskConversation) };
    },
    agentTake: async (...args) => maskConversation(await service.agentTake(...args)),
    agentClose: async (...args) => maskConversation(await service.agentClose(...args)),
    agentTransfer: async (...args) => maskConversation(await service.agentTransfer(...args)),
    agentTag: async (...args) => maskConversation(await service.agentTag(...args)),
    supervisorReassign: async (...args) => maskConversation(await service.supervisorReassign(...args)),
  };
}

/** The repository reads that REST routes hand to agents (search, visitor details, the board), previews masked. */
export function maskedRepositoryForAgents(repository: ConversationRepository): ConversationRepository {
  return {
    ...repository,
    search: async (...args) => {
      const page = await repository.search(...args);
      return { ...page, conversations: page.conversations.map(maskConversation) };
    },
    listForVisitor: async (...args) => (await repository.listForVisitor(...args)).map(maskConversation),
    listQueued: async (...args) => (await repository.listQueued(...args)).map(maskConversation),
  };
}
