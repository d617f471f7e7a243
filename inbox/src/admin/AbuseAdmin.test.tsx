import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { VisitorBlock } from '../../../shared/abuse';
import { DEFAULT_ABUSE_SETTINGS, type AbuseSettings } from '../../../shared/settings';
import { StringsContext, stringsFor } from '../i18n';
import type { AbuseApi } from './AbuseApi';
import { AbuseAdmin } from './AbuseAdmin';

const block = (id: string, visitorName: string | null): VisitorBlock => ({
  id,
  visitorId: `v0000000000000000000${id}`,
  visitorName,
  conversationId: 'c1',
  blockedBy: { id: 'a1', name: 'Mina' },
  until: '2026-03-02T09:30:00.000Z',
  createdAt: '2026-03-01T09:30:00.000Z',
});

/** An in-memory site: blocks and settings behave as the server's do (lifting removes; saving replaces). */
function memorySite(editable: boolean, blocks = [block('b001', 'Hana'), block('b002', null)]) {
  let settings: AbuseSettings = { ...DEFAULT_ABUSE_SETTINGS };
  const api: AbuseApi = {
    settings: async () => ({ settings, editable }),
    updateSettings: vi.fn(async (change) => {
      settings = { ...settings, ...change } as AbuseSettings;
      return { settings, editable };
    }),
    block: async () => {
      throw new Error('not used');
    },
    blocks: async () => ({ blocks }),
    lift: vi.fn(async (id: string) => {
      blocks = blocks.filter((b) => b.id !== id);
    }),
    board: async () => ({ day: '2026-03-01', agents: [], escalations: [], breakAfter: 3 }),
    flags: async () => ({ flags: [] }),
  };
  return api;
}

describe('agent protection admin', () => {
  it('lists blocked visitors and lifts a block (English)', async () => {
    const api = memorySite(false);
    render(<AbuseAdmin api={api} />);
    const table = await screen.findByRole('table', { name: 'Blocked visitors' });
    expect(within(table).getByRole('row', { name: /Hana/ }).textContent).toContain('Mina');
    fireEvent.click(screen.getByRole('button', { name: 'Lift the block on Hana' }));
    expect((await screen.findByText('Hana can chat again.')).getAttribute('role')).toBe('status');
    expect(api.lift).toHaveBeenCalledWith('b001');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Hana/ })).toBeNull());
    expect(screen.getByRole('button', { name: 'Lift the block on Visitor b002' })).toBeTruthy();
    // Supervisors see no lists editor: only admins change the site's words.
    expect(screen.queryByRole('form', { name: 'Words and limits' })).toBeNull();
  });

  it('lets an admin change the words and limits, checked before saving (Korean)', async () => {
    const api = memorySite(true, []);
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseAdmin api={api} />
      </StringsContext.Provider>,
    );
    expect(await screen.findByText('지금 차단된 방문자가 없습니다.')).toBeTruthy();
    const form = await screen.findByRole('form', { name: '단어 목록과 기준' });
    fireEvent.input(within(form).getByRole('textbox', { name: '폭언으로 볼 단어와 표현 추가(한 줄에 하나씩)' }), { target: { value: '멍청이\n\n  바보  ' } });
    fireEvent.input(within(form).getByRole('textbox', { name: '허용할 단어(한 줄에 하나씩)' }), { target: { value: '시발점' } });
    const escalate = within(form).getByRole('spinbutton', { name: '한 대화에서 폭언이 이 횟수에 이르면 관리자에게 알림' });
    fireEvent.input(escalate, { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: '상담원 보호 설정 저장' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('이 항목을 확인해 주세요: 한 대화에서 폭언이 이 횟수에 이르면 관리자에게 알림');
    expect(api.updateSettings).not.toHaveBeenCalled();

    fireEvent.input(escalate, { target: { value: '2' } });
    fireEvent.input(within(form).getByRole('spinbutton', { name: '하루에 폭언 대화가 이 수에 이르면 휴식 권유' }), { target: { value: '4' } });
    fireEvent.click(within(form).getByRole('button', { name: '상담원 보호 설정 저장' }));
    expect(await within(form).findByText('저장했습니다.')).toBeTruthy();
    expect(api.updateSettings).toHaveBeenCalledWith({ extraWords: ['멍청이', '바보'], allowedWords: ['시발점'], escalateAfter: 2, breakAfter: 4, model: true, sensitivity: 'medium' });
  });

  it('lets an admin switch the language model off and change its sensitivity (Korean)', async () => {
    const api = memorySite(true, []);
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AbuseAdmin api={api} />
      </StringsContext.Provider>,
    );
    const form = await screen.findByRole('form', { name: '단어 목록과 기준' });
    const sensitivity = within(form).getByRole('combobox', { name: '민감도' }) as HTMLSelectElement;
    fireEvent.change(sensitivity, { target: { value: 'high' } });
    fireEvent.click(within(form).getByRole('button', { name: '상담원 보호 설정 저장' }));
    await waitFor(() => expect(api.updateSettings).toHaveBeenLastCalledWith(expect.objectContaining({ model: true, sensitivity: 'high' })));

    fireEvent.click(within(form).getByRole('checkbox', { name: '언어 모델도 사용' }));
    expect(sensitivity.disabled).toBe(true);
    fireEvent.click(within(form).getByRole('button', { name: '상담원 보호 설정 저장' }));
    await waitFor(() => expect(api.updateSettings).toHaveBeenLastCalledWith(expect.objectContaining({ model: false, sensitivity: 'high' })));
    expect(await within(form).findByText('저장했습니다.')).toBeTruthy();
  });
});
