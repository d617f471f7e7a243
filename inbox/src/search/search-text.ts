/**
 * Transcript search's words and the accessible names of its controls, per locale
 * (component tests and the e2e suite use the English names, exported as `searchNames`).
 */
import type { Locale } from '../../../shared/domain';

const searchNamesEn = {
  region: 'Transcript search',
  form: 'Search transcripts',
  text: 'Words in the conversation',
  email: 'Visitor email',
  tag: 'Tag',
  status: 'Status',
  search: 'Search',
  back: 'Back to conversations',
  results: 'Search results',
  pages: 'Result pages',
  previous: 'Previous page',
  next: 'Next page',
  open: 'Open',
  openTranscript: (visitor: string) => `Open transcript with ${visitor}`,
  backToResults: 'Back to results',
  transcript: (visitor: string) => `Transcript with ${visitor}`,
} as const;

type SearchNames = { [K in keyof typeof searchNamesEn]: (typeof searchNamesEn)[K] extends (visitor: string) => string ? (visitor: string) => string : string };

const searchNamesKo: SearchNames = {
  region: '대화 기록 검색',
  form: '대화 기록 검색 조건',
  text: '대화에 나온 단어',
  email: '방문자 이메일',
  tag: '태그',
  status: '상태',
  search: '검색',
  back: '대화 목록으로 돌아가기',
  results: '검색 결과',
  pages: '결과 페이지',
  previous: '이전 페이지',
  next: '다음 페이지',
  open: '열기',
  openTranscript: (visitor) => `${visitor}님과의 대화 기록 열기`,
  backToResults: '검색 결과로 돌아가기',
  transcript: (visitor) => `${visitor}님과의 대화 기록`,
};

/** The English names: tests and docs find the English inbox by these. */
export const searchNames = searchNamesEn;

const en = {
  names: searchNamesEn as SearchNames,
  title: 'Transcript search',
  hint: 'Fill in any of the fields; leave them all empty to list the latest conversations.',
  emailHint: 'The whole address, as the visitor gave it.',
  tagHint: 'One tag, exactly as agents wrote it.',
  anyStatus: 'Any',
  column: { visitor: 'Visitor', status: 'Status', tags: 'Tags', lastMessage: 'Last message', rating: 'Rating', date: 'Last activity', open: 'Transcript' },
  none: '—',
  searching: 'Searching…',
  found: (shown: number) => (shown === 1 ? 'Showing 1 conversation.' : `Showing ${shown} conversations.`),
  noMatch: 'No conversation matches this search. Try fewer or other words.',
  pageOf: (page: number) => `Page ${page}`,
  earlier: 'Load earlier messages',
  searchFailed: (reason: string) => `The search failed: ${reason}`,
  transcriptTitle: (visitor: string) => `Conversation with ${visitor}`,
  readOnly: 'Read-only transcript.',
  assignedTo: (agent: string) => `Agent: ${agent}`,
  startedAt: (date: string) => `Started ${date}`,
  noMessages: 'This conversation has no messages.',
  loadFailed: (reason: string) => `The transcript could not be loaded: ${reason}`,
};

type SearchText = typeof en;

const ko: SearchText = {
  names: searchNamesKo,
  title: '대화 기록 검색',
  hint: '원하는 항목만 입력하세요. 모두 비워 두면 최근 대화를 보여 줍니다.',
  emailHint: '방문자가 남긴 이메일 주소 전체를 입력하세요.',
  tagHint: '상담원이 붙인 태그 하나를 정확히 입력하세요.',
  anyStatus: '전체',
  column: { visitor: '방문자', status: '상태', tags: '태그', lastMessage: '마지막 메시지', rating: '만족도', date: '마지막 활동', open: '대화 기록' },
  none: '—',
  searching: '검색 중…',
  found: (shown) => `대화 ${shown}건을 보여 드립니다.`,
  noMatch: '검색 조건에 맞는 대화가 없습니다. 조건을 줄이거나 다른 단어로 검색해 보세요.',
  pageOf: (page) => `${page}쪽`,
  earlier: '이전 메시지 더 보기',
  searchFailed: (reason) => `검색하지 못했습니다: ${reason}`,
  transcriptTitle: (visitor) => `${visitor}님과의 대화`,
  readOnly: '읽기 전용 대화 기록입니다.',
  assignedTo: (agent) => `담당 상담원: ${agent}`,
  startedAt: (date) => `${date} 시작`,
  noMessages: '이 대화에는 메시지가 없습니다.',
  loadFailed: (reason) => `대화 기록을 불러오지 못했습니다: ${reason}`,
};

export const searchText: Record<Locale, SearchText> = { en, ko };

/** A date and time in the reader's language and timezone, or nothing for a malformed date. */
export { formatDateTime } from '../lib/format-date';
