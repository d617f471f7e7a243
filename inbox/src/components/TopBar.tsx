/**
 * The inbox's header: connection state, the agent's status and language, alert settings
 * and sign-out. Every control has a visible or aria label (see `names` in i18n).
 */
import type { Agent, AgentPresence } from '../../../shared/domain';
import { errorText, useStrings } from '../i18n';
import type { ConnectionStatus } from '../lib/agent-connection';
import type { ParleyClientError } from '../lib/errors';
import type { AlertSettings } from '../lib/use-alerts';
import { useLocaleChoice } from '../locale-choice';

interface TopBarProps {
  agent: Agent;
  status: ConnectionStatus;
  presence: { presence: AgentPresence; choose(presence: AgentPresence): void; error: ParleyClientError | null };
  alerts: AlertSettings;
  onSignOut: () => void;
}

export function TopBar({ agent, status, presence, alerts, onSignOut }: TopBarProps) {
  const strings = useStrings();
  const localeChoice = useLocaleChoice();
  return (
    <header class="topbar">
      <h1>{strings.appTitle}</h1>
      <p class={`connection connection-${status}`} role="status">
        {status === 'online' ? '' : strings.connection[status]}
      </p>
      <p class="who">{strings.signedInAs(agent.name)}</p>
      <label class="inline-field">
        <span>{strings.names.presence}</span>
        <select value={presence.presence} onChange={(event) => presence.choose(event.currentTarget.value as AgentPresence)}>
          {(['online', 'away', 'offline'] as const).map((value) => (
            <option key={value} value={value}>
              {strings.presence[value]}
            </option>
          ))}
        </select>
      </label>
      {presence.error && (
        <p role="alert" class="error">
          {errorText(strings, presence.error)}
        </p>
      )}
      {localeChoice && (
        <label class="inline-field">
          <span>{strings.names.language}</span>
          <select value={localeChoice.locale} onChange={(event) => localeChoice.choose(event.currentTarget.value as 'ko' | 'en')}>
            <option value="ko">한국어</option>
            <option value="en">English</option>
          </select>
        </label>
      )}
      <label class="inline-field">
        <input type="checkbox" checked={alerts.sound} onChange={(event) => alerts.setSound(event.currentTarget.checked)} />
        <span>{strings.names.soundAlerts}</span>
      </label>
      {alerts.permission === 'default' && (
        <button type="button" onClick={alerts.requestPermission}>
          {strings.names.enableNotifications}
        </button>
      )}
      <button type="button" onClick={onSignOut}>
        {strings.names.signOut}
      </button>
    </header>
  );
}
