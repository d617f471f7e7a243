/**
 * One form for creating an agent and for editing one: name, (email and password on
 * create), role, capacity and teams. It checks values before sending and keeps what the
 * admin typed when the server refuses, showing the server's reason.
 */
import { useId, useState } from 'preact/hooks';
import type { AgentRole } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { AGENT_ROLES, type AgentField, type AgentFields, type Checked } from './agent-form';
import { useCheckedSubmit } from './use-checked-submit';

interface AgentFormProps<T> {
  /** The form's accessible name, e.g. "New agent" or "Edit agent Mina". */
  label: string;
  submitLabel: string;
  initial: AgentFields;
  /** The site's teams, offered as checkboxes. */
  teams: string[];
  /** Create asks for email and password; edit does not. */
  mode: 'create' | 'edit';
  check: (fields: AgentFields) => Checked<T>;
  /** Rejects to keep the form as typed and show the reason. */
  save: (value: T) => Promise<void>;
  onCancel?: () => void;
}

export function AgentForm<T>({ label, submitLabel, initial, teams, mode, check, save, onCancel }: AgentFormProps<T>) {
  const strings = useStrings();
  const agents = strings.agents;
  const text = agents.form;
  const fieldLabels: Record<AgentField, string> = { name: strings.names.name, email: strings.names.email, password: strings.names.password, capacity: agents.columns.capacity };
  const id = useId();
  const [fields, setFields] = useState<AgentFields>(initial);
  const { invalid, error, busy, submit: submitChecked } = useCheckedSubmit<T, AgentField>({
    fixText: text.fix,
    save,
    onSaved: () => mode === 'create' && setFields(initial),
  });
  const submit = () => submitChecked(check(fields));

  const input = (name: AgentField, type: string, autoComplete: string, hint?: string) => {
    const described = [invalid.includes(name) ? `${id}-${name}-error` : '', hint ? `${id}-${name}-hint` : ''].filter(Boolean).join(' ');
    return (
      <div class="field">
        <label for={`${id}-${name}`}>{fieldLabels[name]}</label>
        <input
          id={`${id}-${name}`}
          type={type}
          autoComplete={autoComplete}
          value={fields[name]}
          aria-invalid={invalid.includes(name) || undefined}
          aria-describedby={described || undefined}
          onInput={(event) => setFields({ ...fields, [name]: event.currentTarget.value })}
          {...(name === 'capacity' ? { inputMode: 'numeric' as const } : {})}
        />
        {hint && <p id={`${id}-${name}-hint`} class="field-hint">{hint}</p>}
        {invalid.includes(name) && <p id={`${id}-${name}-error`} class="field-error">{text.invalid[name]}</p>}
      </div>
    );
  };

  const offered = [...teams, ...fields.teams.filter((team) => !teams.includes(team))];
  const toggleTeam = (team: string, on: boolean) =>
    setFields({ ...fields, teams: on ? [...fields.teams, team] : fields.teams.filter((other) => other !== team) });

  return (
    <form aria-label={label} class="agent-form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())}>
      {error && <p role="alert">{error}</p>}
      {input('name', 'text', 'off')}
      {mode === 'create' && input('email', 'email', 'off')}
      {mode === 'create' && input('password', 'password', 'new-password', strings.passwordHint)}
      <div class="field">
        <label for={`${id}-role`}>{agents.columns.role}</label>
        <select id={`${id}-role`} value={fields.role} aria-describedby={`${id}-role-hint`} onChange={(event) => setFields({ ...fields, role: event.currentTarget.value as AgentRole })}>
          {AGENT_ROLES.map((role) => (
            <option key={role} value={role}>{agents.role[role]}</option>
          ))}
        </select>
        <p id={`${id}-role-hint`} class="field-hint">{text.roleHint}</p>
      </div>
      {input('capacity', 'text', 'off', mode === 'create' ? `${text.capacityHint} ${text.capacityDefault}` : text.capacityHint)}
      <fieldset>
        <legend>{agents.columns.teams}</legend>
        {offered.length === 0 && <p class="field-hint">{text.noTeams}</p>}
        {offered.map((team) => (
          <label key={team} class="checkbox">
            <input type="checkbox" checked={fields.teams.includes(team)} onChange={(event) => toggleTeam(team, event.currentTarget.checked)} />
            {team}
          </label>
        ))}
      </fieldset>
      <div class="form-actions">
        <button type="submit" disabled={busy}>{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel}>{strings.names.cancel}</button>}
      </div>
    </form>
  );
}
