/**
 * Agent protection on the supervisor board: how many abusive conversations each agent had
 * today (with a "suggest a break" flag at the site's number) and the conversations whose
 * threats or repeated abuse were escalated to supervisors, new ones added the moment the
 * server sends them (`abuse:escalated`) rather than at the board's next refresh.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AbuseBoard, AbuseEscalation } from '../../../shared/abuse';
import type { SupervisorBoard } from '../../../shared/http';
import type { AbuseApi } from '../admin/AbuseApi';
import { errorText, useStrings } from '../i18n';
import type { AgentConnection } from '../lib/agent-connection';
import { toClientError } from '../lib/errors';
import { boardText } from './board-text';
import { describeEscalation, escalationKey, mergeEscalations } from './escalations';

interface AbuseTodayProps {
  api: Pick<AbuseApi, 'board'>;
  agents: SupervisorBoard['agents'];
  /** Reloads whenever the board itself reloaded. */
  loadedAt: number;
  /** Live escalations, listed at once. */
  connection?: Pick<AgentConnection, 'onAbuseEscalated'>;
}

export function AbuseToday({ api, agents, loadedAt, connection }: AbuseTodayProps) {
  const strings = useStrings();
  const text = boardText[strings.locale].abuse;
  const [board, setBoard] = useState<AbuseBoard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [live, setLive] = useState<AbuseEscalation[]>([]);
  useEffect(() => connection?.onAbuseEscalated((escalation) => setLive((held) => [escalation, ...held])), [connection]);
  useEffect(() => {
    let current = true;
    api.board().then(
      (next) => current && (setBoard(next), setFailure(null)),
      (error: unknown) => current && setFailure(text.failed(errorText(strings, toClientError(error)))),
    );
    return () => {
      current = false;
    };
  }, [api, loadedAt]);

  const nameOf = (agentId: string | null) => agents.find(({ agent }) => agent.id === agentId)?.agent.name ?? null;
  const escalations = board ? mergeEscalations(board.escalations, live) : [];

  return (
    <section aria-label={text.title}>
      <h3>{text.title}</h3>
      {failure && (
        <p role="alert" class="error">
          {failure}
        </p>
      )}
      {board &&
        (board.agents.length === 0 ? (
          <p class="empty">{text.none}</p>
        ) : (
          <table aria-label={text.agents}>
            <thead>
              <tr>
                <th scope="col">{text.column.agent}</th>
                <th scope="col">{text.column.conversations}</th>
                <th scope="col">{text.column.note}</th>
              </tr>
            </thead>
            <tbody>
              {board.agents.map((row) => (
                <tr key={row.agentId}>
                  <th scope="row">{nameOf(row.agentId) ?? row.agentId}</th>
                  <td>{row.conversations}</td>
                  <td>{row.suggestBreak && <span class="tag">{text.suggestBreak}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {board && (
        <>
          <h4>{text.escalations}</h4>
          {escalations.length === 0 ? (
            <p class="empty">{text.noEscalations}</p>
          ) : (
            <ul aria-label={text.escalations}>
              {escalations.map((escalation) => (
                <li key={escalationKey(escalation)} class={escalation.reason === 'threat' ? 'abuse-escalation threat' : 'abuse-escalation'}>
                  {describeEscalation(strings.locale, escalation, nameOf(escalation.agentId))}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
