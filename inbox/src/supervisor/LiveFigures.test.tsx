import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { LiveFigures as Figures } from '../../../shared/reports/report-api';
import { LiveFigures } from './LiveFigures';

const figures = (target: number): Figures => ({
  today: '2026-03-09',
  conversations: 14,
  handoffs: 6,
  closed: 9,
  waiting: 2,
  longestWaitSeconds: 185,
  slaBreaches: target < 60 ? 4 : 1,
  frtTargetSeconds: target,
});

describe('live figures on the supervisor board', () => {
  it('shows today’s counts, the longest wait and breaches of the first-response target the supervisor sets', async () => {
    const load = vi.fn(async (target: number) => figures(target));
    render(<LiveFigures load={load} boardLoadedAt={1} />);
    const region = screen.getByRole('region', { name: 'Today’s figures' });
    await waitFor(() => expect(within(region).getByText('Longest wait').nextElementSibling?.textContent).toBe('3 min'));
    expect(within(region).getByText('Conversations').nextElementSibling?.textContent).toBe('14');
    expect(within(region).getByText('Over the first-response target').nextElementSibling?.textContent).toBe('1');
    expect(load).toHaveBeenLastCalledWith(60);

    fireEvent.change(within(region).getByRole('spinbutton', { name: 'First-response target (seconds)' }), { target: { value: '30' } });
    await waitFor(() => expect(within(region).getByText('Over the first-response target').nextElementSibling?.textContent).toBe('4'));
    expect(load).toHaveBeenLastCalledWith(30);
  });

  it('reloads when the board does', async () => {
    const load = vi.fn(async (target: number) => figures(target));
    const { rerender } = render(<LiveFigures load={load} boardLoadedAt={1} />);
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    rerender(<LiveFigures load={load} boardLoadedAt={2} />);
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });
});
