/**
 * Who on the other side is typing right now. A "stopped typing" signal can be lost with a
 * dropped connection, so an indicator also expires on its own.
 */
import type { TypingState } from '../../../shared/events';
import { createStore, type ReadableStore } from './store';

/** How long an indicator stays without news before it is taken down. */
export const TYPING_EXPIRY_MS = 8_000;

export interface TypingModel extends ReadableStore<string | null> {
  /** Applies `typing:updated`: the agent's name ('' if unknown) while they type in the visitor's conversation. */
  apply(state: TypingState, currentConversationId: string | null): void;
  clear(): void;
  dispose(): void;
}

export function createTypingModel(): TypingModel {
  const store = createStore<string | null>(null);
  let expiry: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(expiry);
    store.set(null);
  };
  return {
    get: store.get,
    subscribe: store.subscribe,
    apply(state, currentConversationId) {
      if (state.who !== 'agent' || state.conversationId !== currentConversationId) return;
      if (!state.typing) return clear();
      store.set(state.name ?? '');
      clearTimeout(expiry);
      expiry = setTimeout(clear, TYPING_EXPIRY_MS);
    },
    clear,
    dispose: () => clearTimeout(expiry),
  };
}
