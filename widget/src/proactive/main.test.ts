/** proactive.js against a stand-in loader: the bubble by the launcher, and opening the panel. */
import { act, fireEvent, within } from '@testing-library/preact';
import type { ProactiveTrigger } from '../../../shared/settings';
import type { HostState } from '../lib/host-bridge';
import { createStore } from '../lib/store';
import { aConfig } from '../testing/fixtures';
import { arm } from './main';

function setUp(triggers: ProactiveTrigger[], locale: 'ko' | 'en' = 'en') {
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const state = createStore<HostState>({ open: false, config: aConfig({ widget: { triggers } }), identity: null, attributes: {}, greeting: null });
  const open = vi.fn();
  const disarm = arm({ siteKey: 'demo', locale, root, state, open });
  return { root, shadow: within(root as unknown as HTMLElement), state, open, disarm };
}

const bubble: ProactiveTrigger = { id: 'hello', kind: 'first_visit', value: '', message: { ko: '무엇을 도와드릴까요?', en: 'Can we help?' }, action: 'bubble' };

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
});

describe('proactive.js', () => {
  it('greets a first-time visitor in a bubble that opens the chat when pressed', () => {
    const { shadow, open } = setUp([bubble]);
    const status = shadow.getByRole('status');
    expect(status.textContent).toContain('Can we help?');
    fireEvent.click(shadow.getByRole('button', { name: 'Can we help?' }));
    expect(open).toHaveBeenCalledWith('Can we help?');
    expect(status.hidden).toBe(true);
  });

  it('lets the visitor dismiss the bubble', () => {
    const { shadow, open } = setUp([bubble], 'ko');
    fireEvent.click(shadow.getByRole('button', { name: '닫기' }));
    expect(shadow.queryByRole('status')).toBeNull();
    expect(open).not.toHaveBeenCalled();
  });

  it('opens the panel itself for an "open" trigger', () => {
    const { open } = setUp([{ ...bubble, action: 'open' }]);
    expect(open).toHaveBeenCalledWith('Can we help?');
  });

  it('greets once per browsing session, and a returning visitor not at all', () => {
    setUp([bubble]).disarm();
    document.body.innerHTML = '';
    expect(setUp([bubble]).shadow.queryByRole('status')).toBeNull();
    sessionStorage.clear();
    expect(setUp([bubble]).shadow.queryByRole('status')).toBeNull();
  });

  it('hides the bubble while the panel is open', () => {
    const { shadow, state } = setUp([bubble]);
    act(() => state.set({ ...state.get(), open: true }));
    expect(shadow.queryByRole('status')).toBeNull();
  });

  it('fires a URL trigger after a single-page-app navigation', () => {
    vi.useFakeTimers();
    const { shadow } = setUp([{ ...bubble, id: 'cart', kind: 'url_pattern', value: '/cart', message: { ko: '', en: 'Questions about your cart?' } }]);
    expect(shadow.queryByRole('status')).toBeNull();
    history.pushState({}, '', '/cart');
    vi.advanceTimersByTime(1_100);
    expect(shadow.getByRole('status').textContent).toContain('Questions about your cart?');
    history.pushState({}, '', '/');
    vi.useRealTimers();
  });
});
