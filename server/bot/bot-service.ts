/**
 * Carries out the bot's decisions in a live conversation: classify, answer or hand
 * off, keep a message outside business hours, and close as solved on request.
 */
import type { Conversation, HandoffReason } from '../../shared/domain';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { closedText } from '../conversations/system-messages';
import type { ConversationNotifier, TranscriptWriter } from '../conversations/transcript-writer';
import type { QueueService } from '../routing/queue-service';
import type { SiteRepository } from '../sites/site.repository';
import { botTexts, decideBotTurn, intentNamed, type BotMemory } from './bot-policy';
import { isWithinBusinessHours } from './business-hours';
import type { BotSettingsRepository } from './bot-settings.repository';
import type { IntentClassifier } from './intent-classifier';
import type { IntentRepository } from './intent.repository';
import { TALK_TO_HUMAN } from './seed-intents';

export interface BotServiceDeps {
  conversations: ConversationRepository;
  intents: IntentRepository;
  sites: SiteRepository;
  classifier: IntentClassifier;
  settings: BotSettingsRepository;
  queue: QueueService;
  transcript: TranscriptWriter;
  notifier: ConversationNotifier;
  now: () => Date;
}

export type BotService = ReturnType<typeof createBotService>;

export function createBotService(deps: BotServiceDeps) {
  const { conversations, transcript } = deps;
  const withinBusinessHours = async (siteId: string) => isWithinBusinessHours(await deps.sites.businessHours(siteId), deps.now());
  const context = (reason: HandoffReason, memory: BotMemory) => ({ reason, intents: memory.detected, botAnswers: memory.answers, at: deps.now().toISOString() });

  /** Hands over to humans, or outside business hours says so and keeps the conversation for follow-up. */
  async function handOver(conversation: Conversation, reason: HandoffReason, memory: BotMemory, team: string | null) {
    if (await withinBusinessHours(conversation.siteId)) return deps.queue.handoff(conversation, context(reason, memory), { team });
    await transcript.bot(conversation, botTexts[conversation.locale].takeMessage);
    return deps.queue.handoff(conversation, context(reason, memory), { status: 'offline', team });
  }

  return {
    async respond(conversation: Conversation, text: string) {
      const [intents, memory, open, threshold] = await Promise.all([
        deps.intents.listForSite(conversation.siteId),
        conversations.botMemory(conversation.id),
        withinBusinessHours(conversation.siteId),
        deps.settings.intentThreshold(conversation.siteId),
      ]);
      // A pressed quick reply names its intent exactly; no need to guess.
      const named = intentNamed(text, intents);
      const classification = named
        ? { best: { name: named, score: 1 }, ranked: [{ name: named, score: 1 }], mode: 'lexical' as const }
        : await deps.classifier.classify(text, intents, { threshold });
      const decision = decideBotTurn({ text, classification, intents, locale: conversation.locale, memory, withinBusinessHours: open, talkToHumanIntent: TALK_TO_HUMAN });
      await conversations.saveBotMemory(conversation.id, decision.memory);
      const team = intents.find((intent) => intent.name === classification.best?.name)?.team ?? null;
      switch (decision.kind) {
        case 'handoff':
        case 'take-message':
          await handOver(conversation, decision.reason, decision.memory, team);
          return;
        default:
          await transcript.bot(conversation, decision.text, decision.quickReplies);
      }
    },

    async handoffRequested(conversation: Conversation) {
      if (conversation.status !== 'bot') return conversation;
      return handOver(conversation, 'visitor_request', await conversations.botMemory(conversation.id), null);
    },

    /** The context an agent gets when taking a conversation straight from the bot. */
    async contextFor(conversation: Conversation) {
      return context('visitor_request', await conversations.botMemory(conversation.id));
    },

    /** "This solved it": the bot's answer was enough — what the containment rate counts. */
    async solved(conversation: Conversation | null) {
      if (!conversation || conversation.status !== 'bot') return conversation;
      const closed = await conversations.close(conversation.id, null, 'bot');
      if (!closed) return conversation;
      deps.notifier.conversationUpdated(closed);
      await transcript.system(closed, closedText(closed.locale));
      return closed;
    },
  };
}
