/**
 * The agent's own status: online (gets new chats), away (keeps their chats, gets no new
 * ones) or offline. The server marks an agent online whenever an inbox tab connects, so a
 * chosen "away" is remembered in this browser and said again after a reload or reconnect.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Agent, AgentPresence } from '../../../shared/domain';
import type { AgentConnection } from './agent-connection';
import { toClientError, type ParleyClientError } from './errors';
import type { KeyValueStorage } from './storage';

const presenceKey = (agentId: string) => `parley.inbox.presence.${agentId}`;

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
        if (chosen.current === 'away' && session.presence !== 'away') choose('away');
      }),
    [connection, choose],
  );

  return { presence, choose, error };
}
