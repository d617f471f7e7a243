/**
 * Abuse aimed at an agent: profanity, insults and threats in Korean and English. Narrower
 * than the bot's "negative sentiment" (server/bot/negative-language.ts): an unhappy
 * customer ("최악이에요", "terrible") is not abusive and is never hidden from the agent.
 * Matching ignores spaces and case, so "씨 발" and "F U C K" are caught too.
 *
 * @example detectAbuse('이 개새끼야') // { abusive: true, threat: false }
 */
import type { Locale } from './domain';

const ABUSE = [
  '씨발', '시발', 'ㅅㅂ', 'ㅆㅂ', '씨빨', '개새', '새끼', '병신', 'ㅂㅅ', '좆', '닥쳐', '꺼져', '미친놈', '미친년', '또라이', '지랄', '염병', '니애미', '느금',
  'fuck', 'shit', 'bitch', 'asshole', 'bastard', 'dickhead', 'moron', 'idiot', 'stupidwoman', 'stupidman', 'shutup', 'cunt',
];

const THREATS = ['죽여', '죽는다', '죽일', '찾아간다', '찾아갈', '가만안둬', '가만두지않', 'killyou', 'iwillfindyou', 'illfindyou', 'hurtyou', 'beatyouup'];

const compact = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s.,!?~'’"*_-]+/g, '');

export interface AbuseCheck {
  abusive: boolean;
  /** A threat of harm: escalate, never just blur. */
  threat: boolean;
}

/** A site's own lists (shared/settings.ts AbuseSettings): more words to catch, and words to leave alone. */
export interface AbuseLists {
  extraWords?: readonly string[];
  allowedWords?: readonly string[];
}

// Lists go through the same normalising as messages (NFKC turns "ㅅ" into a conjoining jamo).
const abuse = ABUSE.map(compact);
const threats = THREATS.map(compact);
// A word that is only spaces or punctuation compacts to "", which every message contains.
const compactAll = (words: readonly string[] | undefined) => (words ?? []).map(compact).filter((word) => word.length > 0);

/**
 * Whether a visitor's message is abusive or threatening. An allowed word is cut out before
 * matching, so "시발점" (starting point) allowed no longer reads as "시발"; the cut leaves a
 * gap, so the text on either side cannot join into a listed word.
 */
export function detectAbuse(text: string, lists: AbuseLists = {}): AbuseCheck {
  let flat = compact(text);
  for (const allowed of compactAll(lists.allowedWords)) flat = flat.split(allowed).join('\u0000');
  const threat = threats.some((phrase) => flat.includes(phrase));
  const listed = (phrase: string) => flat.includes(phrase);
  return { abusive: threat || abuse.some(listed) || compactAll(lists.extraWords).some(listed), threat };
}

/** How long an agent may block an abusive visitor, in hours; the inbox names each choice from its catalogue. */
export const BLOCK_HOURS = [1, 24, 168] as const;

/** Why supervisors were told about a conversation. */
export type EscalationReason = 'threat' | 'repeated';

/** The `abuse:escalated` event and a row of the supervisor board's escalations. */
export interface AbuseEscalation {
  conversationId: string;
  siteId: string;
  visitorId: string;
  visitorName: string | null;
  /** The agent the conversation was with, if any. */
  agentId: string | null;
  reason: EscalationReason;
  /** Abusive visitor messages in the conversation so far. */
  abusiveMessages: number;
  at: string;
}

/** A visitor an agent blocked for abuse; they cannot chat until `until` or until a supervisor lifts it. */
export interface VisitorBlock {
  id: string;
  visitorId: string;
  visitorName: string | null;
  conversationId: string;
  blockedBy: { id: string; name: string };
  until: string;
  createdAt: string;
}

/** The supervisor board's agent-protection figures for the site's today. */
export interface AbuseBoard {
  /** The site's day (its business-hours timezone), YYYY-MM-DD. */
  day: string;
  /** Agents who had abusive conversations today, most first. */
  agents: { agentId: string; conversations: number; suggestBreak: boolean }[];
  /** Today's escalations, newest first. */
  escalations: AbuseEscalation[];
  breakAfter: number;
}

/** What the agent's "end politely" sends the visitor, in the visitor's language (합쇼체, 고객님). */
export const politeClosing: Record<Locale, string> = {
  ko: '고객님, 상담원에 대한 욕설이나 위협이 계속되어 상담을 종료하겠습니다. 다른 도움이 필요하시면 나중에 다시 문의해 주시기 바랍니다.',
  en: 'Because of the abusive language towards our agent, we are ending this conversation. If you need help with something else, please contact us again later.',
};

/** How eager the abuse model is (server/abuse/semantic/): fewer false alarms, or fewer misses. */
export type AbuseSensitivity = 'low' | 'medium' | 'high';
export const ABUSE_SENSITIVITIES = ['low', 'medium', 'high'] as const satisfies readonly AbuseSensitivity[];

/**
 * The `abuse:flagged` event, and GET /api/abuse/flags/:conversationId's rows: a visitor
 * message the abuse model found abusive although no list word is in it. It arrives after
 * the message itself (the model runs once the message is relayed); the inbox blurs the
 * message with this id as it blurs listed words.
 */
export interface AbuseFlag {
  conversationId: string;
  messageId: string;
  /** The message's seq, so the conversation list can hide a flagged last message's preview. */
  seq: number;
  threat: boolean;
}
