import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Agent } from '../../../shared/domain';
import type { AgentCreate, AgentUpdate, SettingsUpdate } from '../../../shared/schemas';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_ROUTING_SETTINGS, DEFAULT_WIDGET_SETTINGS, type SiteSettings } from '../../../shared/settings';
import { stringsFor, StringsContext } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import type { AgentsApi } from './agents-api';
import { AgentsAdmin } from './AgentsAdmin';
import type { SettingsApi } from './settings-api';

const mina: Agent = { id: 'a1', email: 'mina@example.com', name: 'Mina', role: 'agent', presence: 'online', capacity: 3, teams: ['billing'] };
const admin: Agent = { id: 'a0', email: 'admin@example.com', name: 'Admin', role: 'admin', presence: 'away', capacity: 2, teams: [] };

function fakeApis() {
  let agents = [admin, mina];
  const created: AgentCreate[] = [];
  const updated: { id: string; change: AgentUpdate }[] = [];
  const settingsUpdates: SettingsUpdate[] = [];
  const removed: string[] = [];
  let settings: SiteSettings = { routing: DEFAULT_ROUTING_SETTINGS, businessHours: DEFAULT_BUSINESS_HOURS, teams: ['billing', 'tech'], politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES, widget: DEFAULT_WIDGET_SETTINGS };
  const api: AgentsApi = {
    list: async () => agents,
    create: async (input) => {
      created.push(input);
      if (agents.some((agent) => agent.email === input.email)) throw new ParleyClientError('PARLEY_ERR_INVALID_PAYLOAD', 'an agent with this email already exists');
      const agent: Agent = { id: `a${agents.length + 1}`, email: input.email, name: input.name, role: input.role ?? 'agent', presence: 'offline', capacity: input.capacity ?? 5, teams: input.teams ?? [] };
      agents = [...agents, agent];
      return agent;
    },
    update: async (id, change) => {
      updated.push({ id, change });
      const agent = { ...agents.find((other) => other.id === id)!, ...change } as Agent;
      agents = agents.map((other) => (other.id === id ? agent : other));
      return agent;
    },
    setActive: async (id, active) => {
      if (id === admin.id) throw new ParleyClientError('PARLEY_ERR_FORBIDDEN', 'this is the last active admin: make another agent admin first');
      const agent: Agent = { ...agents.find((other) => other.id === id)!, active, ...(active ? {} : { presence: 'offline' as const }) };
      agents = agents.map((other) => (other.id === id ? agent : other));
      return agent;
    },
    resetPassword: async () => 'one-time-Secret9',
    remove: async (id) => {
      removed.push(id);
      agents = agents.filter((other) => other.id !== id);
    },
  };
  const settingsApi: SettingsApi = {
    get: async () => settings,
    update: async (change) => {
      settingsUpdates.push(change);
      settings = { ...settings, ...(change as Partial<SiteSettings>) };
      return settings;
    },
  };
  return { api, settingsApi, created, updated, settingsUpdates, removed };
}

const newAgentForm = () => screen.getByRole('form', { name: 'New agent' });
const type = (form: HTMLElement, name: string, value: string) => fireEvent.input(within(form).getByLabelText(name), { target: { value } });

describe('the agents and teams admin', () => {
  it('lists each agent with email, role, status, capacity and teams', async () => {
    const { api, settingsApi } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    const row = (await screen.findByRole('rowheader', { name: 'Mina' })).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['mina@example.com', 'Agent', 'Online', '3', 'billing', expect.any(String)]);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Admin', 'Mina']);
  });

  it('creates an agent with the chosen role, capacity and teams, lists them and clears the form', async () => {
    const { api, settingsApi, created } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    await screen.findByRole('rowheader', { name: 'Mina' });
    const form = newAgentForm();
    type(form, 'Name', ' Joon ');
    type(form, 'Email', 'joon@example.com');
    type(form, 'Password', 'joon-password');
    fireEvent.change(within(form).getByRole('combobox', { name: 'Role' }), { target: { value: 'supervisor' } });
    type(form, 'Capacity', '4');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'tech' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Create agent' }));
    await screen.findByRole('rowheader', { name: 'Joon' });
    expect(created).toEqual([{ name: 'Joon', email: 'joon@example.com', password: 'joon-password', role: 'supervisor', capacity: 4, teams: ['tech'] }]);
    expect(screen.getByRole('status').textContent).toContain('Joon');
    expect((within(form).getByLabelText('Email') as HTMLInputElement).value).toBe('');
  });

  it('refuses a capacity outside 0–50 or a short password and sends nothing', async () => {
    const { api, settingsApi, created } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    await screen.findByRole('rowheader', { name: 'Mina' });
    const form = newAgentForm();
    type(form, 'Name', 'Joon');
    type(form, 'Email', 'joon@example.com');
    type(form, 'Password', 'short');
    type(form, 'Capacity', '51');
    fireEvent.click(within(form).getByRole('button', { name: 'Create agent' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(within(form).getByLabelText('Capacity').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
    expect(created).toEqual([]);
  });

  it('shows the server’s reason for a duplicate email and keeps what the admin typed', async () => {
    const { api, settingsApi, created } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    await screen.findByRole('rowheader', { name: 'Mina' });
    const form = newAgentForm();
    type(form, 'Name', 'Mina Two');
    type(form, 'Email', 'mina@example.com');
    type(form, 'Password', 'mina-password');
    fireEvent.click(within(form).getByRole('button', { name: 'Create agent' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('an agent with this email already exists');
    expect(created).toHaveLength(1);
    expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Mina Two');
    expect((within(form).getByLabelText('Email') as HTMLInputElement).value).toBe('mina@example.com');
    expect(screen.queryByRole('rowheader', { name: 'Mina Two' })).toBeNull();
  });

  it('edits an agent’s role, capacity and teams inline', async () => {
    const { api, settingsApi, updated } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit agent Mina' }));
    const form = screen.getByRole('form', { name: 'Edit agent Mina' });
    expect(within(form).queryByLabelText('Password')).toBeNull();
    fireEvent.change(within(form).getByRole('combobox', { name: 'Role' }), { target: { value: 'supervisor' } });
    type(form, 'Capacity', '6');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'billing' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'tech' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save agent' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit agent Mina' })).toBeNull());
    expect(updated).toEqual([{ id: 'a1', change: { name: 'Mina', role: 'supervisor', capacity: 6, teams: ['tech'] } }]);
    const row = screen.getByRole('rowheader', { name: 'Mina' }).closest('tr')!;
    expect(row.textContent).toContain('Supervisor');
    expect(row.textContent).toContain('tech');
  });

  it('keeps the only admin an admin', async () => {
    const { api, settingsApi, updated } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit agent Admin' }));
    const form = screen.getByRole('form', { name: 'Edit agent Admin' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Role' }), { target: { value: 'agent' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save agent' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('at least one admin');
    expect(updated).toEqual([]);
  });

  it('deactivates and reactivates an agent, and shows the server’s refusal for the last admin', async () => {
    const { api, settingsApi } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Deactivate Mina' }));
    expect((await screen.findByRole('status')).textContent).toContain('Deactivated Mina');
    const row = screen.getByRole('rowheader', { name: 'Mina' }).closest('tr')!;
    expect(row.querySelectorAll('td')[2]!.textContent).toBe('Deactivated');
    fireEvent.click(screen.getByRole('button', { name: 'Reactivate Mina' }));
    expect((await screen.findByRole('status')).textContent).toContain('Reactivated Mina');
    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Admin' }));
    expect((await screen.findByRole('alert')).textContent).toContain('last active admin');
  });

  it('shows a reset one-time password once, and deletes an agent after confirming', async () => {
    const { api, settingsApi, removed } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset password of Mina' }));
    expect((await screen.findByRole('status')).textContent).toContain('one-time-Secret9');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Mina' }));
    expect(removed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Mina' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Mina' })).toBeNull());
    expect(removed).toEqual(['a1']);
    confirm.mockRestore();
  });

  it('adds and removes site teams through the settings, refusing a duplicate name', async () => {
    const { api, settingsApi, settingsUpdates } = fakeApis();
    render(<AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />);
    await screen.findByRole('list', { name: 'Site teams' });
    const add = screen.getByRole('form', { name: 'Add team' });
    type(add, 'New team', 'Billing');
    fireEvent.click(within(add).getByRole('button', { name: 'Add team' }));
    expect((await within(screen.getByRole('region', { name: 'Teams' })).findByRole('alert')).textContent).toContain('billing');
    type(add, 'New team', 'sales');
    fireEvent.click(within(add).getByRole('button', { name: 'Add team' }));
    await waitFor(() => expect(settingsUpdates).toEqual([{ teams: ['billing', 'tech', 'sales'] }]));
    expect(await within(newAgentForm()).findByRole('checkbox', { name: 'sales' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove team tech' }));
    await waitFor(() => expect(settingsUpdates[1]).toEqual({ teams: ['billing', 'sales'] }));
    expect(within(screen.getByRole('list', { name: 'Site teams' })).queryByText('tech')).toBeNull();
  });
});

/** Every word the screen shows or names a control with, minus the agents' own data. */
function shownWords(root: Element, data: string[]): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  while (walker.nextNode()) words.push(walker.currentNode.textContent ?? '');
  root.querySelectorAll('[aria-label]').forEach((element) => words.push(element.getAttribute('aria-label')!));
  return words.map((word) => data.reduce((rest, piece) => rest.split(piece).join(' '), word).trim()).filter(Boolean);
}

describe('the agents admin in Korean', () => {
  it('names every column, control and message in Korean, with no English left', async () => {
    const { api, settingsApi } = fakeApis();
    const { container } = render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AgentsAdmin api={api} settings={settingsApi} onClose={() => {}} />
      </StringsContext.Provider>,
    );
    await screen.findByRole('rowheader', { name: 'Mina' });
    expect(screen.getByRole('table', { name: '상담원 목록' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['이름', '이메일', '역할', '상태', '동시 상담 수', '팀', '관리']);
    expect(screen.getByRole('button', { name: '대화 목록으로 돌아가기' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Mina 상담원 정보 편집' }));
    const edit = screen.getByRole('form', { name: 'Mina 상담원 정보 편집' });
    expect(within(within(edit).getByRole('combobox', { name: '역할' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['상담원', '슈퍼바이저', '관리자']);
    expect(within(edit).getByRole('group', { name: '팀' })).toBeTruthy();
    expect(within(edit).getByRole('button', { name: '취소' })).toBeTruthy();

    const create = screen.getByRole('form', { name: '새 상담원' });
    fireEvent.click(within(create).getByRole('button', { name: '상담원 만들기' }));
    expect((await within(create).findByRole('alert')).textContent).toBe('표시된 항목을 고쳐 주세요.');
    expect(within(create).getByLabelText('이름')).toBeTruthy();
    expect(within(create).getByText('이름을 1~80자로 입력해 주세요.')).toBeTruthy();
    expect(within(create).getByRole('textbox', { name: '동시 상담 수' })).toBeTruthy();

    const english = shownWords(container, ['mina@example.com', 'admin@example.com', 'Mina', 'Admin', 'billing', 'tech']).filter((word) => /[A-Za-z]{2,}/.test(word));
    expect(english).toEqual([]);
  });
});
