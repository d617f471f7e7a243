import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { SettingsUpdate } from '../../../shared/schemas';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_ROUTING_SETTINGS, DEFAULT_WIDGET_SETTINGS, type SiteSettings } from '../../../shared/settings';
import { ParleyClientError } from '../lib/errors';
import type { IdentityApi } from './identity-api';
import { RoutingSettingsAdmin } from './RoutingSettingsAdmin';
import type { SettingsApi } from './settings-api';

function fakeApis(refusal?: ParleyClientError) {
  let settings: SiteSettings = { routing: DEFAULT_ROUTING_SETTINGS, businessHours: DEFAULT_BUSINESS_HOURS, teams: ['billing'], politeGuardPhrases: ['없어요'], widget: DEFAULT_WIDGET_SETTINGS };
  const updates: SettingsUpdate[] = [];
  const api: SettingsApi = {
    get: async () => settings,
    update: async (change) => {
      updates.push(change);
      if (refusal) throw refusal;
      settings = { ...settings, ...(change as Partial<SiteSettings>) };
      return settings;
    },
  };
  let secretReads = 0;
  const identity: IdentityApi & { reads: () => number } = {
    secret: async () => (secretReads++, 'a1b2c3'),
    reads: () => secretReads,
  };
  return { api, identity, updates };
}

const input = (name: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(name), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save routing settings' }));

describe('the routing and hours admin', () => {
  it('saves the algorithm, timings, business hours and phrases in one settings update', async () => {
    const { api, identity, updates } = fakeApis();
    render(<RoutingSettingsAdmin api={api} identity={identity} onClose={() => {}} />);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Routing algorithm' }), { target: { value: 'round_robin' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Prefer the visitor’s last agent' }));
    input('Team fallback (seconds)', '90');
    input('Reopen window (minutes)', '30');
    input('Agent grace period (seconds)', '12.5');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Use business hours' }));
    input('Timezone', 'Europe/Berlin');
    input('Monday closes', '12:00');
    fireEvent.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    input('Monday opens (2)', '13:00');
    input('Monday closes (2)', '18:00');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open on Friday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open on Saturday' }));
    input('Saturday opens', '10:00');
    input('Saturday closes', '14:00');
    input('Polite-guard phrases (one per line)', ' 안 돼요 \n\n몰라요\n안 돼요');
    save();
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0]).toEqual({
      routing: { algorithm: 'round_robin', preferLastAgent: false, teamFallbackSeconds: 90, reopenWindowMinutes: 30, agentGraceSeconds: 12.5 },
      businessHours: {
        enabled: true,
        timezone: 'Europe/Berlin',
        weekly: [
          { day: 1, open: '09:00', close: '12:00' },
          { day: 1, open: '13:00', close: '18:00' },
          { day: 2, open: '09:00', close: '18:00' },
          { day: 3, open: '09:00', close: '18:00' },
          { day: 4, open: '09:00', close: '18:00' },
          { day: 6, open: '10:00', close: '14:00' },
        ],
      },
      politeGuardPhrases: ['안 돼요', '몰라요'],
    });
    expect((await screen.findByRole('status')).textContent).toContain('Saved');
    expect((screen.getByLabelText('Polite-guard phrases (one per line)') as HTMLTextAreaElement).value).toBe('안 돼요\n몰라요');
  });

  it('refuses out-of-range numbers, an unknown timezone and closing before opening, and sends nothing', async () => {
    const { api, identity, updates } = fakeApis();
    render(<RoutingSettingsAdmin api={api} identity={identity} onClose={() => {}} />);
    await screen.findByRole('combobox', { name: 'Routing algorithm' });
    input('Team fallback (seconds)', '-5');
    input('Reopen window (minutes)', '1.5');
    input('Timezone', 'Mars/Olympus');
    input('Tuesday closes', '08:00');
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('correct the marked fields');
    for (const name of ['Team fallback (seconds)', 'Reopen window (minutes)', 'Timezone', 'Tuesday opens', 'Tuesday closes']) {
      expect(screen.getByLabelText(name).getAttribute('aria-invalid')).toBe('true');
    }
    expect(screen.getByLabelText('Agent grace period (seconds)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByLabelText('Team fallback (seconds)').getAttribute('aria-describedby')).toMatch(/error/);
    expect(updates).toEqual([]);
  });

  it('shows the server’s refusal and keeps what the admin typed', async () => {
    const { api, identity } = fakeApis(new ParleyClientError('PARLEY_ERR_INVALID_PAYLOAD', 'businessHours.timezone: unknown timezone'));
    render(<RoutingSettingsAdmin api={api} identity={identity} onClose={() => {}} />);
    await screen.findByRole('combobox', { name: 'Routing algorithm' });
    input('Team fallback (seconds)', '45');
    save();
    expect((await screen.findByRole('alert')).textContent).toBe('businessHours.timezone: unknown timezone');
    expect((screen.getByLabelText('Team fallback (seconds)') as HTMLInputElement).value).toBe('45');
  });

  it('restores the default polite-guard phrases into the editor', async () => {
    const { api, identity } = fakeApis();
    render(<RoutingSettingsAdmin api={api} identity={identity} onClose={() => {}} />);
    const phrases = (await screen.findByLabelText('Polite-guard phrases (one per line)')) as HTMLTextAreaElement;
    expect(phrases.value).toBe('없어요');
    fireEvent.click(screen.getByRole('button', { name: 'Restore default phrases' }));
    expect(phrases.value.split('\n')).toContain('그건 안 됩니다');
  });

  it('shows the identity secret only when asked, and hides it again', async () => {
    const { api, identity } = fakeApis();
    render(<RoutingSettingsAdmin api={api} identity={identity} onClose={() => {}} />);
    const panel = await screen.findByRole('region', { name: 'Identity verification' });
    expect(within(panel).queryByRole('textbox', { name: 'Identity secret' })).toBeNull();
    expect(identity.reads()).toBe(0);
    fireEvent.click(within(panel).getByRole('button', { name: 'Show identity secret' }));
    expect(((await within(panel).findByRole('textbox', { name: 'Identity secret' })) as HTMLInputElement).value).toBe('a1b2c3');
    fireEvent.click(within(panel).getByRole('button', { name: 'Hide identity secret' }));
    expect(within(panel).queryByRole('textbox', { name: 'Identity secret' })).toBeNull();
  });
});
