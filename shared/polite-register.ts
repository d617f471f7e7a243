/**
 * The polite-register guard from Parley's Korean service rules: a reply that is, as a
 * whole, a curt phrase ("안 돼요", "없어요", "몰라요", "뭐라고요?") reads as rude to a
 * customer. The inbox checks a reply before sending and suggests a softer wording;
 * the agent may still send it as written. Phrases are per-site settings.
 *
 * @example checkPoliteRegister('없어요.', ['없어요']) // { curt: true, phrase: '없어요', suggestion: '죄송하지만 …' }
 */

const SOFTER: Record<string, string> = {
  '안 돼요': '죄송하지만 해당 요청은 도와드리기 어렵습니다. 대신 가능한 방법을 안내해 드릴까요?',
  안돼요: '죄송하지만 해당 요청은 도와드리기 어렵습니다. 대신 가능한 방법을 안내해 드릴까요?',
  '그건 안 됩니다': '죄송하지만 해당 요청은 도와드리기 어렵습니다. 대신 가능한 방법을 안내해 드릴까요?',
  없어요: '죄송하지만 현재는 준비되어 있지 않습니다. 입고되면 알려 드릴까요?',
  몰라요: '확인 후 정확하게 안내해 드리겠습니다. 잠시만 기다려 주시겠어요?',
  뭐라고요: '죄송하지만 다시 한번 말씀해 주시겠어요?',
  '뭐라고요?': '죄송하지만 다시 한번 말씀해 주시겠어요?',
};

const GENERIC = '고객님, 조금 더 정중한 표현으로 안내해 주세요. 예: "죄송하지만 …해 드리기 어렵습니다."';

export interface PoliteRegisterCheck {
  curt: boolean;
  /** The configured phrase the reply consists of. */
  phrase: string | null;
  /** A softer wording to offer the agent. */
  suggestion: string | null;
}

const bare = (text: string) => text.normalize('NFKC').replace(/[\s.!~…。]+/g, '').replace(/\?+$/, '?');

export function checkPoliteRegister(reply: string, phrases: readonly string[]): PoliteRegisterCheck {
  const answer = bare(reply);
  if (!answer) return { curt: false, phrase: null, suggestion: null };
  for (const phrase of phrases) {
    const target = bare(phrase);
    // "As a whole answer": the reply is the phrase, give or take spacing, punctuation and a trailing "?".
    if (target && (answer === target || answer === target.replace(/\?$/, '') || `${answer}?` === target)) {
      return { curt: true, phrase, suggestion: SOFTER[phrase] ?? SOFTER[phrase.replace(/\?$/, '')] ?? GENERIC };
    }
  }
  return { curt: false, phrase: null, suggestion: null };
}
