/**
 * Turns an agent's keystrokes into the few typing signals the visitor's widget needs:
 * "typing" when they start and again at most every `repeatMs` while they keep going (the
 * widget drops a "typing" it has not heard about for a while), "stopped" after `idleMs`
 * without input, when the box is cleared, and when the reply is sent or the box goes away.
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

export interface AgentTypingSignal {
  /** Call with the box's text after every change. */
  input(text: string): void;
  /** The reply was sent, the box became unusable or unmounts: say "stopped" if "typing" was said. */
  stop(): void;
}

export interface TypingSignalOptions {
  repeatMs?: number;
  idleMs?: number;
  timers?: TypingTimers;
}

export function createAgentTypingSignal(report: (typing: boolean) => void, options: TypingSignalOptions = {}): AgentTypingSignal {
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
