/**
 * A supervisor or admin hears of an escalation (a threat, or repeated abuse) the moment the
 * server sends it, on whatever screen they are: an alert naming the conversation's visitor,
 * the reason and the agent, until they dismiss it. The board's list has it too (AbuseToday).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AbuseEscalation } from '../../../shared/abuse';
import { useStrings } from '../i18n';
import type { AgentConnection } from '../lib/agent-connection';
import { boardText } from './board-text';
import { describeEscalation, escalationKey } from './escalations';

interface EscalationAlertsProps {
  connection: Pick<AgentConnection, 'onAbuseEscalated'>;
  /** The agent's name by id, when the screen knows it. */
  agentName?: (agentId: string) => string | null;
}

export function EscalationAlerts({ connection, agentName }: EscalationAlertsProps) {
  const strings = useStrings();
  const text = boardText[strings.locale].abuse;
  const [alerts, setAlerts] = useState<AbuseEscalation[]>([]);
  useEffect(
    () => connection.onAbuseEscalated((escalation) => setAlerts((held) => [escalation, ...held.filter((alert) => escalationKey(alert) !== escalationKey(escalation))])),
    [connection],
  );
  if (alerts.length === 0) return null;
  return (
    <section class="escalation-alerts" aria-label={text.alerts}>
      {alerts.map((escalation) => (
        <div key={escalationKey(escalation)} role="alert" class={escalation.reason === 'threat' ? 'abuse-banner threat' : 'abuse-banner'}>
          <p>{text.alert(describeEscalation(strings.locale, escalation, escalation.agentId ? (agentName?.(escalation.agentId) ?? null) : null))}</p>
          <button type="button" onClick={() => setAlerts((held) => held.filter((alert) => alert !== escalation))}>
            {text.dismissAlert}
          </button>
        </div>
      ))}
    </section>
  );
}
