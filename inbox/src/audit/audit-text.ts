/**
 * The audit-log screen's words and accessible names, per locale. They live beside the
 * screen, not in i18n.ts, so they travel in its lazily loaded chunk.
 */
import type { AuditAction } from '../../../shared/audit';
import type { Locale } from '../../../shared/domain';

const en = {
  title: 'Audit log',
  back: 'Back to conversations',
  filters: 'Audit log filters',
  action: 'Action',
  agent: 'Agent',
  from: 'From',
  to: 'To',
  all: 'All',
  apply: 'Apply filters',
  table: 'Audit log entries',
  columns: { at: 'When', action: 'What', actor: 'Who', target: 'Target', detail: 'Details', origin: 'From where' },
  actions: {
    'sign-in': 'Signed in',
    'sign-in-failed': 'Sign-in failed',
    'message-revealed': 'Revealed hidden numbers',
    'agent-created': 'Agent created',
    'agent-changed': 'Agent changed',
    'agent-activated': 'Agent reactivated',
    'agent-deactivated': 'Agent deactivated',
    'agent-password-reset': 'Password reset',
    'agent-removed': 'Agent removed',
    'settings-changed': 'Settings changed',
    'visitor-exported': 'Visitor data exported',
    'visitor-erased': 'Visitor erased',
    'retention-run': 'Retention run',
    'privacy-settings-changed': 'Privacy settings changed',
    'intent-suggestion-accepted': 'Agent correction accepted',
    'intent-suggestion-rejected': 'Agent correction rejected',
    'unanswered-to-intent': 'Unanswered questions taught to the bot',
    'unanswered-dismissed': 'Unanswered questions dismissed',
  } satisfies Record<AuditAction, string>,
  nobody: 'Parley',
  empty: 'No entries match these filters.',
  loading: 'Loading the audit log…',
  failed: (reason: string) => `The audit log could not be loaded: ${reason}`,
  more: 'Show older entries',
  downloadCsv: 'Download CSV',
};

export type AuditText = typeof en;

const ko: AuditText = {
  title: '감사 기록',
  back: '대화 목록으로 돌아가기',
  filters: '감사 기록 필터',
  action: '작업',
  agent: '상담원',
  from: '시작일',
  to: '종료일',
  all: '전체',
  apply: '필터 적용',
  table: '감사 기록 항목',
  columns: { at: '일시', action: '작업', actor: '수행자', target: '대상', detail: '세부 내용', origin: '접속 위치' },
  actions: {
    'sign-in': '로그인',
    'sign-in-failed': '로그인 실패',
    'message-revealed': '가려진 번호 보기',
    'agent-created': '상담원 추가',
    'agent-changed': '상담원 정보 변경',
    'agent-activated': '상담원 다시 사용',
    'agent-deactivated': '상담원 사용 중지',
    'agent-password-reset': '비밀번호 재설정',
    'agent-removed': '상담원 삭제',
    'settings-changed': '설정 변경',
    'visitor-exported': '방문자 정보 내보내기',
    'visitor-erased': '방문자 정보 삭제',
    'retention-run': '보관 기간 정리',
    'privacy-settings-changed': '개인정보 설정 변경',
    'intent-suggestion-accepted': '상담원 정정 제안 반영',
    'intent-suggestion-rejected': '상담원 정정 제안 거절',
    'unanswered-to-intent': '답하지 못한 질문을 챗봇에 학습',
    'unanswered-dismissed': '답하지 못한 질문 넘기기',
  },
  nobody: 'Parley',
  empty: '조건에 맞는 기록이 없습니다.',
  loading: '감사 기록을 불러오고 있습니다…',
  failed: (reason) => `감사 기록을 불러오지 못했습니다: ${reason}`,
  more: '이전 기록 더 보기',
  downloadCsv: 'CSV 내려받기',
};

export const auditText: Record<Locale, AuditText> = { en, ko };
