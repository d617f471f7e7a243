/**
 * The widget's look for this site — colour, side, greeting, launcher offset — with a
 * live preview and the snippet to paste, as the website owner will use it.
 */
import { useEffect, useState } from 'preact/hooks';
import { embedSnippet } from '../../../shared/snippet';
import type { WidgetTheme } from '../../../shared/settings';
import type { SettingsApi } from './settings-api';

interface WidgetSettingsAdminProps {
  api: SettingsApi;
  onClose: () => void;
  /** Where visitors reach Parley; the inbox's own origin by default. */
  serverUrl?: string;
  siteKey?: string;
}

/** Black or white text, whichever reads better on the accent colour (WCAG relative luminance). */
export function textOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#000000' : '#ffffff';
}

export function WidgetSettingsAdmin({ api, onClose, serverUrl = location.origin, siteKey = 'demo' }: WidgetSettingsAdminProps) {
  const [theme, setTheme] = useState<WidgetTheme | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get().then((settings) => setTheme(settings.widget.theme), (failure: Error) => setError(failure.message));
  }, [api]);
  if (!theme) return <p role={error ? 'alert' : 'status'}>{error ?? 'Loading…'}</p>;

  const set = (change: Partial<WidgetTheme>) => setTheme({ ...theme, ...change });
  const save = async () => {
    setError(null);
    try {
      const current = await api.get();
      await api.update({ widget: { ...current.widget, theme } });
      setStatus('Saved: the widget uses it on the next page load');
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section class="intent-admin" aria-labelledby="widget-settings-title">
      <header>
        <h2 id="widget-settings-title">Widget appearance</h2>
        <button type="button" onClick={onClose}>Back to conversations</button>
      </header>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      <form aria-label="Widget appearance" onSubmit={(event) => (event.preventDefault(), void save())}>
        <label>Accent colour<input type="color" value={theme.color} onInput={(event) => set({ color: event.currentTarget.value })} /></label>
        <label>
          Position
          <select value={theme.position} onChange={(event) => set({ position: event.currentTarget.value as WidgetTheme['position'] })}>
            <option value="right">Bottom right</option>
            <option value="left">Bottom left</option>
          </select>
        </label>
        <label>Greeting in Korean<input type="text" value={theme.greeting.ko} onInput={(event) => set({ greeting: { ...theme.greeting, ko: event.currentTarget.value } })} /></label>
        <label>Greeting in English<input type="text" value={theme.greeting.en} onInput={(event) => set({ greeting: { ...theme.greeting, en: event.currentTarget.value } })} /></label>
        <label>Launcher offset from the side (px)<input type="number" min={0} max={400} value={theme.launcherOffset.x} onInput={(event) => set({ launcherOffset: { ...theme.launcherOffset, x: Number(event.currentTarget.value) } })} /></label>
        <label>Launcher offset from the bottom (px)<input type="number" min={0} max={400} value={theme.launcherOffset.y} onInput={(event) => set({ launcherOffset: { ...theme.launcherOffset, y: Number(event.currentTarget.value) } })} /></label>
        <button type="submit">Save appearance</button>
      </form>
      <figure aria-label="Preview" style={{ position: 'relative', height: '220px', border: '1px dashed #9aa5b1', margin: 0 }}>
        <div style={{ position: 'absolute', bottom: `${theme.launcherOffset.y / 2 + 64}px`, [theme.position]: `${theme.launcherOffset.x / 2}px`, width: '200px', border: '1px solid #d8dde3', background: '#fff' }}>
          <p style={{ margin: 0, padding: '8px', background: theme.color, color: textOn(theme.color) }}>{theme.greeting.en}</p>
        </div>
        <span role="img" aria-label="Launcher preview" style={{ position: 'absolute', bottom: `${theme.launcherOffset.y / 2}px`, [theme.position]: `${theme.launcherOffset.x / 2}px`, width: '48px', height: '48px', borderRadius: '50%', background: theme.color }} />
      </figure>
      <label>
        Snippet to paste before &lt;/body&gt;
        <textarea readOnly rows={5} value={embedSnippet(serverUrl, siteKey)} />
      </label>
    </section>
  );
}
