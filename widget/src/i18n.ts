/**
 * Everything the chat says, in English and Korean (합쇼체, "고객님" where addressed). The accessible names
 * (`openChat`, `closeChat`, `message`, `send`, `talkToHuman`, `conversation`, `attach`…)
 * are a public contract: site owners' and our own browser tests find the widget by them.
 */
import type { Locale } from '../../shared/domain';
import { launcherStrings, type LauncherStrings } from './loader/strings';
import type { Notice } from './lib/chat-controller';

export interface Strings extends LauncherStrings {
  title: string;
  closeChat: string;
  conversation: string;
  message: string;
  messagePlaceholder: string;
  send: string;
  attach: string;
  emoji: string;
  dropFiles: string;
  talkToHuman: string;
  emptyThread: string;
  /** `name` is null when the agent's name is unknown. */
  typing: (name: string | null) => string;
  you: string;
  /** The bot's name as an author. */
  bot: string;
  agent: string;
  notice: string;
  sending: string;
  delivered: string;
  read: string;
  notSent: string;
  retry: string;
  dismiss: string;
  uploading: (name: string) => string;
  uploadFailed: string;
  download: (name: string) => string;
  online: string;
  away: string;
  status: {
    bot: string;
    queued: string;
    queuePosition: (position: number, minutes: number) => string;
    offline: string;
    assigned: (agent: string) => string;
    closed: string;
  };
  connection: { connecting: string; reconnecting: string; unavailable: string; forbidden: string; blocked: string };
  preChat: { title: string; name: string; email: string; topic: string; start: string; required: string; invalidEmail: string };
  offline: { title: string; email: string; name: string; message: string; submit: string; thanks: (email: string) => string };
  /** `score(n, 10)` names the NPS question's choices. */
  rating: { title: string; score: (score: number, of: number) => string; comment: string; submit: string; thanks: string };
  /** The 0–10 "would you recommend us" question after rating (NPS), when the site asks it. */
  nps: { title: string };
  transcript: string;
  /** Shown after the visitor sent a card, resident registration, bank account or phone number. */
  sensitiveNumbers: string;
  /** The visitor asks the site's admins to erase their conversations (`request` also names the confirmation). */
  erasure: { request: string; ask: string; confirm: string; cancel: string; done: string };
  notices: Partial<Record<Notice, string>> & { generic: string };
}

const en: Strings = {
  ...launcherStrings.en,
  title: 'Chat with us',
  closeChat: 'Close chat',
  conversation: 'Conversation',
  message: 'Message',
  messagePlaceholder: 'Type your message…',
  send: 'Send',
  attach: 'Attach a file',
  emoji: 'Insert emoji',
  dropFiles: 'Drop files to send them',
  talkToHuman: 'Talk to a human',
  emptyThread: 'Ask us anything. Our bot answers right away, and a person is one click away.',
  typing: (name) => `${name ?? 'An agent'} is typing…`,
  you: 'You',
  bot: 'Parley Bot',
  agent: 'Agent',
  notice: 'Notice',
  sending: 'Sending…',
  delivered: 'Delivered',
  read: 'Read',
  notSent: 'Not sent',
  retry: 'Try again',
  dismiss: 'Dismiss',
  uploading: (name) => `Uploading ${name}`,
  uploadFailed: 'Upload failed',
  download: (name) => `Download ${name}`,
  online: 'An agent is available',
  away: 'Our bot answers right away; agents reply to messages by email',
  status: {
    bot: 'Our bot answers right away',
    queued: 'Waiting for a human agent',
    queuePosition: (position, minutes) => `You are number ${position} in line (about ${minutes} min)`,
    offline: "Our agents are all away right now. Leave a message and we'll reply by email",
    assigned: (agent) => `You're chatting with ${agent}`,
    closed: 'This conversation has ended',
  },
  connection: {
    connecting: 'Connecting…',
    reconnecting: 'Connection lost. Reconnecting…',
    unavailable: 'Chat is unavailable right now. Please try again later.',
    forbidden: "We couldn't verify your account, so chat can't start. Please sign in again.",
    blocked: 'Chat is paused for a while because of abusive messages to our agents. Please contact us again later.',
  },
  preChat: { title: 'Before we start', name: 'Name', email: 'Email', topic: 'Topic', start: 'Start chat', required: 'Please fill this in.', invalidEmail: 'Please enter a valid email address.' },
  offline: {
    title: 'Nobody is available right now. Leave a message and we’ll reply by email.',
    email: 'Email',
    name: 'Name (optional)',
    message: 'Your message',
    submit: 'Send message',
    thanks: (email) => `Thanks! We'll reply to ${email}.`,
  },
  rating: {
    title: 'How did we do?',
    score: (score, of) => `${score} out of ${of}`,
    comment: 'Comment (optional)',
    submit: 'Send rating',
    thanks: 'Thanks for your feedback!',
  },
  nps: {
    title: 'Would you recommend us?',
  },
  transcript: 'Download transcript',
  sensitiveNumbers: 'For your safety, please do not send card, ID, account or phone numbers in chat.',
  erasure: {
    request: 'Request deletion of my chat history',
    ask: 'Ask us to delete your chat history? An admin will review your request.',
    confirm: 'Send request',
    cancel: 'Cancel',
    done: 'Your request has been received. An admin will review it and take care of it.',
  },
  notices: {
    generic: 'Something went wrong. Please try again.',
    PARLEY_WIDGET_TIMEOUT: "We couldn't reach the chat server. Please try again.",
    PARLEY_WIDGET_FILE_TYPE: 'This kind of file can’t be sent here.',
    PARLEY_WIDGET_FILE_SIZE: 'This file is too large (or empty).',
    PARLEY_WIDGET_DOWNLOAD: "We couldn't download that. Please try again.",
    PARLEY_ERR_FORBIDDEN: 'Files can’t be sent on this site.',
    PARLEY_ERR_INVALID_PAYLOAD: 'Please check what you entered: messages can be up to 4,000 characters and cannot be empty.',
    PARLEY_ERR_CONVERSATION_CLOSED: 'This conversation has ended. Send a new message to start another one.',
    PARLEY_ERR_SITE_NOT_FOUND: 'This chat is not set up correctly.',
  },
};

const ko: Strings = {
  ...launcherStrings.ko,
  title: '채팅 상담',
  closeChat: '채팅 닫기',
  conversation: '대화',
  message: '메시지',
  messagePlaceholder: '메시지를 입력해 주세요',
  send: '보내기',
  attach: '파일 첨부',
  emoji: '이모지 넣기',
  dropFiles: '여기에 파일을 놓으시면 보내 드립니다',
  talkToHuman: '상담원 연결',
  emptyThread: '고객님, 무엇이든 물어봐 주세요. 챗봇이 바로 답변드리고, 언제든 상담원과 연결해 드립니다.',
  typing: (name) => (name ? `${name} 상담원이 답변을 입력하고 있습니다…` : '상담원이 답변을 입력하고 있습니다…'),
  you: '나',
  bot: 'Parley 챗봇',
  agent: '상담원',
  notice: '안내',
  sending: '보내는 중…',
  delivered: '전송됨',
  read: '읽음',
  notSent: '전송하지 못했습니다',
  retry: '다시 시도',
  dismiss: '닫기',
  uploading: (name) => `${name} 올리는 중`,
  uploadFailed: '파일을 올리지 못했습니다',
  download: (name) => `${name} 내려받기`,
  online: '지금 상담원과 연결할 수 있습니다',
  away: '챗봇이 바로 답변드립니다. 상담원 답변은 메시지로 남겨 주시면 이메일로 드립니다',
  status: {
    bot: '챗봇이 바로 답변드립니다',
    queued: '상담원을 연결하고 있습니다. 잠시만 기다려 주세요',
    queuePosition: (position, minutes) => `대기 순서는 ${position}번째입니다 (약 ${minutes}분)`,
    offline: '지금은 상담원이 모두 자리를 비웠습니다. 남겨 주신 메시지에는 이메일로 답변드리겠습니다',
    assigned: (agent) => `${agent} 상담원이 도와드리고 있습니다`,
    closed: '상담이 종료되었습니다',
  },
  connection: {
    connecting: '연결하고 있습니다…',
    reconnecting: '연결이 끊어졌습니다. 다시 연결하고 있습니다…',
    unavailable: '지금은 채팅을 이용하실 수 없습니다. 잠시 후 다시 시도해 주세요.',
    forbidden: '고객님의 계정을 확인하지 못해 채팅을 시작할 수 없습니다. 다시 로그인해 주세요.',
    blocked: '고객님, 상담원에 대한 욕설이나 위협으로 상담이 잠시 제한되었습니다. 시간이 지난 뒤 다시 문의해 주시기 바랍니다.',
  },
  preChat: { title: '상담을 시작하기 전에 알려 주세요', name: '이름', email: '이메일', topic: '문의 분야', start: '상담 시작', required: '입력해 주세요.', invalidEmail: '올바른 이메일 주소를 입력해 주세요.' },
  offline: {
    title: '지금은 상담원이 모두 자리를 비웠습니다. 메시지를 남겨 주시면 상담원이 확인하는 대로 이메일로 답변드리겠습니다.',
    email: '이메일',
    name: '이름 (선택)',
    message: '남기실 메시지',
    submit: '메시지 남기기',
    thanks: (email) => `감사합니다. ${email}(으)로 답변드리겠습니다.`,
  },
  rating: {
    title: '고객님, 상담은 만족스러우셨나요?',
    score: (score, of) => `${of}점 중 ${score}점`,
    comment: '의견 (선택)',
    submit: '평가 보내기',
    thanks: '소중한 의견 감사합니다.',
  },
  nps: {
    title: '고객님, 저희를 추천하시겠습니까?',
  },
  transcript: '대화 내용 내려받기',
  sensitiveNumbers: '고객님, 개인정보 보호를 위해 카드·주민등록·계좌·전화번호는 채팅으로 보내지 말아 주시기 바랍니다.',
  erasure: {
    request: '내 대화 기록 삭제 요청',
    ask: '고객님의 대화 기록 삭제를 요청하시겠습니까? 관리자가 확인한 뒤 처리해 드립니다.',
    confirm: '요청하기',
    cancel: '취소',
    done: '요청이 접수되었습니다. 관리자가 확인 후 처리해 드리겠습니다.',
  },
  notices: {
    generic: '문제가 발생했습니다. 다시 시도해 주세요.',
    PARLEY_WIDGET_TIMEOUT: '채팅 서버에 연결하지 못했습니다. 다시 시도해 주세요.',
    PARLEY_WIDGET_FILE_TYPE: '이 종류의 파일은 보내실 수 없습니다.',
    PARLEY_WIDGET_FILE_SIZE: '파일이 너무 크거나 비어 있습니다.',
    PARLEY_WIDGET_DOWNLOAD: '내려받지 못했습니다. 다시 시도해 주세요.',
    PARLEY_ERR_FORBIDDEN: '이 사이트에서는 파일을 보내실 수 없습니다.',
    PARLEY_ERR_INVALID_PAYLOAD: '입력하신 내용을 확인해 주세요. 메시지는 비워 둘 수 없고 4,000자까지 보내실 수 있습니다.',
    PARLEY_ERR_CONVERSATION_CLOSED: '상담이 종료되었습니다. 새 메시지를 보내 주시면 새 상담이 시작됩니다.',
    PARLEY_ERR_SITE_NOT_FOUND: '채팅 설정이 올바르지 않습니다. 사이트 관리자에게 알려 주세요.',
  },
};

export const strings: Record<Locale, Strings> = { en, ko };

export const noticeText = (t: Strings, notice: Notice) => t.notices[notice] ?? t.notices.generic;
