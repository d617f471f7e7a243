/**
 * Admins manage the people behind the inbox: the agent list with role, presence,
 * capacity and teams; creating agents; editing one inline; and the site's team list.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Agent, AgentPresence, AgentRole } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { AgentForm } from './AgentForm';
import { agentToFields, emptyAgentFields, toAgentCreate, toAgentUpdate } from './agent-form';
import type { AgentsApi } from './agents-api';
import { failureText } from './failure-text';
import type { SettingsApi } from './settings-api';
import { TeamsEditor } from './TeamsEditor';

const texts = {
  en: {
    title: 'Agents and teams',
    loading: 'Loading…',
    columns: ['Name', 'Email', 'Role', 'Status', 'Capacity', 'Teams', ''],
    role: { agent: 'Agent', supervisor: 'Supervisor', admin: 'Admin' } satisfies Record<AgentRole, string>,
    presence: { online: 'Online', away: 'Away', offline: 'Offline' } satisfies Record<AgentPresence, string>,
    noTeams: '—',
    newAgent: 'New agent',
    created: (name: string) => `Created agent ${name}.`,
    saved: (name: string) => `Saved ${name}.`,
    lastAdmin: 'The site needs at least one admin: make someone else an admin first.',
    deactivated: 'Deactivated',
    deactivate: (name: string) => `Deactivate ${name}`,
    reactivate: (name: string) => `Reactivate ${name}`,
    resetPassword: (name: string) => `Reset password of ${name}`,
    remove: (name: string) => `Delete ${name}`,
    confirmRemove: (name: string) => `Delete ${name}? Their open chats go back to the queue. This cannot be undone.`,
    wasDeactivated: (name: string) => `Deactivated ${name}: signed out, and their chats went back to the queue.`,
    wasReactivated: (name: string) => `Reactivated ${name}.`,
    wasReset: (name: string, password: string) => `New one-time password for ${name}: ${password} — give it to them privately; it is shown only now.`,
    wasRemoved: (name: string) => `Deleted ${name}.`,
  },
  ko: {
    title: '상담원과 팀',
    loading: '불러오는 중…',
    columns: ['이름', '이메일', '역할', '상태', '동시 상담 수', '팀', ''],
    role: { agent: '상담원', supervisor: '슈퍼바이저', admin: '관리자' } satisfies Record<AgentRole, string>,
    presence: { online: '온라인', away: '자리 비움', offline: '오프라인' } satisfies Record<AgentPresence, string>,
    noTeams: '—',
    newAgent: '새 상담원',
    created: (name: string) => `${name} 상담원을 만들었습니다.`,
    saved: (name: string) => `${name} 상담원 정보를 저장했습니다.`,
    lastAdmin: '관리자가 최소 한 명은 있어야 합니다. 먼저 다른 사람을 관리자로 지정해 주세요.',
    deactivated: '비활성',
    deactivate: (name: string) => `${name} 상담원 비활성화`,
    reactivate: (name: string) => `${name} 상담원 다시 활성화`,
    resetPassword: (name: string) => `${name} 상담원 비밀번호 재설정`,
    remove: (name: string) => `${name} 상담원 삭제`,
    confirmRemove: (name: string) => `${name} 상담원을 삭제할까요? 진행 중인 상담은 대기열로 돌아가며, 되돌릴 수 없습니다.`,
    wasDeactivated: (name: string) => `${name} 상담원을 비활성화했습니다. 로그아웃되었고 진행 중인 상담은 대기열로 돌아갔습니다.`,
    wasReactivated: (name: string) => `${name} 상담원을 다시 활성화했습니다.`,
    wasReset: (name: string, password: string) => `${name} 상담원의 일회용 비밀번호: ${password} — 지금만 표시되니 따로 안전하게 전달해 주세요.`,
    wasRemoved: (name: string) => `${name} 상담원을 삭제했습니다.`,
  },
};

interface AgentsAdminProps {
  api: AgentsApi;
  settings: SettingsApi;
  onClose: () => void;
}

const byName = (a: Agent, b: Agent) => a.name.localeCompare(b.name);

export function AgentsAdmin({ api, settings, onClose }: AgentsAdminProps) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const [agents, setAgents] = useState<Agent[] | null>(null);
  const [teams, setTeams] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([api.list(), settings.get()]).then(
      ([listed, site]) => (setAgents([...listed].sort(byName)), setTeams(site.teams)),
      (failure) => setError(failureText(strings, failure)),
    );
  }, [api, settings, strings]);

  const header = (
    <header>
      <h2 id="agents-admin-title">{text.title}</h2>
      <button type="button" onClick={onClose}>Back to conversations</button>
    </header>
  );
  if (!agents) {
    return (
      <section class="intent-admin" aria-labelledby="agents-admin-title">
        {header}
        <p role={error ? 'alert' : 'status'}>{error ?? text.loading}</p>
      </section>
    );
  }

  // Functional updates: a create and an edit may finish in either order.
  const replace = (agent: Agent) => setAgents((current) => current && current.map((other) => (other.id === agent.id ? agent : other)).sort(byName));
  /** Runs an account action, reporting its outcome (or the server's refusal, e.g. the last admin). */
  const act = (action: () => Promise<string>) => {
    setError(null);
    action().then(setStatus, (failure) => (setStatus(null), setError(failureText(strings, failure))));
  };
  const toggleActive = (agent: Agent) =>
    act(async () => {
      const active = agent.active === false;
      replace(await api.setActive(agent.id, active));
      return active ? text.wasReactivated(agent.name) : text.wasDeactivated(agent.name);
    });
  const resetPassword = (agent: Agent) => act(async () => text.wasReset(agent.name, await api.resetPassword(agent.id)));
  const remove = (agent: Agent) => {
    if (!window.confirm(text.confirmRemove(agent.name))) return;
    act(async () => {
      await api.remove(agent.id);
      setAgents((current) => current && current.filter((other) => other.id !== agent.id));
      return text.wasRemoved(agent.name);
    });
  };

  return (
    <section class="intent-admin" aria-labelledby="agents-admin-title">
      {header}
      {status && <p role="status">{status}</p>}
      {error && <p role="alert">{error}</p>}
      <table class="admin-table">
        <caption>Agents</caption>
        <thead>
          <tr>
            {text.columns.map((column, index) => (
              <th key={index} scope="col">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {agents.map((agent) => (
            <Fragment key={agent.id}>
              <tr>
                <th scope="row">{agent.name}</th>
                <td>{agent.email}</td>
                <td>{text.role[agent.role]}</td>
                <td>{agent.active === false ? text.deactivated : text.presence[agent.presence]}</td>
                <td>{agent.capacity}</td>
                <td>{agent.teams.length > 0 ? agent.teams.join(', ') : text.noTeams}</td>
                <td>
                  <button type="button" aria-label={`Edit agent ${agent.name}`} aria-expanded={editing === agent.id} onClick={() => setEditing(editing === agent.id ? null : agent.id)}>
                    ✎
                  </button>
                  <button type="button" aria-label={agent.active === false ? text.reactivate(agent.name) : text.deactivate(agent.name)} onClick={() => toggleActive(agent)}>
                    {agent.active === false ? '↺' : '⏻'}
                  </button>
                  <button type="button" aria-label={text.resetPassword(agent.name)} onClick={() => resetPassword(agent)}>
                    🔑
                  </button>
                  <button type="button" aria-label={text.remove(agent.name)} onClick={() => remove(agent)}>
                    🗑
                  </button>
                </td>
              </tr>
              {editing === agent.id && (
                <tr>
                  <td colSpan={7}>
                    <AgentForm
                      mode="edit"
                      label={`Edit agent ${agent.name}`}
                      submitLabel="Save agent"
                      initial={agentToFields(agent)}
                      teams={teams}
                      check={toAgentUpdate}
                      save={async (change) => {
                        const admins = agents.filter((other) => other.role === 'admin' && other.id !== agent.id);
                        if (agent.role === 'admin' && change.role !== 'admin' && admins.length === 0) throw new Error(text.lastAdmin);
                        const updated = await api.update(agent.id, change);
                        replace(updated);
                        setEditing(null);
                        setStatus(text.saved(updated.name));
                      }}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="new-agent-title" class="admin-panel">
        <h3 id="new-agent-title">{text.newAgent}</h3>
        <AgentForm
          mode="create"
          label="New agent"
          submitLabel="Create agent"
          initial={emptyAgentFields}
          teams={teams}
          check={toAgentCreate}
          save={async (input) => {
            const created = await api.create(input);
            setAgents((current) => current && [...current, created].sort(byName));
            setStatus(text.created(created.name));
          }}
        />
      </section>
      <TeamsEditor
        teams={teams}
        agents={agents}
        save={async (next) => {
          setTeams((await settings.update({ teams: next })).teams);
        }}
      />
    </section>
  );
}
