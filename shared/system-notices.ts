/**
 * Parley's own notices in a transcript. The server writes them in the visitor's language
 * (Korean in polite register); every other reader (an agent, a supervisor) sees them in
 * their own language, so readers recognise a stored line with `parseSystemNotice` and
 * say it again from their own catalogue.
 *
 * @example parseSystemNotice('상담원 민아님이 대화에 참여했습니다.') // { kind: 'assigned', agent: '민아' }
 */
import type { Locale } from './domain';

export type SystemNoticeKind = 'queued' | 'assigned' | 'closed' | 'agentLost' | 'transferred' | 'reopened';

export interface SystemNotice {
  kind: SystemNoticeKind;
  /** The agent's name, for `assigned`. */
  agent?: string;
}

type Texts = { [K in SystemNoticeKind]: Record<Locale, K extends 'assigned' ? (agent: string) => string : string> };

export const systemNoticeTexts: Texts = {
  queued: { ko: '상담원을 연결하고 있습니다. 잠시만 기다려 주세요.', en: 'A human agent will be with you shortly. Please wait a moment.' },
  assigned: { ko: (agent) => `상담원 ${agent}님이 대화에 참여했습니다.`, en: (agent) => `${agent} joined the conversation.` },
  closed: { ko: '상담이 종료되었습니다. 이용해 주셔서 감사합니다.', en: 'This conversation has been closed. Thank you for contacting us.' },
  agentLost: {
    ko: '상담원과의 연결이 끊어져 다른 상담원을 연결해 드리고 있습니다. 잠시만 기다려 주세요.',
    en: 'Your agent was disconnected. We are connecting you with another agent — please wait a moment.',
  },
  transferred: { ko: '다른 상담원에게 대화를 연결해 드리고 있습니다.', en: 'We are transferring you to another agent.' },
  reopened: { ko: '대화를 다시 시작합니다. 곧 상담원이 답변드리겠습니다.', en: 'Welcome back — we reopened your conversation and an agent will reply shortly.' },
};

const MARK = '\u0000';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per notice and language; the agent's name is the one variable part. */
const patterns: { kind: SystemNoticeKind; pattern: RegExp }[] = (Object.keys(systemNoticeTexts) as SystemNoticeKind[]).flatMap((kind) =>
  (['ko', 'en'] as const).map((locale) => {
    const text = systemNoticeTexts[kind][locale];
    const template = typeof text === 'function' ? text(MARK) : text;
    return { kind, pattern: new RegExp(`^${escape(template).replace(MARK, '(.+?)')}$`) };
  }),
);

/** Which notice a stored system line is, or null for a line Parley does not know (say it as written). */
export function parseSystemNotice(text: string): SystemNotice | null {
  const trimmed = text.trim();
  for (const { kind, pattern } of patterns) {
    const match = pattern.exec(trimmed);
    if (match) return match[1] === undefined ? { kind } : { kind, agent: match[1] };
  }
  return null;
}
