/**
 * Revealing a visitor's masked numbers: one message at a time, asked of the server, which
 * writes the reveal into the audit log before it answers. Screens reach it through context
 * so the transcript components need no new props.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { AUDIT_API, type RevealedMessage } from '../../../shared/audit';
import { requestJson, type FetchLike } from '../lib/api';

export interface RevealApi {
  reveal(conversationId: string, seq: number): Promise<RevealedMessage>;
}

export function createRevealApi(fetchFn: FetchLike, token: string): RevealApi {
  return {
    reveal: (conversationId, seq) => requestJson(fetchFn, AUDIT_API.reveal(conversationId, seq), { method: 'POST', headers: { authorization: `Bearer ${token}` } }),
  };
}

/** Null where no server is at hand: the masked text shows without the reveal control. */
export const RevealApiContext = createContext<RevealApi | null>(null);

export const useRevealApi = () => useContext(RevealApiContext);
