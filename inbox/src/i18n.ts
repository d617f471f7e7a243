/**
 * The inbox's words, in English and Korean: every visible string, accessible name, notice
 * and error. A screen reads one catalogue (the agent's language) through `useStrings`;
 * `catalogue-completeness.test.ts` keeps both catalogues alike.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConversationStatus, Locale } from '../../shared/domain';
import type { SystemNoticeKind } from '../../shared/system-notices';
import type { ClientErrorCode } from './lib/errors';
import { agentTextsEn, agentTextsKo } from './admin/agent-texts';
import { intentTextsEn, intentTextsKo } from './admin/intent-texts';
import { abuseTextsEn, abuseTextsKo } from './admin/AbuseTexts';

/**
 * Accessible names of the inbox's controls, per locale. The English set is also exported as
 * `names`: component tests and the e2e suite find the English inbox by these words.
 */
const namesEn = {
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
  loadMore: 'Show more conversations',
  loadEarlier: 'Load earlier messages',
  filters: { overview: 'Overview', mine: 'Mine', queue: 'Queue', team: 'Team', open: 'All open', closed: 'Closed' },
  takeConversation: 'Take conversation',
  take: 'Take',
  takeFrom: (visitor: string) => `Take conversation from ${visitor}`,
  closeTab: (visitor: string) => `Close tab ${visitor}`,
  conversationWith: (visitor: string) => `Conversation with ${visitor}`,
  visitor: (visitorId: string) => `Visitor #${visitorNumber(visitorId)}`,
  erasedVisitor: 'Erased visitor',
  visitorAuthor: 'Visitor',
  agentAuthor: 'Agent',
  botAuthor: 'Parley Bot',
  workspace: 'Workspace',
  screens: {
    intents: 'Bot intents',
    widget: 'Widget appearance',
    board: 'Supervisor board',
    search: 'Transcript search',
    agents: 'Agents and teams',
    routing: 'Routing and hours',
    canned: 'Canned responses',
    reports: 'Reports',
    audit: 'Audit log',
    learning: 'Unanswered questions',
    knowledge: 'Knowledge base',
  } as Record<string, string>,
  back: 'Back to conversations',
  newTag: 'New tag',
  addTag: 'Add tag',
  transferTo: 'Transfer to',
  transferNote: 'Note for the next agent',
  cancel: 'Cancel',
};

export type Names = typeof namesEn;

const namesKo: Names = {
  email: '이메일',
  password: '비밀번호',
  name: '이름',
  signIn: '로그인',
  createAdmin: '관리자 계정 만들기',
  signOut: '로그아웃',
  mine: '내 대화',
  queue: '대기열',
  withBot: '챗봇 응대 중',
  reply: '답변',
  send: '보내기',
  retry: '다시 보내기',
  closeConversation: '대화 종료',
  transfer: '대화 넘기기',
  presence: '상태',
  language: '언어',
  soundAlerts: '소리 알림',
  enableNotifications: '알림 켜기',
  listFilter: '보기',
  loadMore: '대화 더 보기',
  loadEarlier: '이전 메시지 더 보기',
  filters: { overview: '전체 현황', mine: '내 대화', queue: '대기열', team: '우리 팀', open: '진행 중인 대화', closed: '종료된 대화' },
  takeConversation: '대화 가져오기',
  take: '가져오기',
  takeFrom: (visitor) => `${visitor}님의 대화 가져오기`,
  closeTab: (visitor) => `${visitor} 탭 닫기`,
  conversationWith: (visitor) => `${visitor}님과의 대화`,
  visitor: (visitorId) => `방문자 #${visitorNumber(visitorId)}`,
  erasedVisitor: '삭제된 방문자',
  visitorAuthor: '방문자',
  agentAuthor: '상담원',
  botAuthor: 'Parley 챗봇',
  workspace: '작업 공간',
  screens: {
    intents: '챗봇 의도',
    widget: '위젯 모양',
    board: '관리자 현황판',
    search: '대화 기록 검색',
    agents: '상담원과 팀',
    routing: '배정 규칙과 운영 시간',
    canned: '상용구',
    reports: '보고서',
    audit: '감사 기록',
    learning: '답하지 못한 질문',
    knowledge: '도움말 문서',
  },
  back: '대화 목록으로 돌아가기',
  newTag: '새 태그',
  addTag: '태그 추가',
  transferTo: '넘길 대상',
  transferNote: '다음 상담원에게 남길 메모',
  cancel: '취소',
};

/** The English accessible names (tests and docs find the English inbox by these). */
export const names = namesEn;

/**
 * A stable four-digit number for an anonymous visitor ("#4821"), so two visitors whose ids
 * end alike are still told apart; derived from the whole id, the same on every screen.
 */
export function visitorNumber(visitorId: string): string {
  let hash = 0;
  for (let i = 0; i < visitorId.length; i += 1) hash = (hash * 31 + visitorId.charCodeAt(i)) >>> 0;
  return String(1000 + (hash % 9000));
}

const en = {
  /** Which catalog this is, for screens that keep their own words per locale. */
  locale: 'en' as Locale,
  names: namesEn,
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
  /** Parley's notices as an agent reads them (the visitor reads their own words; see shared/system-notices). */
  notices: {
    queued: 'The visitor is waiting for an agent.',
    assigned: (agent: string) => `${agent} joined the conversation.`,
    closed: 'The conversation was closed.',
    agentLost: 'The agent was disconnected; the visitor is waiting for another agent.',
    transferred: 'The conversation is being transferred to another agent.',
    reopened: 'The visitor came back; the conversation is open again.',
  } satisfies Record<SystemNoticeKind, string | ((agent: string) => string)>,
  /** Display names of the intents every site starts with; others are prettified from their id. */
  intentNames: {
    greeting: 'Greeting', business_hours: 'Business hours', shipping: 'Shipping', delivery_delay: 'Late delivery', refund: 'Refund',
    exchange: 'Exchange', order_cancel: 'Order cancellation', address_change: 'Address change', damaged_item: 'Damaged item',
    password_reset: 'Password reset', payment_methods: 'Payment methods', thanks_bye: 'Thanks and goodbye', coupon: 'Coupons',
    membership: 'Membership', invoice_receipt: 'Invoices and receipts', account_delete: 'Account deletion', size_guide: 'Size guide',
    stock_availability: 'Stock availability', store_location: 'Store locations', talk_to_human: 'Asked for an agent',
  } as Record<string, string>,
  attachments: {
    preview: (name: string) => `Preview of ${name}`,
    download: (name: string, size: string) => `Download ${name} (${size})`,
    downloadShort: 'Download',
    failed: 'The file could not be loaded. Try again.',
    attach: 'Attach a file',
    drop: 'Drop a file to send it to the visitor',
    uploading: (name: string) => `Uploading ${name}…`,
  },
  protection: {
    hidden: 'Hidden: this message may be abusive.',
    show: 'Show message',
    hide: 'Hide message',
    warning: (count: number) => (count === 1 ? 'The visitor sent an abusive message.' : `The visitor sent ${count} abusive messages.`),
    threat: 'The visitor made a threat. Tell your supervisor now.',
    notYourFault: 'You do not have to take this: you may end the conversation with a polite closing.',
    endPolitely: 'End politely',
  },
  /** A visitor's card, ID, account or phone numbers, masked until the agent reveals them (logged). */
  masking: {
    hidden: 'Card, ID, account and phone numbers are hidden.',
    reveal: 'Show hidden numbers',
    revealed: 'Shown to you as typed. Every reveal is recorded in the audit log.',
    revealing: 'Showing…',
    failed: 'The numbers could not be shown. Try again.',
  },
  /** The bot-intents and agents screens (kept in admin/intent-texts.ts and admin/agent-texts.ts). */
  intents: intentTextsEn,
  agents: agentTextsEn,
  /** Blocking abusive visitors and the site's abuse lists (admin/AbuseTexts.ts). */
  abuse: abuseTextsEn,
  csat: {
    title: 'Satisfaction rating',
    score: (score: number) => `${score} out of 5`,
    noComment: 'No comment.',
    none: 'Not rated',
  },
  errors: {
    PARLEY_ERR_INVALID_CREDENTIALS: 'Wrong email or password.',
    PARLEY_ERR_ALREADY_ASSIGNED: 'Another agent already took this conversation.',
    PARLEY_ERR_AGENT_AT_CAPACITY: 'You are at your conversation limit. Close one first.',
    PARLEY_ERR_CONVERSATION_CLOSED: 'This conversation is closed.',
    PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE: 'This kind of file cannot be sent on this site.',
    PARLEY_ERR_PAYLOAD_TOO_LARGE: 'This file is larger than this site allows.',
    network: 'Parley cannot be reached. Check your connection.',
    timeout: 'Parley did not answer in time. Try again.',
  } as Partial<Record<ClientErrorCode, string>>,
};

export type Strings = typeof en;

const ko: Strings = {
  locale: 'ko',
  names: namesKo,
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
  notices: {
    queued: '방문자가 상담원 연결을 기다리고 있습니다.',
    assigned: (agent) => `${agent}님이 대화에 참여했습니다.`,
    closed: '대화가 종료되었습니다.',
    agentLost: '상담원 연결이 끊어져 방문자가 다른 상담원을 기다리고 있습니다.',
    transferred: '대화를 다른 상담원에게 넘기고 있습니다.',
    reopened: '방문자가 다시 문의해 대화가 다시 열렸습니다.',
  },
  intentNames: {
    greeting: '인사', business_hours: '운영 시간', shipping: '배송 문의', delivery_delay: '배송 지연', refund: '환불',
    exchange: '교환', order_cancel: '주문 취소', address_change: '배송지 변경', damaged_item: '파손 상품',
    password_reset: '비밀번호 재설정', payment_methods: '결제 수단', thanks_bye: '감사 인사', coupon: '쿠폰',
    membership: '멤버십', invoice_receipt: '영수증·증빙', account_delete: '회원 탈퇴', size_guide: '사이즈 안내',
    stock_availability: '재고 문의', store_location: '매장 위치', talk_to_human: '상담원 연결 요청',
  },
  attachments: {
    preview: (name) => `${name} 미리 보기`,
    download: (name, size) => `${name} 내려받기 (${size})`,
    downloadShort: '내려받기',
    failed: '파일을 불러오지 못했습니다. 다시 시도해 주세요.',
    attach: '파일 첨부',
    drop: '파일을 놓으면 방문자에게 보냅니다',
    uploading: (name) => `${name} 올리는 중…`,
  },
  protection: {
    hidden: '가려진 메시지: 폭언이 포함되어 있을 수 있습니다.',
    show: '메시지 보기',
    hide: '메시지 가리기',
    warning: (count) => `방문자가 폭언이 담긴 메시지를 ${count}건 보냈습니다.`,
    threat: '방문자가 위협하는 말을 했습니다. 지금 관리자에게 알려 주세요.',
    notYourFault: '참지 않으셔도 됩니다. 정중한 안내와 함께 상담을 종료할 수 있습니다.',
    endPolitely: '정중히 종료하기',
  },
  masking: {
    hidden: '카드·주민등록·계좌·전화번호는 가려져 있습니다.',
    reveal: '가려진 번호 보기',
    revealed: '입력된 그대로 표시했습니다. 번호를 볼 때마다 감사 기록에 남습니다.',
    revealing: '표시하는 중…',
    failed: '번호를 표시하지 못했습니다. 다시 시도해 주세요.',
  },
  intents: intentTextsKo,
  agents: agentTextsKo,
  abuse: abuseTextsKo,
  csat: {
    title: '만족도 평가',
    score: (score) => `5점 중 ${score}점`,
    noComment: '남긴 의견이 없습니다.',
    none: '평가 없음',
  },
  errors: {
    PARLEY_ERR_INVALID_CREDENTIALS: '이메일 또는 비밀번호가 올바르지 않습니다.',
    PARLEY_ERR_ALREADY_ASSIGNED: '다른 상담원이 이미 이 대화를 가져갔습니다.',
    PARLEY_ERR_AGENT_AT_CAPACITY: '동시에 맡을 수 있는 대화 수를 넘었습니다. 먼저 대화를 종료해 주세요.',
    PARLEY_ERR_CONVERSATION_CLOSED: '종료된 대화입니다.',
    PARLEY_ERR_UNSUPPORTED_MEDIA_TYPE: '이 사이트에서는 이 종류의 파일을 보낼 수 없습니다.',
    PARLEY_ERR_PAYLOAD_TOO_LARGE: '이 사이트에서 허용하는 크기보다 큰 파일입니다.',
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
/** An intent's display name: the catalogue's, else its id made readable ("gift_wrap" → "Gift wrap"). */
export function intentName(strings: Strings, id: string): string {
  const known = strings.intentNames[id];
  if (known) return known;
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function errorText(strings: Strings, error: { code: ClientErrorCode; message: string }): string {
  return strings.errors[error.code] ?? error.message;
}

/** English unless the app is rendered inside a provider for another locale. */
export const StringsContext = createContext<Strings>(en);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
