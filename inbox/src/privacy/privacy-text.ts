/**
 * The privacy screen's and the visitor panel's privacy words, per locale (tests and the
 * e2e suite find the English inbox by `privacyText.en`). Korean in the polite register.
 */
import type { Locale } from '../../../shared/domain';
import { names, stringsFor, useStrings } from '../i18n';

const en = {
  screen: 'Privacy',
  region: 'Privacy and retention',
  back: 'Back to conversations',
  /** The same words as the conversation list's and tabs' label (`names.erasedVisitor`). */
  erasedVisitor: names.erasedVisitor,
  erasedNote: (date: string) => `This visitor's personal data was erased on ${date}.`,
  actions: 'Visitor data',
  exportVisitor: 'Export visitor data',
  exportShowsNumbers: 'Include card, ID, account and phone numbers unmasked',
  exporting: 'Preparing the export…',
  exported: 'The export was downloaded.',
  eraseVisitor: 'Erase visitor',
  eraseTitle: 'Erase this visitor?',
  eraseWarning: 'Their messages, files, name, email and details are deleted for good. Conversations stay as anonymous entries for reports. This cannot be undone.',
  confirmErase: 'Erase for good',
  cancel: 'Cancel',
  erased: (conversations: number, messages: number, files: number) => `Erased: ${conversations} conversations, ${messages} messages, ${files} files.`,
  requestsTitle: 'Erasure requests from visitors',
  noRequests: 'No visitor is waiting to be erased.',
  requestedOn: (date: string) => `asked ${date}`,
  eraseRequester: (visitor: string) => `Erase ${visitor}`,
  unnamedVisitor: 'Unnamed visitor',
  retentionTitle: 'Retention',
  retentionHint: 'Leave a field empty to keep forever. Parley deletes in small steps every hour.',
  conversationDays: 'Delete closed conversations after (days)',
  attachmentDays: 'Delete files of closed conversations after (days)',
  visitorIp: 'Visitor IP addresses',
  ipNone: 'Never stored',
  ipTruncated: 'Stored as their network only (/24, /48)',
  countExpired: 'Count what would be deleted',
  preview: (conversations: number, files: number) => `Saving now would delete ${conversations} closed conversations and ${files} files.`,
  previewFirst: 'Count what would be deleted before saving a shorter retention.',
  save: 'Save privacy settings',
  saved: 'Privacy settings saved.',
  loading: 'Loading…',
};

export type PrivacyText = typeof en;

const ko: PrivacyText = {
  screen: '개인정보',
  region: '개인정보와 보관 기간',
  back: '대화 목록으로 돌아가기',
  erasedVisitor: stringsFor('ko').names.erasedVisitor,
  erasedNote: (date) => `${date}에 이 방문자의 개인정보를 삭제했습니다.`,
  actions: '방문자 데이터',
  exportVisitor: '방문자 데이터 내보내기',
  exportShowsNumbers: '카드·주민등록·계좌·전화번호를 가리지 않고 포함',
  exporting: '내보낼 파일을 준비하고 있습니다…',
  exported: '내보낸 파일을 내려받았습니다.',
  eraseVisitor: '방문자 삭제',
  eraseTitle: '이 방문자를 삭제하시겠습니까?',
  eraseWarning: '메시지, 파일, 이름, 이메일과 방문 정보가 완전히 삭제됩니다. 대화는 보고서를 위해 익명으로만 남습니다. 삭제한 뒤에는 되돌릴 수 없습니다.',
  confirmErase: '완전히 삭제하기',
  cancel: '취소',
  erased: (conversations, messages, files) => `삭제했습니다: 대화 ${conversations}개, 메시지 ${messages}개, 파일 ${files}개.`,
  requestsTitle: '방문자의 삭제 요청',
  noRequests: '삭제를 기다리는 방문자가 없습니다.',
  requestedOn: (date) => `${date}에 요청하셨습니다`,
  eraseRequester: (visitor) => `${visitor} 삭제`,
  unnamedVisitor: '이름 없는 방문자',
  retentionTitle: '보관 기간',
  retentionHint: '비워 두시면 계속 보관합니다. Parley는 한 시간마다 조금씩 나누어 삭제합니다.',
  conversationDays: '종료된 대화를 삭제할 때까지의 일수',
  attachmentDays: '종료된 대화의 파일을 삭제할 때까지의 일수',
  visitorIp: '방문자 IP 주소',
  ipNone: '저장하지 않음',
  ipTruncated: '네트워크 대역만 저장 (/24, /48)',
  countExpired: '삭제될 항목 세어 보기',
  preview: (conversations, files) => `지금 저장하시면 종료된 대화 ${conversations}개와 파일 ${files}개가 삭제됩니다.`,
  previewFirst: '보관 기간을 줄이시기 전에 삭제될 항목을 먼저 세어 보세요.',
  save: '개인정보 설정 저장',
  saved: '개인정보 설정을 저장했습니다.',
  loading: '불러오는 중입니다…',
};

export const privacyText: Record<Locale, PrivacyText> = { en, ko };

export function usePrivacyText(): PrivacyText {
  return privacyText[useStrings().locale];
}
