/**
 * The supervisor's live board: who is waiting and for how long, every agent's presence and
 * load, and the conversations agents hold, each of which can be handed to another agent.
 */
import { useCallback, useState } from 'preact/hooks';
import { errorText, useStrings } from '../i18n';
import { formatTime } from '../lib/format-date';
import type { AgentConnection } from '../lib/agent-connection';
import { AbuseAdmin } from '../admin/AbuseAdmin';
import { AbuseToday } from './AbuseToday';
import { AgentLoadTable } from './AgentLoadTable';
import { AssignedTable } from './AssignedTable';
import type { BoardApi } from './board-api';
import { boardText } from './board-text';
import { LiveFigures } from './LiveFigures';
import { QueueTable } from './QueueTable';
import { useLiveBoard, type LiveBoardTiming } from './use-live-board';

interface SupervisorBoardScreenProps {
  api: BoardApi;
  connection: AgentConnection;
  onClose: () => void;
  /** The clock waiting times are measured against; injected for tests. */
  now?: () => number;
  timing?: LiveBoardTiming;
}

export function SupervisorBoardScreen({ api, connection, onClose, now = Date.now, timing }: SupervisorBoardScreenProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  const { data, error, refresh } = useLiveBoard(api, connection, timing);
  const [notice, setNotice] = useState<string | null>(null);
  const reassign = useCallback((conversationId: string, toAgentId: string) => connection.reassign(conversationId, toAgentId), [connection]);
  const reassigned = (words: string) => {
    setNotice(words);
    refresh();
  };

  return (
    <section class="intent-admin supervisor-board" aria-label={text.names.region}>
      <header>
        <h2>{text.title}</h2>
        <div>
          <button type="button" onClick={refresh}>
            {text.names.refresh}
          </button>{' '}
          <button type="button" onClick={onClose}>
            {text.names.back}
          </button>
        </div>
      </header>
      <p class="field-hint">{text.hint}</p>
      {api.live && <LiveFigures load={api.live} boardLoadedAt={data?.loadedAt ?? null} />}
      {error && (
        <p role="alert" class="error">
          {text.refreshFailed(errorText(strings, error))}
        </p>
      )}
      <p role="status">{data ? notice : !error && strings.loading}</p>
      {data && (
        <>
          <p class="field-hint">{text.updatedAt(formatTime(new Date(data.loadedAt).toISOString(), strings.locale))}</p>
          <h3>{text.queueTitle}</h3>
          <QueueTable queue={data.board.queue} agents={data.board.agents} now={now()} reassign={reassign} onReassigned={reassigned} />
          <h3>{text.agentsTitle}</h3>
          <AgentLoadTable agents={data.board.agents} />
          <h3>{text.assignedTitle}</h3>
          <AssignedTable assigned={data.assigned} agents={data.board.agents} reassign={reassign} onReassigned={reassigned} />
          {api.abuse && <AbuseToday api={api.abuse} agents={data.board.agents} loadedAt={data.loadedAt} connection={connection} />}
        </>
      )}
      {api.abuse && <AbuseAdmin api={api.abuse} />}
    </section>
  );
}
