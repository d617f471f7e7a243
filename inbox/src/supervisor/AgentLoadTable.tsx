/** Every agent of the site: presence, open conversations against capacity, teams. */
import type { SupervisorBoard } from '../../../shared/http';
import { useStrings } from '../i18n';
import { boardText } from './board-text';

export function AgentLoadTable({ agents }: { agents: SupervisorBoard['agents'] }) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  if (agents.length === 0) return <p class="empty">{text.noAgents}</p>;
  return (
    <table aria-label={text.names.agents}>
      <thead>
        <tr>
          <th scope="col">{text.column.agent}</th>
          <th scope="col">{text.column.presence}</th>
          <th scope="col">{text.column.load}</th>
          <th scope="col">{text.column.teams}</th>
        </tr>
      </thead>
      <tbody>
        {agents.map(({ agent, openConversations }) => (
          <tr key={agent.id} class={`presence-${agent.presence}`}>
            <th scope="row">{agent.name}</th>
            <td>{text.presence[agent.presence]}</td>
            <td>
              {`${openConversations}/${agent.capacity}`}
              {openConversations >= agent.capacity && <span class="tag">{text.full}</span>}
            </td>
            <td>{agent.teams.length > 0 ? agent.teams.join(', ') : text.none}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
