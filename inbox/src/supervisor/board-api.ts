/** The supervisor's board over REST: the queue and every agent's presence and load. */
import { API, type SupervisorBoard } from '../../../shared/http';
import { REPORTS_API, type LiveFigures } from '../../../shared/reports/report-api';
import { createAbuseApi, type AbuseApi } from '../admin/AbuseApi';
import { requestJson, type FetchLike } from '../lib/api';

export interface BoardApi {
  /** Supervisors and admins only; the server answers agents with PARLEY_ERR_FORBIDDEN. */
  get(): Promise<SupervisorBoard>;
  /** Today's counts, the longest wait and first-response target breaches (see server/reports). */
  live?(frtTargetSeconds: number): Promise<LiveFigures>;
  /** Agent protection: today's abuse per agent, escalations, blocks to lift, the site's lists. */
  abuse?: AbuseApi;
}

/**
 * @example
 * const board = await createBoardApi(fetch.bind(window), token).get();
 * board.agents.map(({ agent, openConversations }) => `${agent.name} ${openConversations}/${agent.capacity}`);
 */
export function createBoardApi(fetchFn: FetchLike, token: string, baseUrl = ''): BoardApi {
  return {
    get: () => requestJson(fetchFn, `${baseUrl}${API.supervisorBoard}`, { headers: { authorization: `Bearer ${token}` } }),
    abuse: createAbuseApi(fetchFn, token, baseUrl),
    live: (frtTargetSeconds) => requestJson(fetchFn, `${baseUrl}${REPORTS_API.live}?frtTarget=${frtTargetSeconds}`, { headers: { authorization: `Bearer ${token}` } }),
  };
}
