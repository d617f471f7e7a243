import { startLiveRefresh } from './live-refresh';

function setup(load: () => Promise<number> = async () => 1) {
  const listeners = new Set<() => void>();
  const loads = vi.fn(load);
  const onData = vi.fn();
  const onError = vi.fn();
  const live = startLiveRefresh({
    load: loads,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    onData,
    onError,
    coalesceMs: 1_000,
    intervalMs: 10_000,
  });
  const change = () => listeners.forEach((listener) => listener());
  return { live, loads, onData, onError, change, listeners };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('live refresh', () => {
  it('loads at once and refetches at most once per second however many changes are reported', async () => {
    const { live, loads, change } = setup();
    expect(loads).toHaveBeenCalledTimes(1);
    change();
    change();
    await vi.advanceTimersByTimeAsync(500);
    change();
    expect(loads).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(loads).toHaveBeenCalledTimes(2);
    change();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(loads).toHaveBeenCalledTimes(3);
    live.stop();
  });

  it('refetches on the interval when nothing is reported', async () => {
    const { live, loads } = setup();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(loads).toHaveBeenCalledTimes(4);
    live.stop();
  });

  it('stops its timers and subscription, and drops answers still in flight', async () => {
    let answer: (value: number) => void = () => {};
    const { live, loads, onData, change, listeners } = setup(() => new Promise<number>((resolve) => (answer = resolve)));
    change();
    live.stop();
    answer(7);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(onData).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });

  it('shows only the newest answer when an older one arrives late', async () => {
    const answers: ((value: number) => void)[] = [];
    const { live, onData } = setup(() => new Promise<number>((resolve) => answers.push(resolve)));
    live.refresh();
    answers[1]!(2);
    answers[0]!(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(onData.mock.calls).toEqual([[2]]);
    live.stop();
  });

  it('hands failures to onError', async () => {
    const { live, onError } = setup(() => Promise.reject(new Error('down')));
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith(new Error('down'));
    live.stop();
  });
});
