/**
 * Canned responses for everyone: the team's shared replies and the agent's own. Agents
 * manage their personal ones; supervisors and admins also the team's (the server checks
 * again). Text is shown as text, variables and all.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Agent, CannedResponse } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { emptyCannedFields, mayEdit, mayManageTeamResponses } from './canned-response-form';
import { CannedResponseForm } from './CannedResponseForm';
import type { CannedResponsesApi } from './canned-responses-api';
import { failureText } from './failure-text';

const texts = {
  en: {
    title: 'Canned responses',
    intro: 'Type /shortcut in the reply box to insert a response.',
    loading: 'Loading…',
    team: 'Team responses',
    mine: 'My responses',
    none: 'None yet.',
    readOnly: 'Supervisors and admins manage team responses.',
    newTitle: 'New response',
    created: (shortcut: string) => `Created /${shortcut}.`,
    saved: (shortcut: string) => `Saved /${shortcut}.`,
    deleted: (shortcut: string) => `Deleted /${shortcut}.`,
    confirm: (shortcut: string) => `Delete /${shortcut} for good?`,
    edit: (shortcut: string) => `Edit /${shortcut}`,
    delete: (shortcut: string) => `Delete /${shortcut}`,
    confirmDelete: (shortcut: string) => `Confirm delete /${shortcut}`,
    keep: (shortcut: string) => `Keep /${shortcut}`,
    editForm: (shortcut: string) => `Edit canned response /${shortcut}`,
    teamList: 'Team responses',
    mineList: 'My responses',
    newForm: 'New canned response',
    back: 'Back to conversations',
  },
  ko: {
    title: '상용구',
    intro: '답변 입력란에 /단축어를 입력하면 상용구가 들어갑니다.',
    loading: '불러오는 중…',
    team: '팀 상용구',
    mine: '내 상용구',
    none: '아직 없습니다.',
    readOnly: '팀 상용구는 슈퍼바이저와 관리자가 관리합니다.',
    newTitle: '새 상용구',
    created: (shortcut: string) => `/${shortcut} 상용구를 만들었습니다.`,
    saved: (shortcut: string) => `/${shortcut} 상용구를 저장했습니다.`,
    deleted: (shortcut: string) => `/${shortcut} 상용구를 삭제했습니다.`,
    confirm: (shortcut: string) => `/${shortcut} 상용구를 삭제할까요? 되돌릴 수 없습니다.`,
    edit: (shortcut: string) => `/${shortcut} 고치기`,
    delete: (shortcut: string) => `/${shortcut} 삭제`,
    confirmDelete: (shortcut: string) => `/${shortcut} 삭제 확인`,
    keep: (shortcut: string) => `/${shortcut} 남겨 두기`,
    editForm: (shortcut: string) => `/${shortcut} 상용구 고치기`,
    teamList: '팀 상용구',
    mineList: '내 상용구',
    newForm: '새 상용구',
    back: '대화 목록으로 돌아가기',
  },
};

interface CannedResponsesAdminProps {
  api: CannedResponsesApi;
  agent: Pick<Agent, 'id' | 'name' | 'role'>;
  onClose: () => void;
}

const byShortcut = (a: CannedResponse, b: CannedResponse) => a.shortcut.localeCompare(b.shortcut);

export function CannedResponsesAdmin({ api, agent, onClose }: CannedResponsesAdminProps) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const [responses, setResponses] = useState<CannedResponse[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(
    () => api.list().then((listed) => setResponses([...listed].sort(byShortcut)), (failure) => setError(failureText(strings, failure))),
    [api, strings],
  );
  useEffect(() => void refresh(), [refresh]);

  const remove = async (response: CannedResponse) => {
    setError(null);
    try {
      await api.remove(response.id);
      setResponses((current) => current && current.filter((other) => other.id !== response.id));
      setStatus(text.deleted(response.shortcut));
    } catch (failure) {
      setError(failureText(strings, failure));
    } finally {
      setDeleting(null);
    }
  };

  const item = (response: CannedResponse) => (
    <li key={response.id} class="canned-item">
      <code>/{response.shortcut}</code>
      <p class="canned-text">{response.text}</p>
      {mayEdit(agent, response) && editing !== response.id && (
        <div class="form-actions">
          <button type="button" onClick={() => (setEditing(response.id), setDeleting(null))}>{text.edit(response.shortcut)}</button>
          {deleting === response.id ? (
            <span role="group" aria-label={text.delete(response.shortcut)}>
              <span>{text.confirm(response.shortcut)}</span>{' '}
              <button type="button" onClick={() => void remove(response)}>{text.confirmDelete(response.shortcut)}</button>{' '}
              <button type="button" onClick={() => setDeleting(null)}>{text.keep(response.shortcut)}</button>
            </span>
          ) : (
            <button type="button" onClick={() => setDeleting(response.id)}>{text.delete(response.shortcut)}</button>
          )}
        </div>
      )}
      {editing === response.id && (
        <CannedResponseForm
          key={response.id}
          label={text.editForm(response.shortcut)}
          mode="edit"
          editor={agent}
          initial={{ shortcut: response.shortcut, text: response.text, scope: response.scope }}
          save={async ({ shortcut, text: body }) => {
            const saved = await api.update(response.id, { shortcut, text: body });
            setResponses((current) => current && current.map((other) => (other.id === saved.id ? saved : other)).sort(byShortcut));
            setEditing(null);
            setStatus(text.saved(saved.shortcut));
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </li>
  );

  const list = (label: string, heading: string, entries: CannedResponse[], note?: string) => (
    <section class="admin-panel" aria-label={label}>
      <h3>{heading}</h3>
      {note && <p class="field-hint">{note}</p>}
      {entries.length === 0 ? <p>{text.none}</p> : <ul aria-label={label} class="canned-list">{entries.map(item)}</ul>}
    </section>
  );

  return (
    <section class="intent-admin" aria-labelledby="canned-admin-title">
      <header>
        <h2 id="canned-admin-title">{text.title}</h2>
        <button type="button" onClick={onClose}>{text.back}</button>
      </header>
      <p class="field-hint">{text.intro}</p>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      {!responses ? (
        !error && <p role="status">{text.loading}</p>
      ) : (
        <>
          {list(text.teamList, text.team, responses.filter((response) => response.scope === 'team'), mayManageTeamResponses(agent) ? undefined : text.readOnly)}
          {list(text.mineList, text.mine, responses.filter((response) => response.scope === 'personal'))}
          <section class="admin-panel" aria-labelledby="canned-new-title">
            <h3 id="canned-new-title">{text.newTitle}</h3>
            <CannedResponseForm
              label={text.newForm}
              mode="create"
              editor={agent}
              initial={emptyCannedFields(agent)}
              save={async (input) => {
                const created = await api.create(input);
                setResponses((current) => current && [...current, created].sort(byShortcut));
                setStatus(text.created(created.shortcut));
              }}
            />
          </section>
        </>
      )}
    </section>
  );
}
