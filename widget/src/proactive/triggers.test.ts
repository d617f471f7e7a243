import type { ProactiveTrigger } from '../../../shared/settings';
import { armTriggers, urlMatches } from './triggers';

const trigger = (overrides: Partial<ProactiveTrigger> & Pick<ProactiveTrigger, 'kind'>): ProactiveTrigger => ({
  id: overrides.kind,
  value: '',
  message: { ko: '안녕하세요', en: 'Hello' },
  action: 'bubble',
  ...overrides,
});

describe('urlMatches', () => {
  it('matches a plain pattern anywhere in the URL', () => {
    expect(urlMatches('/pricing', 'https://shop.example.com/pricing?plan=pro')).toBe(true);
    expect(urlMatches('/pricing', 'https://shop.example.com/cart')).toBe(false);
    expect(urlMatches('', 'https://shop.example.com/')).toBe(false);
  });

  it('matches a * glob against the whole URL, other characters taken literally', () => {
    expect(urlMatches('*://shop.example.com/cart*', 'https://shop.example.com/cart/2')).toBe(true);
    expect(urlMatches('https://shop.example.com/*.html', 'https://shop.example.com/a.html')).toBe(true);
    expect(urlMatches('https://shop.example.com/*.html', 'https://shop.example.com/ahtml')).toBe(false);
    expect(urlMatches('*/cart', 'https://shop.example.com/cart?x=1')).toBe(false);
  });
});

describe('armTriggers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function arm(triggers: ProactiveTrigger[], context: { url?: string; firstVisit?: boolean; fired?: string[] } = {}) {
    const fired: string[] = [];
    const disarm = armTriggers(triggers, {
      url: context.url ?? 'https://shop.example.com/',
      firstVisit: context.firstVisit ?? false,
      fired: (id) => (context.fired ?? []).includes(id),
      fire: (t) => fired.push(t.id),
    });
    return { fired, disarm };
  }

  it('fires a first-visit trigger only on the first visit', () => {
    expect(arm([trigger({ kind: 'first_visit' })], { firstVisit: true }).fired).toEqual(['first_visit']);
    expect(arm([trigger({ kind: 'first_visit' })], { firstVisit: false }).fired).toEqual([]);
  });

  it('fires a URL trigger on a matching page', () => {
    expect(arm([trigger({ kind: 'url_pattern', value: '/checkout' })], { url: 'https://shop.example.com/checkout' }).fired).toEqual(['url_pattern']);
  });

  it('fires a time-on-page trigger after its seconds, unless the page changed first', () => {
    const stays = arm([trigger({ kind: 'time_on_page', value: '30' })]);
    vi.advanceTimersByTime(29_000);
    expect(stays.fired).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(stays.fired).toEqual(['time_on_page']);

    const leaves = arm([trigger({ kind: 'time_on_page', value: '30' })]);
    leaves.disarm();
    vi.advanceTimersByTime(60_000);
    expect(leaves.fired).toEqual([]);
  });

  it('does not fire a trigger twice in a browsing session', () => {
    expect(arm([trigger({ kind: 'first_visit' })], { firstVisit: true, fired: ['first_visit'] }).fired).toEqual([]);
  });
});
