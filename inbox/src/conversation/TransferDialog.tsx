/**
 * Hands a conversation to another agent or to a team, with a note the next agent reads
 * first. Agents are listed with presence and load so the sender does not pick someone
 * away or full; the server has the last word and its refusal is shown here.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Agent } from '../../../shared/domain';
import type { ConversationTransfer } from '../../../shared/schemas';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { usePaneText } from './text';

interface TransferDialogProps {
  conversationId: string;
  selfAgentId: string;
  agents: readonly Agent[];
  teams: readonly string[];
  onTransfer: (transfer: ConversationTransfer) => Promise<unknown>;
  onDone: (target: string) => void;
  onCancel: () => void;
}

export function TransferDialog({ conversationId, selfAgentId, agents, teams, onTransfer, onDone, onCancel }: TransferDialogProps) {
  const strings = useStrings();
  const text = usePaneText();
  const id = useId();
  const [target, setTarget] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  const others = agents.filter((agent) => agent.id !== selfAgentId);
  async function submit() {
    const [kind, value] = target.split(':', 2) as [string, string | undefined];
    if (!value) return setError(text.chooseTarget);
    const transfer: ConversationTransfer = kind === 'agent' ? { conversationId, toAgentId: value, note } : { conversationId, toTeam: value, note };
    setBusy(true);
    try {
      await onTransfer(transfer);
      onDone(kind === 'agent' ? (others.find((agent) => agent.id === value)?.name ?? value) : value);
    } catch (failure) {
      const refusal = toClientError(failure);
      // The shared catalog words this code for the agent themself; here it is about the target.
      const target = kind === 'agent' ? others.find((agent) => agent.id === value) : undefined;
      setError(refusal.code === 'PARLEY_ERR_AGENT_AT_CAPACITY' && target ? text.targetFull(target.name) : errorText(strings, refusal));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      role="dialog"
      aria-labelledby={`${id}-title`}
      class="dialog"
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h3 id={`${id}-title`}>{text.transferTitle}</h3>
      <p class="hint">{text.transferHint}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label for={`${id}-target`}>{strings.names.transferTo}</label>
        <select id={`${id}-target`} ref={first} value={target} onChange={(event) => setTarget(event.currentTarget.value)}>
          <option value="">—</option>
          <optgroup label={text.agents}>
            {others.map((agent) => (
              <option key={agent.id} value={`agent:${agent.id}`}>
                {agent.name} ({text.presence[agent.presence]})
              </option>
            ))}
          </optgroup>
          <optgroup label={text.teams}>
            {teams.map((team) => (
              <option key={team} value={`team:${team}`}>
                {team}
              </option>
            ))}
          </optgroup>
        </select>
        <label for={`${id}-note`}>{strings.names.transferNote}</label>
        <textarea id={`${id}-note`} rows={3} maxLength={2000} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
        {error && <p role="alert" class="error">{error}</p>}
        <div class="dialog-actions">
          <button type="submit" class="primary" disabled={busy}>
            {strings.names.transfer}
          </button>
          <button type="button" onClick={onCancel}>
            {strings.names.cancel}
          </button>
        </div>
      </form>
    </div>
  );
}
