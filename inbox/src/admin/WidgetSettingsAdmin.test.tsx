import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_ROUTING_SETTINGS, DEFAULT_BUSINESS_HOURS, DEFAULT_WIDGET_SETTINGS, type SiteSettings } from '../../../shared/settings';
import { StringsContext, stringsFor } from '../i18n';
import type { SettingsApi } from './settings-api';
import { textOn, WidgetSettingsAdmin } from './WidgetSettingsAdmin';

function fakeApi() {
  let settings: SiteSettings = { routing: DEFAULT_ROUTING_SETTINGS, businessHours: DEFAULT_BUSINESS_HOURS, teams: [], politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES, widget: DEFAULT_WIDGET_SETTINGS };
  const updates: unknown[] = [];
  const api: SettingsApi = {
    get: async () => settings,
    update: async (change) => {
      updates.push(change);
      settings = { ...settings, ...(change as Partial<SiteSettings>) };
      return settings;
    },
  };
  return { api, updates };
}

describe('widget appearance settings', () => {
  it('previews the colour and side live and saves the theme', async () => {
    const { api, updates } = fakeApi();
    render(<WidgetSettingsAdmin api={api} onClose={() => {}} serverUrl="https://chat.example.com" />);
    fireEvent.input(await screen.findByLabelText('Accent colour'), { target: { value: '#ffcc00' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Position' }), { target: { value: 'left' } });
    const launcher = screen.getByRole('img', { name: 'Launcher preview' });
    expect(launcher.style.background).toBe('rgb(255, 204, 0)');
    expect(launcher.style.left).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Save appearance' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect((updates[0] as { widget: { theme: { color: string; position: string } } }).widget.theme).toMatchObject({ color: '#ffcc00', position: 'left' });
    expect((await screen.findByRole('status')).textContent).toContain('Saved');
  });

  it('lets the admin switch the NPS question on (off at first), in English and Korean', async () => {
    const { api, updates } = fakeApi();
    render(<WidgetSettingsAdmin api={api} onClose={() => {}} />);
    const nps = (await screen.findByRole('checkbox', { name: /recommend you \(NPS, 0–10\)/ })) as HTMLInputElement;
    expect(nps.checked).toBe(false);
    fireEvent.click(nps);
    fireEvent.click(screen.getByRole('button', { name: 'Save appearance' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect((updates[0] as { widget: { nps: unknown } }).widget.nps).toEqual({ enabled: true });
    cleanup();
    render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <WidgetSettingsAdmin api={api} onClose={() => {}} />
      </StringsContext.Provider>,
    );
    expect(((await screen.findByRole('checkbox', { name: '방문자가 상담을 평가한 뒤 추천 의향(NPS, 0–10점)을 묻기' })) as HTMLInputElement).checked).toBe(true);
  });

  it('shows the snippet to paste, pointing at this Parley', async () => {
    render(<WidgetSettingsAdmin api={fakeApi().api} onClose={() => {}} serverUrl="https://chat.example.com" siteKey="shop" />);
    const snippet = (await screen.findByRole('textbox', { name: /Snippet to paste/ })) as HTMLTextAreaElement;
    expect(snippet.value).toContain('"https://chat.example.com/widget.js"');
    expect(snippet.value).toContain(`Parley('boot', { siteKey: "shop" })`);
  });

  it('picks readable text for the accent colour', () => {
    expect(textOn('#1f5fbf')).toBe('#ffffff');
    expect(textOn('#ffcc00')).toBe('#000000');
  });
});
