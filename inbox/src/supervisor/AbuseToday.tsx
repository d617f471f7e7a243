/**
 * Agent protection on the supervisor board: how many abusive conversations each agent had
 * today (with a "suggest a break" flag at the site's number) and the conversations whose
 * threats or repeated abuse were escalated to supervisors.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AbuseBoard, AbuseEscalation } from '../../../shared/abuse';
import type { SupervisorBoard } from '../../../shared/http';
import type { AbuseApi } from '../admin/AbuseApi';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { formatTime } from '../lib/format-date';
import { boardText } from './board-text';

interface AbuseTodayProps {
  api: Pick<AbuseApi, 'board'>;
  agents: SupervisorBoard['agents'];
  /** Reloads whenever the board itself reloaded. */
  loadedAt: number;
}

export function AbuseToday({ api, agents, loadedAt }: AbuseTodayProps) {
  const strings = useStrings();
  const text = boardText[strings.locale].abuse;
  const [board, setBoard] = useState<AbuseBoard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
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
  const describe = (escalation: AbuseEscalation) => {
    const visitor = escalation.visitorName ?? text.visitor;
    const what = escalation.reason === 'threat' ? text.threat(visitor) : text.repeated(visitor, escalation.abusiveMessages);
    const agent = nameOf(escalation.agentId);
    return `${formatTime(escalation.at, strings.locale)} ${what}${agent ? ` ${text.withAgent(agent)}` : ''}`;
  };

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
          {board.escalations.length === 0 ? (
            <p class="empty">{text.noEscalations}</p>
          ) : (
            <ul aria-label={text.escalations}>
              {board.escalations.map((escalation) => (
                <li key={`${escalation.conversationId}:${escalation.reason}`} class={escalation.reason === 'threat' ? 'abuse-escalation threat' : 'abuse-escalation'}>
                  {describe(escalation)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
