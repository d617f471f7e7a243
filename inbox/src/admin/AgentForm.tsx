/**
 * One form for creating an agent and for editing one: name, (email and password on
 * create), role, capacity and teams. It checks values before sending and keeps what the
 * admin typed when the server refuses, showing the server's reason.
 */
import { useId, useState } from 'preact/hooks';
import type { AgentRole } from '../../../shared/domain';
import { names, useStrings } from '../i18n';
import { AGENT_ROLES, MAX_CAPACITY, type AgentField, type AgentFields, type Checked } from './agent-form';
import { useCheckedSubmit } from './use-checked-submit';

const texts = {
  en: {
    invalid: {
      name: 'Enter a name of 1–80 characters.',
      email: 'Enter an email address like mina@example.com.',
      password: 'The password needs at least 8 characters.',
      capacity: `Capacity must be a whole number from 0 to ${MAX_CAPACITY}.`,
    } satisfies Record<AgentField, string>,
    fix: 'Please correct the marked fields.',
    capacityHint: `Most conversations auto-assignment gives this agent at once (0–${MAX_CAPACITY}); 0 stops new assignments.`,
    capacityDefault: 'Leave empty for the server’s default.',
    roleHint: 'Supervisors also see the live board and manage team replies; admins manage everything.',
    noTeams: 'This site has no teams yet. Add some under Teams.',
  },
  ko: {
    invalid: {
      name: '이름을 1~80자로 입력해 주세요.',
      email: 'mina@example.com 같은 이메일 주소를 입력해 주세요.',
      password: '비밀번호는 8자 이상이어야 합니다.',
      capacity: `동시 상담 수는 0~${MAX_CAPACITY} 사이의 정수여야 합니다.`,
    } satisfies Record<AgentField, string>,
    fix: '표시된 항목을 고쳐 주세요.',
    capacityHint: `자동 배정으로 한 번에 맡을 수 있는 최대 대화 수입니다(0~${MAX_CAPACITY}). 0이면 새 대화를 배정하지 않습니다.`,
    capacityDefault: '비워 두면 서버 기본값을 사용합니다.',
    roleHint: '슈퍼바이저는 실시간 현황판과 팀 상용구도 관리하고, 관리자는 모든 설정을 관리합니다.',
    noTeams: '아직 팀이 없습니다. 팀 목록에서 먼저 추가해 주세요.',
  },
};

const FIELD_LABELS: Record<AgentField, string> = { name: names.name, email: names.email, password: names.password, capacity: 'Capacity' };

export const ROLE_LABELS: Record<AgentRole, string> = { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' };

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
  const text = texts[strings.locale];
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
        <label for={`${id}-${name}`}>{FIELD_LABELS[name]}</label>
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
        <label for={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={fields.role} aria-describedby={`${id}-role-hint`} onChange={(event) => setFields({ ...fields, role: event.currentTarget.value as AgentRole })}>
          {AGENT_ROLES.map((role) => (
            <option key={role} value={role}>{ROLE_LABELS[role]}</option>
          ))}
        </select>
        <p id={`${id}-role-hint`} class="field-hint">{text.roleHint}</p>
      </div>
      {input('capacity', 'text', 'off', mode === 'create' ? `${text.capacityHint} ${text.capacityDefault}` : text.capacityHint)}
      <fieldset>
        <legend>Teams</legend>
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
        {onCancel && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
    </form>
  );
}
