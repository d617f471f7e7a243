/** Agent accounts as admins manage them in the inbox; errors carry the server's code and message. */
import type { Agent } from '../../../shared/domain';
import { API } from '../../../shared/http';
import type { AgentCreate, AgentUpdate } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface AgentsApi {
  list(): Promise<Agent[]>;
  create(input: AgentCreate): Promise<Agent>;
  update(id: string, change: AgentUpdate): Promise<Agent>;
}

export function createAgentsApi(fetchFn: FetchLike, token: string, baseUrl = ''): AgentsApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const update = async (id: string, change: AgentUpdate) => (await call<{ agent: Agent }>(API.agent(id), json('PATCH', change))).agent;
  return {
    list: async () => (await call<{ agents: Agent[] }>(API.agents)).agents,
    async create(input) {
      const created = (await call<{ agent: Agent }>(API.agents, json('POST', input))).agent;
      // The server accepts `teams` on create but does not store them yet; set them in a second step.
      const teams = input.teams ?? [];
      const missing = teams.some((team) => !created.teams.includes(team));
      return missing ? update(created.id, { teams }) : created;
    },
    update,
  };
}
