import { createTypingSignal, type TypingTimers } from './typing-signal';

/** A hand-driven clock: `advance(ms)` moves time and fires what fell due. */
function manualTimers() {
  let now = 0;
  let nextHandle = 1;
  const pending = new Map<number, { at: number; callback: () => void }>();
  const timers: TypingTimers = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const handle = nextHandle++;
      pending.set(handle, { at: now + ms, callback });
      return handle;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [handle, timer] of [...pending]) {
      if (timer.at <= now) {
        pending.delete(handle);
        timer.callback();
      }
    }
  };
  return { timers, advance, pendingCount: () => pending.size };
}

function setup() {
  const clock = manualTimers();
  const report = vi.fn<(typing: boolean) => void>();
  const signal = createTypingSignal(report, { timers: clock.timers });
  return { ...clock, report, signal, calls: () => report.mock.calls.map(([typing]) => typing) };
}

describe('agent typing signal', () => {
  it('says "typing" once when the agent starts, however fast they type', () => {
    const { signal, advance, calls } = setup();
    signal.input('a');
    advance(500);
    signal.input('an');
    advance(500);
    signal.input('ann');
    expect(calls()).toEqual([true]);
  });

  it('repeats "typing" at most every 2 seconds while the agent keeps typing', () => {
    const { signal, advance, calls } = setup();
    for (let elapsed = 0; elapsed <= 5_000; elapsed += 500) {
      signal.input(`x${elapsed}`);
      advance(500);
    }
    // Inputs at 0, 500, …, 5000 ms: "typing" at 0, 2000 and 4000.
    expect(calls()).toEqual([true, true, true]);
  });

  it('says "stopped" after 3 seconds without input, and not before', () => {
    const { signal, advance, calls } = setup();
    signal.input('hello');
    advance(2_999);
    expect(calls()).toEqual([true]);
    advance(1);
    expect(calls()).toEqual([true, false]);
  });

  it('says "stopped" when the draft is emptied, and "typing" again when it fills', () => {
    const { signal, calls } = setup();
    signal.input('hi');
    signal.input('  ');
    signal.input('hi again');
    expect(calls()).toEqual([true, false, true]);
  });

  it('says "stopped" once on stop, leaves no timer behind, and says nothing if it never said "typing"', () => {
    const { signal, calls, pendingCount } = setup();
    signal.stop();
    expect(calls()).toEqual([]);
    signal.input('hi');
    signal.stop();
    signal.stop();
    expect(calls()).toEqual([true, false]);
    expect(pendingCount()).toBe(0);
  });
});
