/** What the inbox reads about a visitor beside the transcript. */
import { API, type VisitorDetails } from '../../../shared/http';
import { requestJson, type FetchLike } from '../lib/api';

export interface VisitorApi {
  details(visitorId: string): Promise<VisitorDetails>;
}

export function createVisitorApi(fetchFn: FetchLike, token: string, baseUrl = ''): VisitorApi {
  return {
    details: (visitorId) => requestJson(fetchFn, `${baseUrl}${API.visitor(visitorId)}`, { headers: { authorization: `Bearer ${token}` } }),
  };
}
