/**
 * Carries out the bot's decisions in a live conversation: classify, answer or hand
 * off, and close as solved on request. When no intent is confident, a matching help
 * article (server/knowledge/) is offered before the bot admits it is unsure. Every request for a person (the button, the
 * talk_to_human intent, the bot stepping aside) goes through one `handOver`: the queue
 * when an agent can take it, else the leave-a-message form.
 */
import type { Conversation, HandoffContext, HandoffReason } from '../../shared/domain';
import type { AgentRepository } from '../agents/agent.repository';
import type { ConversationRepository } from '../conversations/conversation.repository';
import { closedText } from '../conversations/system-messages';
import type { ConversationNotifier, TranscriptWriter } from '../conversations/transcript-writer';
import type { QueueService } from '../routing/queue-service';
import type { SiteRepository } from '../sites/site.repository';
import type { ArticleCard } from '../../shared/knowledge';
import { botTexts, decideBotTurn, type BotDecision, intentNamed, offerArticles, routeHandoff, type BotMemory } from './bot-policy';
import { isWithinBusinessHours } from './business-hours';
import type { BotSettingsRepository } from './bot-settings.repository';
import type { Classification, IntentClassifier } from './intent-classifier';
import type { Intent, IntentRepository } from './intent.repository';
import { TALK_TO_HUMAN } from './seed-intents';

export interface BotServiceDeps {
  conversations: ConversationRepository;
  intents: IntentRepository;
  sites: SiteRepository;
  classifier: IntentClassifier;
  settings: BotSettingsRepository;
  queue: QueueService;
  /** Who is online to take a handoff now. */
  agents: Pick<AgentRepository, 'listBySite'>;
  transcript: TranscriptWriter;
  notifier: ConversationNotifier;
  now: () => Date;
  /** Told of every visitor question no intent answered confidently (what the unanswered-questions screen learns from). */
  unanswered?: UnansweredObserver;
  /** The site's help articles, searched when no intent is confident. */
  knowledge?: ArticleFinder;
}

export interface ArticleFinder {
  search(siteId: string, question: string): Promise<ArticleCard[]>;
}

/** A question the bot could not answer from an intent: the unsure reply, or stepping aside for low confidence. */
export interface UnansweredQuestion {
  conversation: Conversation;
  text: string;
  classification: Classification;
}

export interface UnansweredObserver {
  record(question: UnansweredQuestion): Promise<void>;
}

export type BotService = ReturnType<typeof createBotService>;

const isUnanswered = (decision: BotDecision) => decision.kind === 'unsure' || (decision.kind === 'handoff' && decision.reason === 'low_confidence');

export function createBotService(deps: BotServiceDeps) {
  const { conversations, transcript } = deps;
  const withinBusinessHours = async (siteId: string) => isWithinBusinessHours(await deps.sites.businessHours(siteId), deps.now());
  /** The detected intents carry the admin's display names as they are now: the agent's card shows those, never an id. */
  const context = (reason: HandoffReason, memory: BotMemory, intents: readonly Intent[]): HandoffContext => ({
    reason,
    intents: memory.detected.map((detected) => {
      const names = intents.find((intent) => intent.name === detected.name)?.displayName;
      return names && (names.ko || names.en) ? { ...detected, displayName: { ko: names.ko ?? '', en: names.en ?? '' } } : detected;
    }),
    botAnswers: memory.answers,
    at: deps.now().toISOString(),
  });

  /**
   * The one decision for every request for a person: queue it when an agent can take it
   * now; otherwise the bot says what happens next and the conversation is kept as a
   * message (status offline), which opens the widget's leave-a-message form — and no
   * place in line or wait is ever promised with nobody there to answer.
   */
  async function handOver(conversation: Conversation, reason: HandoffReason, memory: BotMemory, team: string | null, known?: readonly Intent[]) {
    const [open, agents, intents] = await Promise.all([
      withinBusinessHours(conversation.siteId),
      deps.agents.listBySite(conversation.siteId),
      known ?? deps.intents.listForSite(conversation.siteId),
    ]);
    // Online, as the widget's config counts it: one who is busy (or at capacity 0 until a
    // supervisor raises it) still gets the visitor from the queue; away agents do not.
    const online = agents.filter((agent) => agent.presence === 'online' && agent.active !== false);
    const route = routeHandoff({ withinBusinessHours: open, agentsOnline: online.length });
    const handoff = context(reason, memory, intents);
    if (route.kind === 'queue') return deps.queue.handoff(conversation, handoff, { team });
    await transcript.bot(conversation, botTexts[conversation.locale][route.why]);
    return deps.queue.handoff(conversation, handoff, { status: 'offline', team });
  }

  /** A failing search must not cost the visitor their reply: the unsure answer still goes out. */
  const findArticles = (siteId: string, text: string) => deps.knowledge?.search(siteId, text).catch(() => []) ?? Promise.resolve([]);

  return {
    async respond(conversation: Conversation, text: string) {
      const [intents, memory, threshold] = await Promise.all([
        deps.intents.listForSite(conversation.siteId),
        conversations.botMemory(conversation.id),
        deps.settings.intentThreshold(conversation.siteId),
      ]);
      // A pressed quick reply names its intent exactly; no need to guess.
      const named = intentNamed(text, intents);
      const classification = named
        ? { best: { name: named, score: 1 }, ranked: [{ name: named, score: 1 }], mode: 'lexical' as const }
        : await deps.classifier.classify(text, intents, { threshold });
      const intentDecision = decideBotTurn({ text, classification, intents, locale: conversation.locale, memory, talkToHumanIntent: TALK_TO_HUMAN });
      const unanswered = !named && isUnanswered(intentDecision);
      // An article offered still leaves the question unanswered by any intent: the observer hears it either way.
      const decision = unanswered ? offerArticles(intentDecision, memory, await findArticles(conversation.siteId, text), conversation.locale) : intentDecision;
      await conversations.saveBotMemory(conversation.id, decision.memory);
      if (unanswered) await deps.unanswered?.record({ conversation, text, classification });
      const team = intents.find((intent) => intent.name === classification.best?.name)?.team ?? null;
      if (decision.kind === 'handoff') await handOver(conversation, decision.reason, decision.memory, team, intents);
      else if (decision.kind === 'articles') await transcript.bot(conversation, decision.text, decision.quickReplies, decision.articles);
      else await transcript.bot(conversation, decision.text, decision.quickReplies);
    },

    async handoffRequested(conversation: Conversation) {
      if (conversation.status !== 'bot') return conversation;
      return handOver(conversation, 'visitor_request', await conversations.botMemory(conversation.id), null);
    },

    /** The context an agent gets when taking a conversation straight from the bot. */
    async contextFor(conversation: Conversation) {
      const [memory, intents] = await Promise.all([conversations.botMemory(conversation.id), deps.intents.listForSite(conversation.siteId)]);
      return context('visitor_request', memory, intents);
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
