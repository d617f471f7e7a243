/**
 * Turns keystrokes into the few `typing:update` signals agents need: "typing" once when
 * the visitor starts, "stopped" when they send, clear the box, or pause.
 */

/** A pause this long counts as having stopped typing. */
export const TYPING_IDLE_MS = 4_000;

export interface TypingSignal {
  /** Call with the box's text after every change. */
  input(text: string): void;
  /** The visitor sent the message or left the box. */
  stop(): void;
}

export function createTypingSignal(report: (typing: boolean) => void, idleMs = TYPING_IDLE_MS): TypingSignal {
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(idle);
    if (!typing) return;
    typing = false;
    report(false);
  };
  return {
    input(text) {
      if (text.trim() === '') return stop();
      if (!typing) {
        typing = true;
        report(true);
      }
      clearTimeout(idle);
      idle = setTimeout(stop, idleMs);
    },
    stop,
  };
}
