/**
 * The reply box's own words. Like `names` in `../i18n`, the accessible names of its
 * controls are English in every locale (tests, the e2e suite and the docs find them by
 * these); the explanations around them follow the inbox's locale.
 */
import type { Locale } from '../../../shared/domain';

export const composerNames = {
  internalNote: 'Internal note',
  addNote: 'Add note',
  cannedResponses: 'Canned responses',
  softerWording: 'Softer wording suggested',
  useSuggestion: 'Use suggestion',
  sendAnyway: 'Send anyway',
  edit: 'Edit',
} as const;

const en = {
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
