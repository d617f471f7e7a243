/**
 * Learning from agents, wired: the bot's unanswered-question observer (created with the
 * bot) and, once the app has its auth, audit trail and agent-facing conversations, the
 * REST routes. See README "Learning from agents".
 */
import type { Connection } from 'mongoose';
import type { AdminTrail } from '../../audit/admin-trail';
import type { ConversationService } from '../../conversations/conversation.service';
import type { FieldCipher } from '../../crypto/field-cipher';
import type { SignedInAgent } from '../../http/agent-auth';
import type { Logger } from '../../logger';
import type { IntentClassifier } from '../intent-classifier';
import type { IntentRepository } from '../intent.repository';
import { createCorrections } from './corrections';
import { createIntentExamples } from './intent-examples';
import { createLearningRoutes } from './learning-routes';
import { createSuggestionRepository } from './suggestion.repository';
import { createUnansweredRecorder } from './unanswered-recorder';
import { createUnansweredRepository } from './unanswered.repository';
import { createUnansweredService } from './unanswered-service';

export interface LearningDeps {
  connection: Connection;
  cipher: FieldCipher;
  /** The retraining repository: every save retrains the site's classifier. */
  intents: IntentRepository;
  classifier: IntentClassifier;
  timezone: (siteId: string) => Promise<string>;
  logger: Logger;
  now: () => Date;
}

export function createLearning(deps: LearningDeps) {
  const repository = createUnansweredRepository(deps.connection, deps.cipher);
  // The classifier's own model (the process's one worker); null while none is ready.
  const embed = async (texts: string[]) => {
    const model = deps.classifier.embedder?.();
    return model && (await model.ready) ? model.embed(texts) : null;
  };
  const modelId = () => {
    const status = deps.classifier.status?.();
    return status?.state === 'ready' ? status.modelId : null;
  };
  // Both collections are registered now, before the app syncs indexes (the suggestions' unique index dedupes).
  const suggestions = createSuggestionRepository(deps.connection, deps.cipher);
  const examples = createIntentExamples(deps.intents);
  let unanswered: ReturnType<typeof createUnansweredService> | null = null;
  const recorder = createUnansweredRecorder({
    repository,
    embed,
    modelId,
    now: deps.now,
    onError: (error) => deps.logger.warn({ err: error }, 'could not record an unanswered question'),
    onStored: (siteIds) => unanswered?.changed(siteIds),
  });

  return {
    /** For createBotService's `unanswered`. */
    recorder,
    routes(app: { signedInAgent: SignedInAgent; conversations: ConversationService; audit: AdminTrail }) {
      unanswered = createUnansweredService({ repository, examples, embed, modelId, timezone: deps.timezone, audit: app.audit, now: deps.now });
      const corrections = createCorrections({
        suggestions,
        intents: deps.intents,
        examples,
        audit: app.audit,
        now: deps.now,
        async transcript(agent, conversationId, beforeSeq) {
          const identity = { agentId: agent.id, siteId: agent.siteId, name: agent.name, role: agent.role };
          // Before a given answer: the page leading up to it. Else from the start, where the bot's part is.
          if (beforeSeq !== null) return (await app.conversations.agentPage(identity, conversationId, beforeSeq, 50)).messages;
          return app.conversations.agentSync(identity, conversationId, 0);
        },
      });
      return createLearningRoutes({ corrections, unanswered, intents: deps.intents, signedInAgent: app.signedInAgent });
    },
  };
}
