/**
 * Which visitors are typing, per conversation. A visitor who closes the tab mid-word never
 * sends "stopped typing", so every "typing" expires on its own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TypingState } from '../../../shared/events';
import type { AgentConnection } from './agent-connection';

export const TYPING_EXPIRES_MS = 8_000;

export function useVisitorTyping(connection: AgentConnection, expiresMs = TYPING_EXPIRES_MS): ReadonlySet<string> {
  const [typing, setTyping] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const set = (conversationId: string, on: boolean) =>
      setTyping((current) => {
        if (current.has(conversationId) === on) return current;
        const next = new Set(current);
        if (on) next.add(conversationId);
        else next.delete(conversationId);
        return next;
      });
    const stop = connection.onTyping((state: TypingState) => {
      if (state.who !== 'visitor') return;
      clearTimeout(timers.get(state.conversationId));
      set(state.conversationId, state.typing);
      if (state.typing) timers.set(state.conversationId, setTimeout(() => set(state.conversationId, false), expiresMs));
    });
    return () => {
      stop();
      timers.forEach((timer) => clearTimeout(timer));
    };
  }, [connection, expiresMs]);
  return typing;
}
