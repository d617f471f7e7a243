/** Conversations agents hold now, each with a control to hand it to someone else. */
import type { Conversation } from '../../../shared/domain';
import type { SupervisorBoard } from '../../../shared/http';
import { useStrings } from '../i18n';
import { visitorLabel } from '../lib/conversations';
import { boardText } from './board-text';
import { ReassignControl } from './ReassignControl';

interface AssignedTableProps {
  assigned: Conversation[];
  agents: SupervisorBoard['agents'];
  reassign: (conversationId: string, toAgentId: string) => Promise<unknown>;
  onReassigned: (notice: string) => void;
}

export function AssignedTable({ assigned, agents, reassign, onReassigned }: AssignedTableProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  if (assigned.length === 0) return <p class="empty">{text.noAssigned}</p>;
  return (
    <table aria-label={text.names.assigned}>
      <thead>
        <tr>
          <th scope="col">{text.column.visitor}</th>
          <th scope="col">{text.column.assignedTo}</th>
          <th scope="col">{text.column.team}</th>
          <th scope="col">{text.column.moveTo}</th>
        </tr>
      </thead>
      <tbody>
        {assigned.map((conversation) => (
          <tr key={conversation.id}>
            <th scope="row">{visitorLabel(conversation, strings.names)}</th>
            <td>{conversation.assignedAgentName ?? text.none}</td>
            <td>{conversation.team ?? text.anyTeam}</td>
            <td>
              <ReassignControl conversation={conversation} agents={agents} reassign={reassign} onDone={onReassigned} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
