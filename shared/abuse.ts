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

// Lists go through the same normalising as messages (NFKC turns "ㅅ" into a conjoining jamo).
const abuse = ABUSE.map(compact);
const threats = THREATS.map(compact);

export function detectAbuse(text: string): AbuseCheck {
  const flat = compact(text);
  const threat = threats.some((phrase) => flat.includes(phrase));
  return { abusive: threat || abuse.some((phrase) => flat.includes(phrase)), threat };
}

/** What the agent's "end politely" sends the visitor, in the visitor's language (합쇼체, 고객님). */
export const politeClosing: Record<Locale, string> = {
  ko: '고객님, 상담원에 대한 욕설이나 위협이 계속되어 상담을 종료하겠습니다. 다른 도움이 필요하시면 나중에 다시 문의해 주시기 바랍니다.',
  en: 'Because of the abusive language towards our agent, we are ending this conversation. If you need help with something else, please contact us again later.',
};
