/**
 * Everything the widget says, in English and Korean (polite 해요체). The accessible names
 * (`openChat`, `closeChat`, `message`, `send`, `talkToHuman`, `conversation`) are a public
 * contract: site owners' and our own browser tests find the widget by them.
 */
import type { Locale } from '../../shared/domain';
import type { Notice } from './lib/chat-controller';

export interface Strings {
  title: string;
  openChat: string;
  closeChat: string;
  unread: (count: number) => string;
  conversation: string;
  message: string;
  messagePlaceholder: string;
  send: string;
  talkToHuman: string;
  emptyThread: string;
  /** `name` is null when the agent's name is unknown. */
  typing: (name: string | null) => string;
  you: string;
  agent: string;
  notice: string;
  sending: string;
  notSent: string;
  retry: string;
  dismiss: string;
  status: {
    bot: string;
    queued: string;
    queuePosition: (position: number, minutes: number) => string;
    offline: string;
    assigned: (agent: string) => string;
    closed: string;
  };
  connection: { connecting: string; reconnecting: string; unavailable: string };
  notices: Partial<Record<Notice, string>> & { generic: string };
}

const en: Strings = {
  title: 'Chat with us',
  openChat: 'Open chat',
  closeChat: 'Close chat',
  unread: (count) => (count === 1 ? '1 unread message' : `${count} unread messages`),
  conversation: 'Conversation',
  message: 'Message',
  messagePlaceholder: 'Type your message…',
  send: 'Send',
  talkToHuman: 'Talk to a human',
  emptyThread: 'Ask us anything. Our bot answers right away, and a person is one click away.',
  typing: (name) => `${name ?? 'An agent'} is typing…`,
  you: 'You',
  agent: 'Agent',
  notice: 'Notice',
  sending: 'Sending…',
  notSent: 'Not sent',
  retry: 'Try again',
  dismiss: 'Dismiss',
  status: {
    bot: 'Our bot answers right away',
    queued: 'Waiting for a human agent',
    queuePosition: (position, minutes) => `You are number ${position} in line (about ${minutes} min)`,
    offline: "We're away right now; we'll reply during business hours",
    assigned: (agent) => `You're chatting with ${agent}`,
    closed: 'This conversation has ended',
  },
  connection: {
    connecting: 'Connecting…',
    reconnecting: 'Connection lost. Reconnecting…',
    unavailable: 'Chat is unavailable right now. Please try again later.',
  },
  notices: {
    generic: 'Something went wrong. Please try again.',
    PARLEY_WIDGET_TIMEOUT: "We couldn't reach the chat server. Please try again.",
    PARLEY_ERR_INVALID_PAYLOAD: 'Messages can be up to 4,000 characters and cannot be empty.',
    PARLEY_ERR_CONVERSATION_CLOSED: 'This conversation has ended. Send a new message to start another one.',
    PARLEY_ERR_SITE_NOT_FOUND: 'This chat is not set up correctly.',
  },
};

const ko: Strings = {
  title: '채팅 상담',
  openChat: '채팅 열기',
  closeChat: '채팅 닫기',
  unread: (count) => `읽지 않은 메시지 ${count}개`,
  conversation: '대화',
  message: '메시지',
  messagePlaceholder: '메시지를 입력해 주세요',
  send: '보내기',
  talkToHuman: '상담원 연결',
  emptyThread: '무엇이든 물어보세요. 챗봇이 바로 답해 드리고, 언제든 상담원과 연결할 수 있어요.',
  typing: (name) => (name ? `${name} 상담원이 입력하고 있어요…` : '상담원이 입력하고 있어요…'),
  you: '나',
  agent: '상담원',
  notice: '안내',
  sending: '보내는 중…',
  notSent: '전송하지 못했어요',
  retry: '다시 시도',
  dismiss: '닫기',
  status: {
    bot: '챗봇이 바로 답해 드려요',
    queued: '상담원 연결을 기다리고 있어요',
    queuePosition: (position, minutes) => `대기 순서는 ${position}번째예요 (약 ${minutes}분)`,
    offline: '지금은 상담 시간이 아니에요. 상담 시간에 답해 드릴게요',
    assigned: (agent) => `${agent} 상담원과 대화하고 있어요`,
    closed: '상담이 끝났어요',
  },
  connection: {
    connecting: '연결하고 있어요…',
    reconnecting: '연결이 끊겼어요. 다시 연결하고 있어요…',
    unavailable: '지금은 채팅을 이용할 수 없어요. 잠시 후 다시 시도해 주세요.',
  },
  notices: {
    generic: '문제가 생겼어요. 다시 시도해 주세요.',
    PARLEY_WIDGET_TIMEOUT: '채팅 서버에 연결하지 못했어요. 다시 시도해 주세요.',
    PARLEY_ERR_INVALID_PAYLOAD: '메시지는 비워 둘 수 없고 4,000자까지 보낼 수 있어요.',
    PARLEY_ERR_CONVERSATION_CLOSED: '상담이 끝났어요. 새 메시지를 보내면 새 상담이 시작돼요.',
    PARLEY_ERR_SITE_NOT_FOUND: '채팅 설정이 올바르지 않아요.',
  },
};

export const strings: Record<Locale, Strings> = { en, ko };

export const noticeText = (t: Strings, notice: Notice) => t.notices[notice] ?? t.notices.generic;

const asLocale = (tag: string | null | undefined): Locale | null => {
  const lower = tag?.trim().toLowerCase() ?? '';
  if (lower.startsWith('ko')) return 'ko';
  if (lower.startsWith('en')) return 'en';
  return null;
};

/**
 * The widget's language: the `boot` option, else the page's `<html lang>` (the site
 * owner's choice for this page), else the browser's language, else English.
 */
export function resolveLocale(sources: { option?: string | null; htmlLang?: string | null; browser?: string | null }): Locale {
  const option = sources.option === 'ko' || sources.option === 'en' ? sources.option : null;
  return option ?? asLocale(sources.htmlLang) ?? asLocale(sources.browser) ?? 'en';
}
