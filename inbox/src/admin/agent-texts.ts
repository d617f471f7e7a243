/**
 * Words of the agents screen (the agent table, account actions, the create and edit
 * form), in English and Korean. Part of the inbox catalogue: i18n.ts puts them under
 * `strings.agents`, so the completeness test and the language walk check them too.
 */
import type { AgentPresence, AgentRole } from '../../../shared/domain';
import { MAX_CAPACITY, type AgentField } from './agent-form';

export const agentTextsEn = {
  caption: 'Agents',
  columns: { name: 'Name', email: 'Email', role: 'Role', status: 'Status', capacity: 'Capacity', teams: 'Teams', actions: 'Actions' },
  role: { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' } satisfies Record<AgentRole, string>,
  presence: { online: 'Online', away: 'Away', offline: 'Offline' } satisfies Record<AgentPresence, string>,
  noTeams: '—',
  newAgent: 'New agent',
  createAgent: 'Create agent',
  edit: (name: string) => `Edit agent ${name}`,
  saveAgent: 'Save agent',
  created: (name: string) => `Created agent ${name}.`,
  saved: (name: string) => `Saved ${name}.`,
  lastAdmin: 'The site needs at least one admin: make someone else an admin first.',
  deactivated: 'Deactivated',
  deactivate: (name: string) => `Deactivate ${name}`,
  reactivate: (name: string) => `Reactivate ${name}`,
  resetPassword: (name: string) => `Reset password of ${name}`,
  remove: (name: string) => `Delete ${name}`,
  confirmRemove: (name: string) => `Delete ${name}? Their open chats go back to the queue. This cannot be undone.`,
  wasDeactivated: (name: string) => `Deactivated ${name}: signed out, and their chats went back to the queue.`,
  wasReactivated: (name: string) => `Reactivated ${name}.`,
  wasReset: (name: string, password: string) => `New one-time password for ${name}: ${password} — give it to them privately; it is shown only now.`,
  wasRemoved: (name: string) => `Deleted ${name}.`,
  form: {
    invalid: {
      name: 'Enter a name of 1–80 characters.',
      email: 'Enter an email address like mina@example.com.',
      password: 'The password needs at least 8 characters.',
      capacity: `Capacity must be a whole number from 0 to ${MAX_CAPACITY}.`,
    } satisfies Record<AgentField, string>,
    fix: 'Please correct the marked fields.',
    capacityHint: `Most conversations auto-assignment gives this agent at once (0–${MAX_CAPACITY}); 0 stops new assignments.`,
    capacityDefault: 'Leave empty for the server’s default.',
    roleHint: 'Supervisors also see the live board and manage team replies; admins manage everything.',
    noTeams: 'This site has no teams yet. Add some under Teams.',
  },
};

export type AgentTexts = typeof agentTextsEn;

export const agentTextsKo: AgentTexts = {
  caption: '상담원 목록',
  columns: { name: '이름', email: '이메일', role: '역할', status: '상태', capacity: '동시 상담 수', teams: '팀', actions: '관리' },
  role: { agent: '상담원', supervisor: '슈퍼바이저', admin: '관리자' },
  presence: { online: '온라인', away: '자리 비움', offline: '오프라인' },
  noTeams: '—',
  newAgent: '새 상담원',
  createAgent: '상담원 만들기',
  edit: (name) => `${name} 상담원 정보 편집`,
  saveAgent: '상담원 정보 저장',
  created: (name) => `${name} 상담원을 만들었습니다.`,
  saved: (name) => `${name} 상담원 정보를 저장했습니다.`,
  lastAdmin: '관리자가 최소 한 명은 있어야 합니다. 먼저 다른 사람을 관리자로 지정해 주세요.',
  deactivated: '비활성',
  deactivate: (name) => `${name} 상담원 비활성화`,
  reactivate: (name) => `${name} 상담원 다시 활성화`,
  resetPassword: (name) => `${name} 상담원 비밀번호 재설정`,
  remove: (name) => `${name} 상담원 삭제`,
  confirmRemove: (name) => `${name} 상담원을 삭제할까요? 진행 중인 상담은 대기열로 돌아가며, 되돌릴 수 없습니다.`,
  wasDeactivated: (name) => `${name} 상담원을 비활성화했습니다. 로그아웃되었고 진행 중인 상담은 대기열로 돌아갔습니다.`,
  wasReactivated: (name) => `${name} 상담원을 다시 활성화했습니다.`,
  wasReset: (name, password) => `${name} 상담원의 일회용 비밀번호: ${password} — 지금만 표시되니 따로 안전하게 전달해 주세요.`,
  wasRemoved: (name) => `${name} 상담원을 삭제했습니다.`,
  form: {
    invalid: {
      name: '이름을 1~80자로 입력해 주세요.',
      email: 'mina@example.com 같은 이메일 주소를 입력해 주세요.',
      password: '비밀번호는 8자 이상이어야 합니다.',
      capacity: `동시 상담 수는 0~${MAX_CAPACITY} 사이의 정수여야 합니다.`,
    },
    fix: '표시된 항목을 고쳐 주세요.',
    capacityHint: `자동 배정으로 한 번에 맡을 수 있는 최대 대화 수입니다(0~${MAX_CAPACITY}). 0이면 새 대화를 배정하지 않습니다.`,
    capacityDefault: '비워 두면 서버 기본값을 사용합니다.',
    roleHint: '슈퍼바이저는 실시간 현황판과 팀 상용구도 관리하고, 관리자는 모든 설정을 관리합니다.',
    noTeams: '아직 팀이 없습니다. 팀 목록에서 먼저 추가해 주세요.',
  },
};
