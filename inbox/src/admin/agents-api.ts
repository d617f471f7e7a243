/** Agent accounts as admins manage them in the inbox; errors carry the server's code and message. */
import type { Agent } from '../../../shared/domain';
import { API } from '../../../shared/http';
import type { AgentCreate, AgentUpdate } from '../../../shared/schemas';
import { requestJson, type FetchLike } from '../lib/api';

export interface AgentsApi {
  list(): Promise<Agent[]>;
  create(input: AgentCreate): Promise<Agent>;
  update(id: string, change: AgentUpdate): Promise<Agent>;
  /** Deactivating signs the agent out and puts their chats back in the queue. */
  setActive(id: string, active: boolean): Promise<Agent>;
  /** Sets a one-time password, returned once for the admin to pass on; the agent's sessions end. */
  resetPassword(id: string): Promise<string>;
  remove(id: string): Promise<void>;
}

export function createAgentsApi(fetchFn: FetchLike, token: string, baseUrl = ''): AgentsApi {
  const call = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(fetchFn, `${baseUrl}${path}`, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${token}` } });
  const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    list: async () => (await call<{ agents: Agent[] }>(API.agents)).agents,
    create: async (input) => (await call<{ agent: Agent }>(API.agents, json('POST', input))).agent,
    update: async (id, change) => (await call<{ agent: Agent }>(API.agent(id), json('PATCH', change))).agent,
    setActive: async (id, active) => (await call<{ agent: Agent }>(API.agentActive(id), json('PUT', { active }))).agent,
    resetPassword: async (id) => (await call<{ temporaryPassword: string }>(API.agentPasswordReset(id), { method: 'POST' })).temporaryPassword,
    remove: async (id) => {
      await call<unknown>(API.agent(id), { method: 'DELETE' });
    },
  };
}
