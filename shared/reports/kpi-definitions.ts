/**
 * One-line definitions of every KPI, in Korean (polite) and English: the inbox shows them
 * beside each figure and the README repeats them, so both say the same thing.
 *
 * @example KPI_DEFINITIONS.frt.ko // '상담 연결 요청부터 상담원의 첫 답변까지 걸린 평균 시간입니다.'
 */
import type { Locale } from '../domain';

export type KpiId =
  | 'conversations'
  | 'frt'
  | 'frtBusiness'
  | 'frtFromFirstMessage'
  | 'responseTime'
  | 'aht'
  | 'asa'
  | 'abandonment'
  | 'fcr'
  | 'csat'
  | 'nps'
  | 'containment'
  | 'handoffRate'
  | 'occupancy'
  | 'missed';

export const KPI_DEFINITIONS: Record<KpiId, Record<Locale, string>> = {
  conversations: { ko: '기간 안에 시작된 대화 수입니다.', en: 'Conversations started in the period.' },
  frt: {
    ko: '상담 연결 요청(봇의 인계)부터 상담원의 첫 답변까지 걸린 평균 시간입니다. 봇이 응대한 시간은 빠집니다.',
    en: 'Mean time from the handoff to a person until the first agent reply; the bot’s time is excluded.',
  },
  frtBusiness: { ko: '첫 응답 시간 중 영업시간에 해당하는 부분만 센 평균입니다.', en: 'First response time counting business hours only.' },
  frtFromFirstMessage: { ko: '고객님의 첫 메시지부터 상담원의 첫 답변까지 걸린 평균 시간입니다.', en: 'Mean time from the visitor’s first message to the first agent reply.' },
  responseTime: { ko: '고객님의 메시지마다 상담원이 다음 답변을 보내기까지 걸린 평균 시간입니다.', en: 'Mean time from each unanswered visitor message to the next agent reply.' },
  aht: {
    ko: '배정부터 종료까지 상담원이 실제로 응대한 시간의 평균입니다. 메시지 없이 5분을 넘긴 공백은 5분으로 셉니다.',
    en: 'Mean active time from assignment to close; a silence longer than 5 minutes counts as 5 minutes.',
  },
  asa: { ko: '대기열에 들어간 때부터 상담원이 배정될 때까지 기다린 평균 시간입니다.', en: 'Mean wait from entering the queue until an agent was assigned.' },
  abandonment: { ko: '상담원이 배정되기 전에 대기열을 떠난 대화의 비율입니다.', en: 'Share of queued conversations that left the queue before an agent came.' },
  fcr: {
    ko: '상담원이 종료한 대화 중 다시 열리지 않았고, 같은 고객님이 N일 안에 같은 문의로 다시 찾지 않은 비율입니다.',
    en: 'Share of agent-closed conversations not reopened and with no new conversation from the same visitor on the same intent within N days.',
  },
  csat: {
    ko: '평가 중 만족(5점 척도 4–5점, 10점 척도 8–10점)의 비율과 평균 점수입니다.',
    en: 'Share of ratings that are satisfied (4–5 of 5, 8–10 of 10), and the mean score.',
  },
  nps: { ko: '추천 의향(0–10점)에서 추천(9–10점) 비율에서 비추천(0–6점) 비율을 뺀 값입니다.', en: 'Promoters (9–10) minus detractors (0–6), as a percentage of 0–10 answers.' },
  containment: {
    ko: '봇이 해결한 대화(“해결됐어요” 또는 상담원 연결 없이 종료)의 비율입니다.',
    en: 'Share of conversations the bot solved (“This solved it”, or closed without reaching a person).',
  },
  handoffRate: { ko: '봇이 상담원에게 넘긴 대화의 비율과 그 이유입니다.', en: 'Share of conversations the bot handed to people, and why.' },
  occupancy: { ko: '상담원이 응대 중이던 시간 동안 동시에 맡은 대화 수를 최대 동시 상담 수로 나눈 값입니다.', en: 'Chats held at once relative to capacity, over the hours the agent held any.' },
  missed: { ko: '배정됐지만 상담원이 한 번도 답하지 않은 대화 수입니다.', en: 'Assignments in which the agent never replied.' },
};
