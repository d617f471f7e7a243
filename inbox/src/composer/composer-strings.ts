/**
 * The reply box's own words and the accessible names of its controls, per locale
 * (component tests and the e2e suite use the English names, exported as `composerNames`).
 */
import type { Locale } from '../../../shared/domain';

const composerNamesEn = {
  internalNote: 'Internal note',
  addNote: 'Add note',
  cannedResponses: 'Canned responses',
  softerWording: 'Softer wording suggested',
  useSuggestion: 'Use suggestion',
  sendAnyway: 'Send anyway',
  edit: 'Edit',
} as const;

type ComposerNames = { [K in keyof typeof composerNamesEn]: string };

const composerNamesKo: ComposerNames = {
  internalNote: '내부 메모',
  addNote: '메모 남기기',
  cannedResponses: '상용구',
  softerWording: '더 부드러운 표현 제안',
  useSuggestion: '제안 사용',
  sendAnyway: '그대로 보내기',
  edit: '고치기',
};

/** The English names: tests and docs find the English inbox by these. */
export const composerNames = composerNamesEn;

const en = {
  names: composerNamesEn as ComposerNames,
  notePlaceholder: 'Only agents see this',
  noteOnlyHint: 'Only an internal note can be written here: agents see it, the visitor does not.',
  personal: 'Personal',
  cannedHelp: (count: number) =>
    `${count === 1 ? '1 canned response' : `${count} canned responses`}. Up and Down arrows choose, Enter or Tab inserts, Escape closes.`,
  curtTitle: 'This may sound curt',
  curtExplanation: (phrase: string) => `A reply of just “${phrase}” can sound curt to a customer. A softer wording:`,
};

export type ComposerStrings = typeof en;

const ko: ComposerStrings = {
  names: composerNamesKo,
  notePlaceholder: '상담원만 볼 수 있습니다',
  noteOnlyHint: '여기에는 내부 메모만 남길 수 있습니다. 메모는 상담원만 보고 방문자에게는 보이지 않습니다.',
  personal: '개인',
  cannedHelp: (count) => `상용구 ${count}개. 위아래 화살표로 고르고 Enter나 Tab으로 넣습니다. Esc로 닫습니다.`,
  curtTitle: '퉁명스럽게 들릴 수 있습니다',
  curtExplanation: (phrase) => `“${phrase}”라고만 답하면 고객에게 퉁명스럽게 들릴 수 있습니다. 더 부드러운 표현:`,
};

const catalogs: Record<Locale, ComposerStrings> = { en, ko };

export function composerStringsFor(locale: Locale): ComposerStrings {
  return catalogs[locale];
}
