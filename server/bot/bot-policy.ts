/**
 * What the bot does with one visitor message, decided from plain data: answer, admit
 * it is unsure, or hand off to a human; and where any request for a human goes (the
 * queue, or the leave-a-message form). Pure; the bot service carries out the decision.
 */
import type { HandoffReason, Locale, QuickReply } from '../../shared/domain';
import type { ArticleCard } from '../../shared/knowledge';
import type { Classification } from './intent-classifier';
import type { Intent } from './intent.repository';
import { isNegativeOrAbusive } from './negative-language';

/** What the bot remembers about a conversation between turns. */
export interface BotMemory {
  lowConfidenceStreak: number;
  /** Intents detected so far, oldest first. */
  detected: { name: string; confidence: number }[];
  /** What the bot answered so far. */
  answers: string[];
}

export const EMPTY_BOT_MEMORY: BotMemory = { lowConfidenceStreak: 0, detected: [], answers: [] };

/** Two unsure answers in a row and the bot stops guessing. */
export const LOW_CONFIDENCE_LIMIT = 2;

export type BotDecision =
  | { kind: 'answer'; intent: string; text: string; quickReplies: QuickReply[]; memory: BotMemory }
  | { kind: 'unsure'; text: string; quickReplies: QuickReply[]; memory: BotMemory }
  | { kind: 'articles'; text: string; articles: ArticleCard[]; quickReplies: QuickReply[]; memory: BotMemory }
  | { kind: 'handoff'; reason: HandoffReason; memory: BotMemory };

export const botTexts = {
  ko: {
    disclosure: '안녕하세요, 저는 Parley 자동 응답 봇입니다. ',
    talkToHuman: '상담원 연결',
    solved: '해결됐어요',
    articlesFound: '고객님, 도움이 될 만한 도움말을 찾았어요. 확인해 보시고 해결되지 않으면 상담원과 연결해 드릴게요.',
    articleHelped: '도움이 됐어요',
    unsure: '죄송합니다, 고객님. 제가 정확히 이해하지 못했어요. 다시 말씀해 주시거나 상담원과 연결해 드릴까요?',
    afterHours: '고객님, 지금은 상담 시간이 아닙니다. 메시지와 이메일 주소를 남겨 주시면 상담 시간에 답변드리겠습니다.',
    nobodyOnline: '고객님, 지금은 상담원이 모두 자리를 비웠습니다. 메시지와 이메일 주소를 남겨 주시면 확인하는 대로 답변드리겠습니다.',
  },
  en: {
    disclosure: "Hi, I'm Parley's automated assistant. ",
    talkToHuman: 'Talk to a human',
    solved: 'This solved it',
    articlesFound: 'These help articles may answer your question. If they do not, I can connect you with a person.',
    articleHelped: 'This helped',
    unsure: "Sorry, I'm not sure I understood. Could you rephrase, or would you like to talk to a human?",
    afterHours: "Our team is offline right now. Leave your message and your email address here and we'll get back to you during business hours.",
    nobodyOnline: "Our agents are all away right now. Leave your message and your email address here and we'll get back to you as soon as we can.",
  },
} satisfies Record<Locale, Record<string, string>>;

export const handoffQuickReply = (locale: Locale): QuickReply => ({ label: botTexts[locale].talkToHuman, action: 'handoff' });
export const solvedQuickReply = (locale: Locale): QuickReply => ({ label: botTexts[locale].solved, action: 'solved' });

export interface BotTurn {
  text: string;
  classification: Classification;
  intents: readonly Intent[];
  locale: Locale;
  memory: BotMemory;
  /** Name of the intent that means "let me talk to a person". */
  talkToHumanIntent: string;
}

export function decideBotTurn(turn: BotTurn): BotDecision {
  const { classification, intents, locale } = turn;
  const best = classification.best;
  const detected = best ? [...turn.memory.detected, { name: best.name, confidence: round(best.score) }] : turn.memory.detected;
  const memory: BotMemory = { ...turn.memory, detected };
  const intent = best ? intents.find((candidate) => candidate.name === best.name) : undefined;

  // Where the handoff goes (queue or message form) is not the turn's business: routeHandoff decides, for every request alike.
  const handoff = (reason: HandoffReason): BotDecision => ({ kind: 'handoff', reason, memory });

  if (isNegativeOrAbusive(turn.text)) return handoff('negative_sentiment');
  if (intent && intent.name === turn.talkToHumanIntent) return handoff('visitor_request');
  if (intent?.handoff) return handoff('intent_requires_human');

  if (!intent) {
    const streak = turn.memory.lowConfidenceStreak + 1;
    if (streak >= LOW_CONFIDENCE_LIMIT) return handoff('low_confidence');
    return {
      kind: 'unsure',
      text: botTexts[locale].unsure,
      quickReplies: [handoffQuickReply(locale)],
      memory: { ...memory, lowConfidenceStreak: streak },
    };
  }

  const answer = intent.answer?.[locale] || intent.answer?.en || intent.answer?.ko || '';
  const text = turn.memory.answers.length === 0 ? `${botTexts[locale].disclosure}${answer}` : answer;
  const related = (intent.related ?? [])
    .map((name) => intents.find((candidate) => candidate.name === name))
    .filter((candidate): candidate is Intent => Boolean(candidate?.examples.length) && candidate!.name !== turn.talkToHumanIntent)
    .slice(0, 3)
    .map((candidate) => ({ label: displayName(candidate, locale) }));
  return {
    kind: 'answer',
    intent: intent.name,
    text,
    quickReplies: [...related, solvedQuickReply(locale), handoffQuickReply(locale)],
    memory: { ...memory, lowConfidenceStreak: 0, answers: [...turn.memory.answers, answer] },
  };
}

/**
 * When no intent was confident, a help article that matches the question answers
 * instead of the unsure reply or the low-confidence handoff: its cards with "this helped"
 * (closes as solved by the bot, like any answer) and the human option. Without such an
 * article the decision stands. Any other decision is not the knowledge base's business.
 */
export function offerArticles(decision: BotDecision, before: BotMemory, articles: readonly ArticleCard[], locale: Locale): BotDecision {
  const unanswered = decision.kind === 'unsure' || (decision.kind === 'handoff' && decision.reason === 'low_confidence');
  if (!unanswered || articles.length === 0) return decision;
  const intro = botTexts[locale].articlesFound;
  return {
    kind: 'articles',
    text: before.answers.length === 0 ? `${botTexts[locale].disclosure}${intro}` : intro,
    articles: [...articles],
    quickReplies: [{ label: botTexts[locale].articleHelped, action: 'solved' }, handoffQuickReply(locale)],
    // An article is an answer: the unsure streak starts over, and the agent sees what was offered.
    memory: { ...decision.memory, lowConfidenceStreak: 0, answers: [...before.answers, ...articles.map((article) => article.title)] },
  };
}

/**
 * Where a request for a person goes, whoever made it (the button, the talk_to_human intent,
 * or the bot stepping aside): the queue only when an agent can take it now, so the visitor's
 * place and wait are real; otherwise the leave-a-message form, saying why.
 */
export type HandoffRoute = { kind: 'queue' } | { kind: 'message'; why: 'afterHours' | 'nobodyOnline' };

export function routeHandoff(now: { withinBusinessHours: boolean; agentsOnline: number }): HandoffRoute {
  if (!now.withinBusinessHours) return { kind: 'message', why: 'afterHours' };
  if (now.agentsOnline === 0) return { kind: 'message', why: 'nobodyOnline' };
  return { kind: 'queue' };
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/**
 * The intent's name as the admin wrote it for visitors, in their language (else the
 * other language's, else the id made readable): a quick reply reads as a topic, never
 * as a fragment of an example phrase.
 */
export function displayName(intent: Pick<Intent, 'name' | 'displayName'>, locale: Locale): string {
  const names = intent.displayName;
  const written = names?.[locale] || names?.[locale === 'ko' ? 'en' : 'ko'];
  if (written) return written;
  const words = intent.name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A pressed quick reply sends its label: the intent whose display name it is, if any. */
export function intentNamed(text: string, intents: readonly Pick<Intent, 'name' | 'displayName'>[]): string | null {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  const found = intents.find((intent) => [intent.displayName?.ko, intent.displayName?.en].some((name) => name && name.trim().toLowerCase() === wanted));
  return found?.name ?? null;
}
