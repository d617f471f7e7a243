/**
 * The agent's own status: online (gets new chats), away (keeps their chats, gets no new
 * ones) or offline. A chosen "away" is remembered in this browser and sent with every
 * (re)connect's handshake (see agent-connection), so a reload never hands them new chats;
 * should the server still say "online" (another tab chose it), the choice is said again.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Agent, AgentPresence } from '../../../shared/domain';
import type { AgentConnection } from './agent-connection';
import { toClientError, type ParleyClientError } from './errors';
import type { KeyValueStorage } from './storage';

const presenceKey = (agentId: string) => `parley.inbox.presence.${agentId}`;

/** The status this agent last chose in this browser, for the connection's handshake. */
export function chosenPresence(storage: KeyValueStorage, agentId: string): 'online' | 'away' | null {
  const saved = storage.get(presenceKey(agentId));
  return saved === 'online' || saved === 'away' ? saved : null;
}

export function usePresence(connection: AgentConnection, agent: Agent, storage: KeyValueStorage) {
  const [presence, setPresence] = useState<AgentPresence>(agent.presence);
  const [error, setError] = useState<ParleyClientError | null>(null);
  const chosen = useRef(storage.get(presenceKey(agent.id)));

  const choose = useCallback(
    (next: AgentPresence) => {
      chosen.current = next;
      storage.set(presenceKey(agent.id), next);
      setPresence(next);
      connection.setPresence(next).then(
        (updated) => {
          setPresence(updated.presence);
          setError(null);
        },
        (failure: unknown) => setError(toClientError(failure)),
      );
    },
    [connection, agent.id, storage],
  );

  useEffect(
    () =>
      connection.onSession((session) => {
        setPresence(session.presence);
        chosen.current = storage.get(presenceKey(agent.id));
        if (chosen.current === 'away' && session.presence !== 'away') choose('away');
      }),
    [connection, choose, storage, agent.id],
  );

  return { presence, choose, error };
}
