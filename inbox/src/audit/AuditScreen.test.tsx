import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { AuditEntry, AuditPage } from '../../../shared/audit';
import { StringsContext, stringsFor } from '../i18n';
import { agentMina } from '../testing/fixtures';
import type { AuditApi, AuditFilters } from './audit-api';
import { auditQuery } from './audit-api';
import { AuditScreen } from './AuditScreen';
import { auditText } from './audit-text';

const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `e${n}`,
  at: `2026-03-0${n}T01:00:00.000Z`,
  action: 'message-revealed',
  actor: { id: agentMina.id, name: 'Mina', email: 'mina@example.com' },
  target: `conversation:c${n}#3`,
  detail: 'card',
  ip: '203.0.113.7',
  userAgent: 'Firefox',
  ...overrides,
});

function fakeApi() {
  const calls: { filters: AuditFilters; cursor: string | undefined }[] = [];
  const api: AuditApi = {
    page: vi.fn(async (filters: AuditFilters, cursor?: string): Promise<AuditPage> => {
      calls.push({ filters, cursor });
      if (cursor === 'page-2') return { entries: [entry(1, { action: 'sign-in-failed', actor: { id: null, name: null, email: 'x@example.com' }, detail: '<b>PARLEY_ERR_INVALID_CREDENTIALS</b>' })], nextCursor: null };
      return { entries: [entry(3), entry(2, { action: 'settings-changed', target: 'settings', detail: 'teams' })], nextCursor: 'page-2' };
    }),
    csv: vi.fn(async () => ({ name: 'parley-audit-all-now.csv', body: new Blob(['\uFEFFat\r\n']) })),
    agents: vi.fn(async () => [agentMina]),
  };
  return { api, calls };
}

describe('audit log screen', () => {
  it('lists entries newest first, pages back, filters by action and agent, and downloads CSV', async () => {
    const { api, calls } = fakeApi();
    const save = vi.fn();
    render(<AuditScreen api={api} onClose={() => {}} save={save} />);
    const table = await screen.findByRole('table', { name: 'Audit log entries' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.textContent).toContain('Revealed hidden numbers');
    expect(first.textContent).toContain('Mina');
    expect(first.textContent).toContain('203.0.113.7 · Firefox');

    fireEvent.click(screen.getByRole('button', { name: 'Show older entries' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const last = within(table).getAllByRole('row')[3]!;
    expect(last.textContent).toContain('Sign-in failed');
    expect(last.textContent).toContain('x@example.com');
    // Text stays text.
    expect(last.querySelector('b')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();

    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Agent' })).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Action' }), { target: { value: 'settings-changed' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Agent' }), { target: { value: agentMina.id } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(calls.at(-1)).toEqual({ filters: { action: 'settings-changed', agentId: agentMina.id, from: '2026-03-01' }, cursor: undefined }));

    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('parley-audit-all-now.csv', expect.any(Blob)));
    expect(api.csv).toHaveBeenCalledWith({ action: 'settings-changed', agentId: agentMina.id, from: '2026-03-01' });
  });

  it('speaks Korean to a Korean admin', async () => {
    const { api } = fakeApi();
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <AuditScreen api={api} onClose={() => {}} />
      </StringsContext.Provider>,
    );
    const table = await screen.findByRole('table', { name: '감사 기록 항목' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('가려진 번호 보기'));
    expect(screen.getByRole('region', { name: '감사 기록' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '작업' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '필터 적용' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '이전 기록 더 보기' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV 내려받기' })).toBeTruthy();
  });

  it('sends the admin’s local days as instants, and has every word in both languages', () => {
    const query = new URLSearchParams(auditQuery({ from: '2026-03-01', to: '2026-03-02', action: 'sign-in' }));
    expect(query.get('from')).toBe(new Date('2026-03-01T00:00:00').toISOString());
    expect(query.get('to')).toBe(new Date('2026-03-02T23:59:59.999').toISOString());
    expect(query.get('action')).toBe('sign-in');
    const keys = (value: object): string[] => Object.entries(value).flatMap(([key, inner]) => (inner && typeof inner === 'object' ? keys(inner).map((k) => `${key}.${k}`) : [key]));
    expect(keys(auditText.ko).sort()).toEqual(keys(auditText.en).sort());
  });
});
