/**
 * The inbox's words, in English and Korean.
 *
 * The names of the controls people and tests find the inbox by ("Email", "Password",
 * "Sign in", "Reply", "Send", "Take conversation from …", "Close tab …") are a public
 * contract shared with the e2e suite and the docs, so they live in `names` and are the
 * same in every locale. Everything else (statuses, hints, errors) is translated.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConversationStatus, Locale } from '../../shared/domain';
import type { ClientErrorCode } from './lib/errors';

/** Accessible names of the inbox's controls: identical in every locale (see above). */
export const names = {
  email: 'Email',
  password: 'Password',
  name: 'Name',
  signIn: 'Sign in',
  createAdmin: 'Create admin account',
  signOut: 'Sign out',
  mine: 'Mine',
  queue: 'Queue',
  withBot: 'With the bot',
  reply: 'Reply',
  send: 'Send',
  retry: 'Retry',
  closeConversation: 'Close conversation',
  transfer: 'Transfer',
  presence: 'Status',
  language: 'Language',
  soundAlerts: 'Sound alerts',
  enableNotifications: 'Enable notifications',
  listFilter: 'Show',
  filters: { overview: 'Overview', mine: 'Mine', queue: 'Queue', team: 'Team', open: 'All open', closed: 'Closed' },
  takeConversation: 'Take conversation',
  take: 'Take',
  takeFrom: (visitor: string) => `Take conversation from ${visitor}`,
  closeTab: (visitor: string) => `Close tab ${visitor}`,
  conversationWith: (visitor: string) => `Conversation with ${visitor}`,
  visitor: (visitorId: string) => `Visitor ${visitorId.slice(-4)}`,
  visitorAuthor: 'Visitor',
} as const;

const en = {
  /** Which catalog this is, for screens that keep their own words per locale. */
  locale: 'en' as Locale,
  appTitle: 'Parley inbox',
  signInTitle: 'Sign in to the inbox',
  setupTitle: 'Create the first admin account',
  setupHint: 'No one can sign in yet. The account you create here administers this Parley installation.',
  passwordHint: 'At least 8 characters.',
  busy: 'Please wait…',
  loading: 'Loading…',
  signedInAs: (name: string) => `Signed in as ${name}`,
  empty: 'Nothing here.',
  noTabs: 'Open a conversation from the list to answer it.',
  openConversations: 'Open conversations',
  conversations: 'Conversations',
  status: {
    bot: 'with the bot',
    queued: 'waiting',
    offline: 'left after hours',
    assigned: 'assigned',
    closed: 'closed',
  } satisfies Record<ConversationStatus, string>,
  unread: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
  noPreview: 'No messages yet',
  internalNote: 'Internal note',
  system: 'Parley',
  sending: 'Sending…',
  notSent: 'Not sent.',
  assignedTo: (agent: string) => `Assigned to ${agent}`,
  takeToReply: 'Take this conversation to reply.',
  closedNotice: 'This conversation is closed.',
  handoffTitle: 'Handed over by the bot',
  handoffReason: {
    visitor_request: 'The visitor asked for a person.',
    low_confidence: 'The bot was not sure what the visitor meant.',
    negative_sentiment: 'The visitor sounded unhappy.',
    intent_requires_human: 'This topic always goes to a person.',
  },
  presence: { online: 'Online', away: 'Away', offline: 'Offline' },
  waiting: (minutes: number) => (minutes < 1 ? 'waiting < 1 min' : `waiting ${minutes} min`),
  alertAssigned: (visitor: string) => `New conversation: ${visitor}`,
  alertMessage: (visitor: string) => `${visitor} wrote`,
  shortcuts: 'Keys: Alt+↑/↓ switch conversations · Alt+U next unread · Enter send, Shift+Enter new line',
  detectedIntents: 'Detected intents',
  botAnswered: 'The bot answered',
  connection: {
    connecting: 'Connecting…',
    online: 'Connected',
    offline: 'Connection lost. Reconnecting…',
    unauthorized: 'Your session has ended. Please sign in again.',
  },
  errors: {
    PARLEY_ERR_INVALID_CREDENTIALS: 'Wrong email or password.',
    PARLEY_ERR_ALREADY_ASSIGNED: 'Another agent already took this conversation.',
    PARLEY_ERR_AGENT_AT_CAPACITY: 'You are at your conversation limit. Close one first.',
    PARLEY_ERR_CONVERSATION_CLOSED: 'This conversation is closed.',
    network: 'Parley cannot be reached. Check your connection.',
    timeout: 'Parley did not answer in time. Try again.',
  } as Partial<Record<ClientErrorCode, string>>,
};

export type Strings = typeof en;

const ko: Strings = {
  locale: 'ko',
  appTitle: 'Parley 상담함',
  signInTitle: '상담함 로그인',
  setupTitle: '첫 관리자 계정 만들기',
  setupHint: '아직 로그인할 수 있는 계정이 없습니다. 여기서 만드는 계정이 이 Parley의 관리자가 됩니다.',
  passwordHint: '8자 이상 입력해 주세요.',
  busy: '잠시만 기다려 주세요…',
  loading: '불러오는 중…',
  signedInAs: (name) => `${name}님으로 로그인됨`,
  empty: '대화가 없습니다.',
  noTabs: '목록에서 대화를 열어 답변하세요.',
  openConversations: '열린 대화',
  conversations: '대화 목록',
  status: { bot: '챗봇 응대 중', queued: '대기 중', offline: '업무 시간 외 접수', assigned: '배정됨', closed: '종료됨' },
  unread: (count) => `읽지 않은 메시지 ${count}개`,
  noPreview: '아직 메시지가 없습니다',
  internalNote: '내부 메모',
  system: 'Parley',
  sending: '보내는 중…',
  notSent: '보내지 못했습니다.',
  assignedTo: (agent) => `${agent}님에게 배정됨`,
  takeToReply: '답변하려면 먼저 대화를 가져오세요.',
  closedNotice: '종료된 대화입니다.',
  handoffTitle: '챗봇이 넘긴 대화',
  handoffReason: {
    visitor_request: '방문자가 상담원 연결을 요청했습니다.',
    low_confidence: '챗봇이 질문을 확실히 이해하지 못했습니다.',
    negative_sentiment: '방문자가 불편을 느끼는 것 같습니다.',
    intent_requires_human: '상담원이 직접 답해야 하는 주제입니다.',
  },
  presence: { online: '상담 가능', away: '자리 비움', offline: '오프라인' },
  waiting: (minutes) => (minutes < 1 ? '대기 1분 미만' : `대기 ${minutes}분`),
  alertAssigned: (visitor) => `새 대화: ${visitor}`,
  alertMessage: (visitor) => `${visitor}님의 메시지`,
  shortcuts: '단축키: Alt+↑/↓ 대화 전환 · Alt+U 읽지 않은 대화 · Enter 보내기, Shift+Enter 줄바꿈',
  detectedIntents: '감지된 의도',
  botAnswered: '봇의 답변',
  connection: {
    connecting: '연결 중…',
    online: '연결됨',
    offline: '연결이 끊어졌습니다. 다시 연결하는 중…',
    unauthorized: '세션이 만료되었습니다. 다시 로그인해 주세요.',
  },
  errors: {
    PARLEY_ERR_INVALID_CREDENTIALS: '이메일 또는 비밀번호가 올바르지 않습니다.',
    PARLEY_ERR_ALREADY_ASSIGNED: '다른 상담원이 이미 이 대화를 가져갔습니다.',
    PARLEY_ERR_AGENT_AT_CAPACITY: '동시에 맡을 수 있는 대화 수를 넘었습니다. 먼저 대화를 종료해 주세요.',
    PARLEY_ERR_CONVERSATION_CLOSED: '종료된 대화입니다.',
    network: 'Parley에 연결할 수 없습니다. 네트워크를 확인해 주세요.',
    timeout: 'Parley가 제때 응답하지 않았습니다. 다시 시도해 주세요.',
  },
};

const catalogs: Record<Locale, Strings> = { en, ko };

/** `ko-KR` → `ko`; anything that is not Korean gets English. */
export function pickLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

export function stringsFor(locale: Locale): Strings {
  return catalogs[locale];
}

/** A person-readable error: the catalog's words for known codes, else the server's message. */
export function errorText(strings: Strings, error: { code: ClientErrorCode; message: string }): string {
  return strings.errors[error.code] ?? error.message;
}

/** English unless the app is rendered inside a provider for another locale. */
export const StringsContext = createContext<Strings>(en);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
