/**
 * What the bot does with a visitor's message, decided from the classification alone:
 * answer, hand off to a human, or admit it does not know and offer a human.
 */
import type { Locale, QuickReply } from '../../shared/domain';
import type { Classification } from './intent-classifier';
import type { Intent } from './intent.repository';

export type BotReply =
  | { kind: 'answer'; intent: string; text: string; quickReplies: QuickReply[] }
  | { kind: 'handoff'; intent: string; reason: string }
  | { kind: 'fallback'; text: string; quickReplies: QuickReply[] };

const texts = {
  ko: {
    talkToHuman: '상담원 연결',
    notSure: '죄송합니다, 제가 정확히 이해하지 못했어요. 다시 말씀해 주시거나 상담원과 연결해 드릴까요?',
  },
  en: {
    talkToHuman: 'Talk to a human',
    notSure: "Sorry, I'm not sure I understood. Could you rephrase, or would you like to talk to a human?",
  },
} satisfies Record<Locale, Record<string, string>>;

export function handoffQuickReply(locale: Locale): QuickReply {
  return { label: texts[locale].talkToHuman, action: 'handoff' };
}

export function decideBotReply(classification: Classification, intents: readonly Intent[], locale: Locale): BotReply {
  const intent = classification.best ? intents.find((candidate) => candidate.name === classification.best!.name) : undefined;
  if (!intent) return { kind: 'fallback', text: texts[locale].notSure, quickReplies: [handoffQuickReply(locale)] };
  if (intent.handoff) return { kind: 'handoff', intent: intent.name, reason: `visitor asked for a human (${intent.name})` };
  const text = intent.answer?.[locale] || intent.answer?.en || intent.answer?.ko || texts[locale].notSure;
  return { kind: 'answer', intent: intent.name, text, quickReplies: [handoffQuickReply(locale)] };
}
