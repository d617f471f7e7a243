/**
 * The board's data while the board is on screen: the queue and agents from REST, and the
 * conversations agents hold now from the socket (the board API does not list them, and
 * reassigning needs them), refetched together so the two never disagree for long.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import type { SupervisorBoard } from '../../../shared/http';
import type { AgentConnection } from '../lib/agent-connection';
import { toClientError, type ParleyClientError } from '../lib/errors';
import type { BoardApi } from './board-api';
import { startLiveRefresh } from './live-refresh';

export interface LiveBoard {
  board: SupervisorBoard;
  /** Conversations an agent holds now, most recently active first. */
  assigned: Conversation[];
  /** When this data arrived, in ms since the epoch. */
  loadedAt: number;
}

export interface LiveBoardTiming {
  /** Wait after a conversation update before refetching: at most one refetch per wait. */
  coalesceMs?: number;
  intervalMs?: number;
}

export function useLiveBoard(api: BoardApi, connection: AgentConnection, { coalesceMs = 1_000, intervalMs = 10_000 }: LiveBoardTiming = {}) {
  const [data, setData] = useState<LiveBoard | null>(null);
  const [error, setError] = useState<ParleyClientError | null>(null);
  const refreshRef = useRef<() => void>(() => {});

  useEffect(() => {
    const live = startLiveRefresh({
      load: async (): Promise<LiveBoard> => {
        const [board, open] = await Promise.all([api.get(), allOpen(connection)]);
        return { board, assigned: open.filter((conversation) => conversation.status === 'assigned'), loadedAt: Date.now() };
      },
      // Only routing changes move the board; the once-a-second list previews of busy
      // conversations would otherwise refetch it all the time.
      subscribe: (onChange) => {
        const seen = new Map<string, string>();
        return connection.onConversationUpdated((conversation) => {
          const routing = `${conversation.status}:${conversation.assignedAgentId ?? ''}:${conversation.team ?? ''}:${conversation.priority}`;
          if (seen.get(conversation.id) === routing) return;
          seen.set(conversation.id, routing);
          onChange();
        });
      },
      onData: (next) => {
        setData(next);
        setError(null);
      },
      // The last good board stays on screen beside the error.
      onError: (failure) => setError(toClientError(failure)),
      coalesceMs,
      intervalMs,
    });
    refreshRef.current = live.refresh;
    return live.stop;
  }, [api, connection, coalesceMs, intervalMs]);

  return { data, error, refresh: () => refreshRef.current() };
}

/** Every open conversation, page after page: the board shows the whole live floor. */
async function allOpen(connection: AgentConnection): Promise<Conversation[]> {
  const all: Conversation[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const { conversations, nextCursor } = await connection.list('open', cursor);
    all.push(...conversations);
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return all;
}
