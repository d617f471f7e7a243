/** Parley's own notices in the transcript, in the visitor's language (Korean in polite register). */
import type { Locale } from '../../shared/domain';

const texts = {
  queued: { ko: '상담원을 연결하고 있습니다. 잠시만 기다려 주세요.', en: 'A human agent will be with you shortly. Please wait a moment.' },
  assigned: { ko: (agent: string) => `상담원 ${agent}님이 대화에 참여했습니다.`, en: (agent: string) => `${agent} joined the conversation.` },
  closed: { ko: '상담이 종료되었습니다. 이용해 주셔서 감사합니다.', en: 'This conversation has been closed. Thank you for contacting us.' },
  agentLost: {
    ko: '상담원과의 연결이 끊어져 다른 상담원을 연결해 드리고 있습니다. 잠시만 기다려 주세요.',
    en: 'Your agent was disconnected. We are connecting you with another agent — please wait a moment.',
  },
  transferred: { ko: '다른 상담원에게 대화를 연결해 드리고 있습니다.', en: 'We are transferring you to another agent.' },
  reopened: { ko: '대화를 다시 시작합니다. 곧 상담원이 답변드리겠습니다.', en: 'Welcome back — we reopened your conversation and an agent will reply shortly.' },
} as const;

export const queuedText = (locale: Locale) => texts.queued[locale];
export const assignedText = (locale: Locale, agentName: string) => texts.assigned[locale](agentName);
export const closedText = (locale: Locale) => texts.closed[locale];
export const agentLostText = (locale: Locale) => texts.agentLost[locale];
export const transferredText = (locale: Locale) => texts.transferred[locale];
export const reopenedText = (locale: Locale) => texts.reopened[locale];
