/**
 * Turns keystrokes in a reply box — the visitor's in the widget, the agent's in the inbox —
 * into the few `typing:update` signals the other side needs: "typing" when they start and
 * again at most every `repeatMs` while they keep going (the other side drops a "typing" it
 * has not heard about for a while), "stopped" after `idleMs` without input, when the box is
 * cleared, and when the message is sent or the box goes away.
 */

export const TYPING_REPEAT_MS = 2_000;
export const TYPING_IDLE_MS = 3_000;

/** The clock and timers the signal uses; injectable so tests can drive time by hand. */
export interface TypingTimers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: TypingTimers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface TypingSignal {
  /** Call with the box's text after every change. */
  input(text: string): void;
  /** The message was sent, the box became unusable or unmounts: say "stopped" if "typing" was said. */
  stop(): void;
}

export interface TypingSignalOptions {
  repeatMs?: number;
  idleMs?: number;
  timers?: TypingTimers;
}

export function createTypingSignal(report: (typing: boolean) => void, options: TypingSignalOptions = {}): TypingSignal {
  const { repeatMs = TYPING_REPEAT_MS, idleMs = TYPING_IDLE_MS, timers = realTimers } = options;
  let typing = false;
  let reportedAt = 0;
  let idle: unknown = undefined;

  const clearIdle = () => {
    if (idle !== undefined) timers.clearTimeout(idle);
    idle = undefined;
  };
  const stop = () => {
    clearIdle();
    if (!typing) return;
    typing = false;
    report(false);
  };

  return {
    input(text) {
      if (text.trim() === '') return stop();
      const now = timers.now();
      if (!typing || now - reportedAt >= repeatMs) {
        typing = true;
        reportedAt = now;
        report(true);
      }
      clearIdle();
      idle = timers.setTimeout(stop, idleMs);
    },
    stop,
  };
}
