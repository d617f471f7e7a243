/** Conversations waiting for an agent, in the order the router will serve them. */
import type { Conversation } from '../../../shared/domain';
import type { SupervisorBoard } from '../../../shared/http';
import { useStrings } from '../i18n';
import { visitorLabel } from '../lib/conversations';
import { boardText } from './board-text';
import { ReassignControl } from './ReassignControl';

interface QueueTableProps {
  queue: Conversation[];
  agents: SupervisorBoard['agents'];
  now: number;
  reassign: (conversationId: string, toAgentId: string) => Promise<unknown>;
  onReassigned: (notice: string) => void;
}

export function QueueTable({ queue, agents, now, reassign, onReassigned }: QueueTableProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  if (queue.length === 0) return <p class="empty">{text.emptyQueue}</p>;
  return (
    <table aria-label={text.names.queue}>
      <thead>
        <tr>
          <th scope="col">{text.column.visitor}</th>
          <th scope="col">{text.column.waiting}</th>
          <th scope="col">{text.column.team}</th>
          <th scope="col">{text.column.priority}</th>
          <th scope="col">{text.column.moveTo}</th>
        </tr>
      </thead>
      <tbody>
        {queue.map((conversation) => {
          const since = Date.parse(conversation.queuedAt ?? conversation.createdAt);
          return (
            <tr key={conversation.id}>
              <th scope="row">{visitorLabel(conversation, strings.names)}</th>
              <td>
                <time dateTime={conversation.queuedAt ?? conversation.createdAt}>{text.waited(Math.max(0, Math.floor((now - since) / 1000)))}</time>
              </td>
              <td>{conversation.team ?? text.anyTeam}</td>
              <td>{conversation.priority}</td>
              <td>
                <ReassignControl conversation={conversation} agents={agents} reassign={reassign} onDone={onReassigned} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
