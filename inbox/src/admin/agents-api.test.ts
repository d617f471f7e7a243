import type { Agent } from '../../../shared/domain';
import { ParleyClientError } from '../lib/errors';
import { createAgentsApi } from './agents-api';

const joon: Agent = { id: 'a2', email: 'joon@example.com', name: 'Joon', role: 'agent', presence: 'offline', capacity: 3, teams: [] };

function recordingFetch(answers: Response[]) {
  const calls: { url: string; method: string; body: unknown; auth: string | null }[] = [];
  const fetchFn = async (url: string, init: RequestInit = {}) => {
    calls.push({ url, method: init.method ?? 'GET', body: init.body ? JSON.parse(String(init.body)) : undefined, auth: new Headers(init.headers).get('authorization') });
    return answers.shift()!;
  };
  return { fetchFn, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the agents API', () => {
  it('creates an agent with its teams in one request, signed with the token', async () => {
    const { fetchFn, calls } = recordingFetch([json(201, { agent: { ...joon, teams: ['tech'] } })]);
    const agent = await createAgentsApi(fetchFn, 'tok').create({ name: 'Joon', email: 'joon@example.com', password: 'joon-password', teams: ['tech'] });
    expect(agent.teams).toEqual(['tech']);
    expect(calls).toEqual([{ url: '/api/agents', method: 'POST', body: { name: 'Joon', email: 'joon@example.com', password: 'joon-password', teams: ['tech'] }, auth: 'Bearer tok' }]);
  });

  it('changes an agent with PATCH and answers the updated agent', async () => {
    const { fetchFn, calls } = recordingFetch([json(200, { agent: { ...joon, capacity: 6 } })]);
    const agent = await createAgentsApi(fetchFn, 'tok').update('a2', { capacity: 6 });
    expect(agent.capacity).toBe(6);
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['PATCH /api/agents/a2']);
  });

  it('turns the server’s refusal into a ParleyClientError with its message', async () => {
    const { fetchFn } = recordingFetch([json(400, { error: { code: 'PARLEY_ERR_INVALID_PAYLOAD', message: 'an agent with this email already exists' } })]);
    const failure = await createAgentsApi(fetchFn, 'tok').create({ name: 'Joon', email: 'joon@example.com', password: 'joon-password' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParleyClientError);
    expect((failure as ParleyClientError).message).toBe('an agent with this email already exists');
  });
});
