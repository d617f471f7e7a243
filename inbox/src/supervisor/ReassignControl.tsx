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
import { boardNames, boardText } from './board-text';

interface ReassignControlProps {
  conversation: Conversation;
  agents: SupervisorBoard['agents'];
  reassign: (conversationId: string, toAgentId: string) => Promise<unknown>;
  /** Called after the server accepted, so the board shows the new load at once. */
  onDone: () => void;
}

export function ReassignControl({ conversation, agents, reassign, onDone }: ReassignControlProps) {
  const strings = useStrings();
  const text = boardText[strings.locale];
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const visitor = visitorLabel(conversation);
  const candidates = agents.filter(({ agent }) => agent.id !== conversation.assignedAgentId);

  async function submit(event: Event) {
    event.preventDefault();
    const chosen = candidates.find(({ agent }) => agent.id === target)?.agent;
    if (!chosen) return;
    setBusy(true);
    setOutcome(null);
    try {
      await reassign(conversation.id, chosen.id);
      setOutcome({ ok: true, message: text.moved(chosen.name) });
      setTarget('');
      onDone();
    } catch (failure) {
      const error = toClientError(failure);
      // The shared catalog words this code for the agent themself; here it is about the target.
      const message = error.code === 'PARLEY_ERR_AGENT_AT_CAPACITY' ? text.atCapacity(chosen.name) : errorText(strings, error);
      setOutcome({ ok: false, message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="reassign" onSubmit={submit}>
      <select aria-label={boardNames.reassignTo(visitor)} value={target} disabled={busy} onChange={(event) => setTarget(event.currentTarget.value)}>
        <option value="">{text.chooseAgent}</option>
        {candidates.map(({ agent, openConversations }) => (
          <option key={agent.id} value={agent.id}>
            {`${agent.name} · ${openConversations}/${agent.capacity} · ${text.presence[agent.presence]}`}
          </option>
        ))}
      </select>{' '}
      <button type="submit" aria-label={boardNames.reassign(visitor)} disabled={busy || target === ''}>
        {boardNames.reassignShort}
      </button>
      {busy && <p role="status">{text.moving}</p>}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? undefined : 'error'}>
          {outcome.message}
        </p>
      )}
    </form>
  );
}
