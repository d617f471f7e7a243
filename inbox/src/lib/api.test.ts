import { API } from '../../../shared/http';
import { agentMina } from '../testing/fixtures';
import { createApi, type FetchLike } from './api';
import { ParleyClientError } from './errors';

function recordingFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, fetchFn };
}

describe('createApi', () => {
  it('posts the credentials as JSON and returns the token and agent', async () => {
    const { calls, fetchFn } = recordingFetch(200, { token: 't0k3n', agent: agentMina });
    const result = await createApi(fetchFn).login({ email: 'mina@example.com', password: 'secret' });
    expect(result.token).toBe('t0k3n');
    expect(calls[0]?.url).toBe(API.login);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ email: 'mina@example.com', password: 'secret' });
  });

  it('surfaces the server’s error code and message', async () => {
    const { fetchFn } = recordingFetch(401, { error: { code: 'PARLEY_ERR_INVALID_CREDENTIALS', message: 'wrong email or password' } });
    const failure = createApi(fetchFn).login({ email: 'mina@example.com', password: 'nope' });
    await expect(failure).rejects.toBeInstanceOf(ParleyClientError);
    await expect(failure).rejects.toMatchObject({ code: 'PARLEY_ERR_INVALID_CREDENTIALS', message: 'wrong email or password' });
  });

  it('reports a network failure as such', async () => {
    const failure = createApi(async () => {
      throw new TypeError('Failed to fetch');
    }).setupStatus();
    await expect(failure).rejects.toMatchObject({ code: 'network' });
  });

  it('reports an answer without Parley’s error body by its status', async () => {
    const fetchFn: FetchLike = async () => new Response('<html>Bad gateway</html>', { status: 502 });
    await expect(createApi(fetchFn).setupStatus()).rejects.toMatchObject({ code: 'PARLEY_ERR_INTERNAL', message: 'HTTP 502' });
  });

  it('sends the agent token with transcript requests', async () => {
    const { calls, fetchFn } = recordingFetch(200, { conversation: {}, messages: [] });
    await createApi(fetchFn).transcript('t0k3n', 'abc123');
    expect(calls[0]?.url).toBe(API.transcript('abc123'));
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer t0k3n');
  });
});
