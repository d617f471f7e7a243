/**
 * Admins manage the people behind the inbox: the agent list with role, presence,
 * capacity and teams; creating agents; editing one inline; and the site's team list.
 */
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Agent } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { AgentForm } from './AgentForm';
import { agentToFields, emptyAgentFields, toAgentCreate, toAgentUpdate } from './agent-form';
import type { AgentsApi } from './agents-api';
import { failureText } from './failure-text';
import type { SettingsApi } from './settings-api';
import { TeamsEditor } from './TeamsEditor';

interface AgentsAdminProps {
  api: AgentsApi;
  settings: SettingsApi;
  onClose: () => void;
}

const byName = (a: Agent, b: Agent) => a.name.localeCompare(b.name);

export function AgentsAdmin({ api, settings, onClose }: AgentsAdminProps) {
  const strings = useStrings();
  const text = strings.agents;
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
      <h2 id="agents-admin-title">{strings.names.screens.agents}</h2>
      <button type="button" onClick={onClose}>{strings.names.back}</button>
    </header>
  );
  if (!agents) {
    return (
      <section class="intent-admin" aria-labelledby="agents-admin-title">
        {header}
        <p role={error ? 'alert' : 'status'}>{error ?? strings.loading}</p>
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
        <caption>{text.caption}</caption>
        <thead>
          <tr>
            {Object.entries(text.columns).map(([key, column]) => (
              <th key={key} scope="col">{column}</th>
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
                  <button type="button" aria-label={text.edit(agent.name)} aria-expanded={editing === agent.id} onClick={() => setEditing(editing === agent.id ? null : agent.id)}>
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
                      label={text.edit(agent.name)}
                      submitLabel={text.saveAgent}
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
          label={text.newAgent}
          submitLabel={text.createAgent}
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
