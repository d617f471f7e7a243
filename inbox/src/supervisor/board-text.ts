/**
 * The supervisor board's words and the accessible names of its controls, per locale
 * (component tests and the e2e suite use the English names, exported as `boardNames`).
 */
import type { AgentPresence, Locale } from '../../../shared/domain';

const boardNamesEn = {
  region: 'Supervisor board',
  back: 'Back to conversations',
  refresh: 'Refresh board',
  queue: 'Queue',
  agents: 'Agents',
  assigned: 'Assigned conversations',
  reassignTo: (visitor: string) => `Reassign ${visitor} to`,
  reassign: (visitor: string) => `Reassign ${visitor}`,
  reassignShort: 'Reassign',
} as const;

type BoardNames = { [K in keyof typeof boardNamesEn]: (typeof boardNamesEn)[K] extends (visitor: string) => string ? (visitor: string) => string : string };

const boardNamesKo: BoardNames = {
  region: '관리자 현황판',
  back: '대화 목록으로 돌아가기',
  refresh: '현황판 새로 고침',
  queue: '대기열',
  agents: '상담원',
  assigned: '배정된 대화',
  reassignTo: (visitor) => `${visitor}님의 대화를 넘길 상담원`,
  reassign: (visitor) => `${visitor}님의 대화 넘기기`,
  reassignShort: '넘기기',
};

/** The English names: tests and docs find the English inbox by these. */
export const boardNames = boardNamesEn;

const en = {
  names: boardNamesEn as BoardNames,
  title: 'Supervisor board',
  queueTitle: 'Waiting for an agent',
  agentsTitle: 'Agents',
  assignedTitle: 'Conversations with agents',
  hint: 'Updates live. Choose an agent beside a conversation to hand it over.',
  emptyQueue: 'No one is waiting.',
  noAgents: 'No agents yet.',
  noAssigned: 'No agent holds a conversation right now.',
  column: {
    visitor: 'Visitor',
    waiting: 'Waiting',
    team: 'Team',
    priority: 'Priority',
    agent: 'Agent',
    presence: 'Presence',
    load: 'Open / capacity',
    teams: 'Teams',
    assignedTo: 'Agent',
    moveTo: 'Hand over to',
  },
  anyTeam: 'Anyone',
  none: '—',
  full: 'full',
  presence: { online: 'Online', away: 'Away', offline: 'Offline' } satisfies Record<AgentPresence, string>,
  waited: (seconds: number) => {
    if (seconds < 60) return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  },
  chooseAgent: 'Choose an agent',
  moving: 'Handing over…',
  moved: (agent: string) => `Handed over to ${agent}.`,
  atCapacity: (agent: string) => `${agent} is at their conversation limit. Choose someone else or raise their capacity.`,
  refreshFailed: (reason: string) => `The board could not be refreshed: ${reason}`,
  updatedAt: (time: string) => `Updated at ${time}`,
  live: {
    title: 'Today',
    region: 'Today’s figures',
    conversations: 'Conversations',
    handoffs: 'Handed to people',
    closed: 'Closed',
    waiting: 'Waiting now',
    longestWait: 'Longest wait',
    slaBreaches: 'Over the first-response target',
    frtTarget: 'First-response target (seconds)',
    failed: (reason: string) => `Today’s figures could not be loaded: ${reason}`,
  },
  abuse: {
    title: 'Abuse today',
    agents: 'Abusive conversations per agent today',
    column: { agent: 'Agent', conversations: 'Abusive conversations', note: 'Note' },
    suggestBreak: 'Suggest a break',
    none: 'No abusive conversations today.',
    escalations: 'Escalations today',
    noEscalations: 'No escalations today.',
    threat: (visitor: string) => `${visitor} made a threat`,
    repeated: (visitor: string, count: number) => `${visitor} sent ${count} abusive messages`,
    withAgent: (agent: string) => `(with ${agent})`,
    visitor: 'A visitor',
    failed: (reason: string) => `Abuse figures could not be loaded: ${reason}`,
    /** A live escalation, shown at once on every screen. */
    alerts: 'Abuse escalations',
    alert: (what: string) => `Needs a supervisor now: ${what}`,
    dismissAlert: 'Dismiss alert',
  },
};

type BoardText = typeof en;

const ko: BoardText = {
  names: boardNamesKo,
  title: '관리자 현황판',
  queueTitle: '상담원을 기다리는 대화',
  agentsTitle: '상담원',
  assignedTitle: '상담원이 맡은 대화',
  hint: '실시간으로 갱신됩니다. 대화 옆에서 상담원을 골라 넘길 수 있습니다.',
  emptyQueue: '기다리는 방문자가 없습니다.',
  noAgents: '아직 상담원이 없습니다.',
  noAssigned: '지금 상담원이 맡은 대화가 없습니다.',
  column: {
    visitor: '방문자',
    waiting: '대기 시간',
    team: '팀',
    priority: '우선순위',
    agent: '상담원',
    presence: '상태',
    load: '진행 중 / 최대',
    teams: '팀',
    assignedTo: '담당 상담원',
    moveTo: '넘길 상담원',
  },
  anyTeam: '누구나',
  none: '—',
  full: '가득 참',
  presence: { online: '온라인', away: '자리 비움', offline: '오프라인' },
  waited: (seconds) => {
    if (seconds < 60) return `${seconds}초`;
    const minutes = Math.floor(seconds / 60);
    return minutes < 60 ? `${minutes}분` : `${Math.floor(minutes / 60)}시간 ${minutes % 60}분`;
  },
  chooseAgent: '상담원 선택',
  moving: '넘기는 중…',
  moved: (agent) => `${agent}님에게 넘겼습니다.`,
  atCapacity: (agent) => `${agent}님은 동시에 맡을 수 있는 대화 수를 넘었습니다. 다른 상담원을 고르거나 최대 대화 수를 늘려 주세요.`,
  refreshFailed: (reason) => `현황판을 새로 고치지 못했습니다: ${reason}`,
  updatedAt: (time) => `${time}에 갱신됨`,
  live: {
    title: '오늘',
    region: '오늘의 지표',
    conversations: '대화 수',
    handoffs: '상담원 연결',
    closed: '종료',
    waiting: '지금 대기 중',
    longestWait: '가장 긴 대기',
    slaBreaches: '첫 응답 목표 초과',
    frtTarget: '첫 응답 목표(초)',
    failed: (reason) => `오늘의 지표를 불러오지 못했습니다: ${reason}`,
  },
  abuse: {
    title: '오늘의 폭언',
    agents: '상담원별 오늘의 폭언 대화',
    column: { agent: '상담원', conversations: '폭언 대화 수', note: '참고' },
    suggestBreak: '휴식 권유',
    none: '오늘은 폭언이 담긴 대화가 없습니다.',
    escalations: '오늘 관리자에게 알린 대화',
    noEscalations: '오늘 관리자에게 알린 대화가 없습니다.',
    threat: (visitor) => `${visitor}이(가) 위협하는 말을 했습니다`,
    repeated: (visitor, count) => `${visitor}이(가) 폭언을 ${count}번 보냈습니다`,
    withAgent: (agent) => `(담당: ${agent})`,
    visitor: '방문자',
    failed: (reason) => `폭언 현황을 불러오지 못했습니다: ${reason}`,
    alerts: '폭언 알림',
    alert: (what) => `지금 관리자 확인이 필요합니다: ${what}`,
    dismissAlert: '알림 닫기',
  },
};

export const boardText: Record<Locale, BoardText> = { en, ko };
