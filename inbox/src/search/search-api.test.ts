import { createSearchApi, searchQueryString } from './search-api';

function recordingFetch(body: unknown, status = 200) {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const fetchFn = async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchFn, requests };
}

describe('search api', () => {
  it('sends the filters that are set, with the token', async () => {
    const { fetchFn, requests } = recordingFetch({ conversations: [], nextCursor: null });
    await createSearchApi(fetchFn, 'tok').search({ q: ' 배송 지연 ', email: '', tag: 'vip', cursor: 'eyJiIjoiZDIwMjYifQ', pageSize: 20 });
    const url = new URL(requests[0]!.url, 'http://parley.test');
    expect(url.pathname).toBe('/api/conversations/search');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '배송 지연', tag: 'vip', cursor: 'eyJiIjoiZDIwMjYifQ', pageSize: '20' });
    expect(requests[0]!.init?.headers).toEqual({ authorization: 'Bearer tok' });
  });

  it('leaves the query string out when nothing is set', () => {
    expect(searchQueryString({ q: '  ', email: undefined })).toBe('');
  });

  it('reads a transcript and turns a refusal into the server’s error', async () => {
    const { fetchFn, requests } = recordingFetch({ error: { code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND', message: 'no such conversation on your site' } }, 404);
    await expect(createSearchApi(fetchFn, 'tok').transcript('c1')).rejects.toMatchObject({ code: 'PARLEY_ERR_CONVERSATION_NOT_FOUND' });
    expect(requests[0]!.url).toBe('/api/conversations/c1/transcript');
  });
});
