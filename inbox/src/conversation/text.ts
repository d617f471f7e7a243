/** Words of the conversation pane's side panel and dialogs, per locale. */
import type { Locale } from '../../../shared/domain';
import { useStrings } from '../i18n';

const en = {
  visitorDetails: 'Visitor details',
  conversationDetails: 'About this conversation',
  name: 'Name',
  email: 'Email',
  page: 'Page now',
  browser: 'Browser',
  browserOn: (browser: string, system: string) => `${browser} on ${system}`,
  language: 'Language',
  languages: { ko: 'Korean', en: 'English' } as Record<Locale, string>,
  attributes: 'Attributes',
  unknown: 'Not given',
  previous: 'Previous conversations',
  noPrevious: 'This is their first conversation.',
  tags: 'Tags',
  noTags: 'No tags yet.',
  typing: (visitor: string) => `${visitor} is typing…`,
  seen: 'Seen',
  transferTitle: 'Transfer conversation',
  transferHint: 'The next agent sees your note; the visitor does not.',
  agents: 'Agents',
  teams: 'Teams',
  atCapacity: 'full',
  presence: { online: 'online', away: 'away', offline: 'offline' },
  chooseTarget: 'Choose an agent or a team.',
  transferred: (to: string) => `Transferred to ${to}.`,
  targetFull: (agent: string) => `${agent} is at their conversation limit. Choose someone else or their team.`,
  opened: (date: string) => `started ${date}`,
};

const ko: typeof en = {
  visitorDetails: '방문자 정보',
  conversationDetails: '대화 정보',
  name: '이름',
  email: '이메일',
  page: '보고 있는 페이지',
  browser: '브라우저',
  browserOn: (browser, system) => `${system} · ${browser}`,
  language: '언어',
  languages: { ko: '한국어', en: '영어' },
  attributes: '추가 정보',
  unknown: '알 수 없음',
  previous: '이전 대화',
  noPrevious: '첫 번째 대화입니다.',
  tags: '태그',
  noTags: '태그가 없습니다.',
  typing: (visitor) => `${visitor}님이 입력 중…`,
  seen: '읽음',
  transferTitle: '대화 넘기기',
  transferHint: '메모는 다음 상담원에게만 보이고 방문자에게는 보이지 않습니다.',
  agents: '상담원',
  teams: '팀',
  atCapacity: '가득 참',
  presence: { online: '온라인', away: '자리 비움', offline: '오프라인' },
  chooseTarget: '상담원이나 팀을 선택해 주세요.',
  transferred: (to) => `${to}(으)로 넘겼습니다.`,
  targetFull: (agent) => `${agent}님은 동시에 맡을 수 있는 대화 수가 가득 찼습니다. 다른 상담원이나 팀을 선택해 주세요.`,
  opened: (date) => `${date} 시작`,
};

export type PaneText = typeof en;

export function paneTextFor(locale: Locale): PaneText {
  return locale === 'ko' ? ko : en;
}

export function usePaneText(): PaneText {
  return paneTextFor(useStrings().locale);
}
