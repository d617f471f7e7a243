/**
 * Hands one conversation to an agent the supervisor picks. The server decides whether the
 * target may take it (capacity, site); its refusal is shown beside the control.
 */
import { useState } from 'preact/hooks';
import type { Conversation } from '../../../shared/domain';
import type { SupervisorBoard } from '../../../shared/http';
import { errorText, useStrings } from '../i18n';
import { visitorLabel } from '../lib/conversations';
import { toClientError } from '../lib/errors';
import { boardText } from './board-text';

interface ReassignControlProps {
  conversation: Conversation;
  agents: SupervisorBoard['agents'];
  reassign: (conversationId: string, toAgentId: string) => Promise<unknown>;
  /**
   * Called after the server accepted, with words saying so: the board refreshes and the row
   * may move to another table, so the board, not this control, keeps the announcement.
   */
  onDone: (notice: string) => void;
}

export function ReassignControl({ conversation, agents, reassign, onDone }: ReassignControlProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const visitor = visitorLabel(conversation, strings.names);
  const candidates = agents.filter(({ agent }) => agent.id !== conversation.assignedAgentId);

  async function submit(event: Event) {
    event.preventDefault();
    const chosen = candidates.find(({ agent }) => agent.id === target)?.agent;
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await reassign(conversation.id, chosen.id);
      setTarget('');
      onDone(text.moved(chosen.name));
    } catch (failure) {
      const refusal = toClientError(failure);
      // The shared catalog words this code for the agent themself; here it is about the target.
      setError(refusal.code === 'PARLEY_ERR_AGENT_AT_CAPACITY' ? text.atCapacity(chosen.name) : errorText(strings, refusal));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="reassign" onSubmit={submit}>
      <select aria-label={text.names.reassignTo(visitor)} value={target} disabled={busy} onChange={(event) => setTarget(event.currentTarget.value)}>
        <option value="">{text.chooseAgent}</option>
        {candidates.map(({ agent, openConversations }) => (
          <option key={agent.id} value={agent.id}>
            {`${agent.name} · ${openConversations}/${agent.capacity} · ${text.presence[agent.presence]}`}
          </option>
        ))}
      </select>{' '}
      <button type="submit" aria-label={text.names.reassign(visitor)} disabled={busy || target === ''}>
        {text.names.reassignShort}
      </button>
      {busy && <p role="status">{text.moving}</p>}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
