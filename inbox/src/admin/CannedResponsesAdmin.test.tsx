import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { Agent, CannedResponse } from '../../../shared/domain';
import type { CannedResponseInput } from '../../../shared/schemas';
import { StringsContext, stringsFor } from '../i18n';
import { ParleyClientError } from '../lib/errors';
import type { CannedResponsesApi } from './canned-responses-api';
import { CannedResponsesAdmin } from './CannedResponsesAdmin';

const mina: Pick<Agent, 'id' | 'name' | 'role'> = { id: 'mina', name: 'Mina', role: 'agent' };
const boss: Pick<Agent, 'id' | 'name' | 'role'> = { id: 'boss', name: 'Boss', role: 'admin' };

const hello: CannedResponse = { id: 'r1', shortcut: 'hello', text: '안녕하세요, {{visitor.name}} 고객님. <b>무엇을</b> 도와드릴까요?', scope: 'team', ownerId: null };
const mine: CannedResponse = { id: 'r2', shortcut: 'later', text: '확인 후 다시 연락드리겠습니다.', scope: 'personal', ownerId: 'mina' };

function fakeApi() {
  let responses = [hello, mine];
  const created: CannedResponseInput[] = [];
  const updated: { id: string; change: { shortcut: string; text: string } }[] = [];
  const removed: string[] = [];
  const api: CannedResponsesApi = {
    list: async () => responses,
    create: async (input) => {
      created.push(input);
      if (responses.some((response) => response.shortcut === input.shortcut)) throw new ParleyClientError('PARLEY_ERR_INVALID_PAYLOAD', 'this shortcut is already taken');
      const response: CannedResponse = { id: `r${responses.length + 1}`, shortcut: input.shortcut, text: input.text, scope: input.scope, ownerId: input.scope === 'personal' ? 'me' : null };
      responses = [...responses, response];
      return response;
    },
    update: async (id, change) => {
      updated.push({ id, change });
      const response = { ...responses.find((other) => other.id === id)!, ...change };
      responses = responses.map((other) => (other.id === id ? response : other));
      return response;
    },
    remove: async (id) => {
      removed.push(id);
      responses = responses.filter((other) => other.id !== id);
    },
  };
  return { api, created, updated, removed };
}

const newForm = () => screen.getByRole('form', { name: 'New canned response' });
const type = (form: HTMLElement, name: string, value: string) => fireEvent.input(within(form).getByLabelText(name), { target: { value } });

describe('the canned responses screen', () => {
  it('lists team and personal responses, showing markup and variables as plain text', async () => {
    render(<CannedResponsesAdmin api={fakeApi().api} agent={mina} onClose={() => {}} />);
    const team = await screen.findByRole('list', { name: 'Team responses' });
    expect(within(team).getByText(/\{\{visitor\.name\}\} 고객님\. <b>무엇을<\/b>/)).toBeTruthy();
    expect(team.querySelector('b')).toBeNull();
    expect(within(screen.getByRole('list', { name: 'My responses' })).getByText('/later')).toBeTruthy();
  });

  it('lets an agent manage personal responses but not the team’s', async () => {
    const { api, created } = fakeApi();
    render(<CannedResponsesAdmin api={api} agent={mina} onClose={() => {}} />);
    await screen.findByRole('list', { name: 'Team responses' });
    expect(screen.queryByRole('button', { name: 'Edit /hello' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit /later' })).toBeTruthy();
    const form = newForm();
    expect(within(form).queryByRole('combobox', { name: 'Scope' })).toBeNull();
    type(form, 'Shortcut', '/refund');
    type(form, 'Response text', '환불은 영업일 기준 3일 안에 처리됩니다.');
    fireEvent.click(within(form).getByRole('button', { name: 'Create response' }));
    await within(screen.getByRole('list', { name: 'My responses' })).findByText('/refund');
    expect(created).toEqual([{ shortcut: 'refund', text: '환불은 영업일 기준 3일 안에 처리됩니다.', scope: 'personal' }]);
    expect((within(form).getByLabelText('Shortcut') as HTMLInputElement).value).toBe('');
  });

  it('lets an admin create a team response', async () => {
    const { api, created } = fakeApi();
    render(<CannedResponsesAdmin api={api} agent={boss} onClose={() => {}} />);
    await screen.findByRole('button', { name: 'Edit /hello' });
    const form = newForm();
    expect((within(form).getByRole('combobox', { name: 'Scope' }) as HTMLSelectElement).value).toBe('team');
    type(form, 'Shortcut', 'bye');
    type(form, 'Response text', '이용해 주셔서 감사합니다.');
    fireEvent.click(within(form).getByRole('button', { name: 'Create response' }));
    await within(screen.getByRole('list', { name: 'Team responses' })).findByText('/bye');
    expect(created[0]).toMatchObject({ shortcut: 'bye', scope: 'team' });
  });

  it('inserts a variable at the cursor and previews it filled in polite Korean', async () => {
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <CannedResponsesAdmin api={fakeApi().api} agent={mina} onClose={() => {}} />
      </StringsContext.Provider>,
    );
    await screen.findByRole('list', { name: '팀 상용구' });
    const form = screen.getByRole('form', { name: '새 상용구' });
    const area = within(form).getByLabelText('상용구 내용') as HTMLTextAreaElement;
    expect(area.placeholder).toContain('고객님');
    fireEvent.input(area, { target: { value: '안녕하세요,  고객님.' } });
    area.setSelectionRange(7, 7);
    fireEvent.click(within(form).getByRole('button', { name: '{{visitor.name}} 넣기' }));
    expect(area.value).toBe('안녕하세요, {{visitor.name}} 고객님.');
    expect(within(form).getByRole('figure', { name: '이름을 아는 방문자 미리 보기' }).textContent).toContain('안녕하세요, 김민지 고객님.');
    expect(within(form).getByRole('figure', { name: '이름을 모르는 방문자 미리 보기' }).textContent).toContain('안녕하세요, 고객님.');
  });

  it('edits a response’s shortcut and text, keeping its scope', async () => {
    const { api, updated } = fakeApi();
    render(<CannedResponsesAdmin api={api} agent={mina} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit /later' }));
    const form = screen.getByRole('form', { name: 'Edit canned response /later' });
    expect(within(form).queryByRole('combobox', { name: 'Scope' })).toBeNull();
    type(form, 'Shortcut', 'soon');
    fireEvent.click(within(form).getByRole('button', { name: 'Save response' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit canned response /later' })).toBeNull());
    expect(updated).toEqual([{ id: 'r2', change: { shortcut: 'soon', text: '확인 후 다시 연락드리겠습니다.' } }]);
    expect(within(screen.getByRole('list', { name: 'My responses' })).getByText('/soon')).toBeTruthy();
  });

  it('deletes a response only after the agent confirms', async () => {
    const { api, removed } = fakeApi();
    render(<CannedResponsesAdmin api={api} agent={mina} onClose={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete /later' }));
    expect(removed).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Keep /later' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete /later' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm delete /later' }));
    await waitFor(() => expect(removed).toEqual(['r2']));
    expect(await screen.findByText('None yet.')).toBeTruthy();
  });

  it('refuses a bad shortcut without sending, and keeps the form when the server refuses a taken one', async () => {
    const { api, created } = fakeApi();
    render(<CannedResponsesAdmin api={api} agent={boss} onClose={() => {}} />);
    await screen.findByRole('button', { name: 'Edit /hello' });
    const form = newForm();
    type(form, 'Shortcut', 'Hello There');
    type(form, 'Response text', '반갑습니다, 고객님.');
    fireEvent.click(within(form).getByRole('button', { name: 'Create response' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(within(form).getByLabelText('Shortcut').getAttribute('aria-invalid')).toBe('true');
    expect(created).toEqual([]);
    type(form, 'Shortcut', 'hello');
    fireEvent.click(within(form).getByRole('button', { name: 'Create response' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe('this shortcut is already taken'));
    expect((within(form).getByLabelText('Response text') as HTMLTextAreaElement).value).toBe('반갑습니다, 고객님.');
  });
});
