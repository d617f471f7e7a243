/** Parley's own notices in the transcript, in the visitor's language (Korean in polite register). */
import type { Locale } from '../../shared/domain';

export const systemTexts = {
  queued: { ko: '상담원을 연결하고 있습니다. 잠시만 기다려 주세요.', en: 'A human agent will be with you shortly. Please wait a moment.' },
  assigned: { ko: (agent: string) => `상담원 ${agent}님이 대화에 참여했습니다.`, en: (agent: string) => `${agent} joined the conversation.` },
  closed: { ko: '상담이 종료되었습니다. 이용해 주셔서 감사합니다.', en: 'This conversation has been closed. Thank you for contacting us.' },
} as const;

export const queuedText = (locale: Locale) => systemTexts.queued[locale];
export const assignedText = (locale: Locale, agentName: string) => systemTexts.assigned[locale](agentName);
export const closedText = (locale: Locale) => systemTexts.closed[locale];
