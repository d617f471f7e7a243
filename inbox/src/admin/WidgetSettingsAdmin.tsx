/**
 * The widget's look for this site — colour, side, greeting, launcher offset — with a
 * live preview and the snippet to paste, as the website owner will use it.
 */
import { useEffect, useState } from 'preact/hooks';
import { embedSnippet } from '../../../shared/snippet';
import type { WidgetTheme } from '../../../shared/settings';
import { useStrings } from '../i18n';
import type { SettingsApi } from './settings-api';

const texts = {
  en: {
    title: 'Widget appearance',
    back: 'Back to conversations',
    loading: 'Loading…',
    saved: 'Saved: the widget uses it on the next page load',
    colour: 'Accent colour',
    position: 'Position',
    positions: { right: 'Bottom right', left: 'Bottom left' },
    greetingKo: 'Greeting in Korean',
    greetingEn: 'Greeting in English',
    offsetX: 'Launcher offset from the side (px)',
    offsetY: 'Launcher offset from the bottom (px)',
    save: 'Save appearance',
    preview: 'Preview',
    launcherPreview: 'Launcher preview',
    snippet: 'Snippet to paste before </body>',
    nps: 'After a visitor rates a chat, ask how likely they are to recommend you (NPS, 0–10)',
  },
  ko: {
    title: '위젯 모양',
    back: '대화 목록으로 돌아가기',
    loading: '불러오는 중…',
    saved: '저장했습니다. 다음에 페이지를 열 때부터 위젯에 적용됩니다.',
    colour: '강조 색상',
    position: '위치',
    positions: { right: '오른쪽 아래', left: '왼쪽 아래' },
    greetingKo: '한국어 인사말',
    greetingEn: '영어 인사말',
    offsetX: '옆 가장자리에서 떨어진 거리(px)',
    offsetY: '아래 가장자리에서 떨어진 거리(px)',
    save: '모양 저장',
    preview: '미리 보기',
    launcherPreview: '채팅 버튼 미리 보기',
    snippet: '</body> 앞에 붙여 넣을 코드',
    nps: '방문자가 상담을 평가한 뒤 추천 의향(NPS, 0–10점)을 묻기',
  },
};

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
  const strings = useStrings();
  const text = texts[strings.locale];
  const [theme, setTheme] = useState<WidgetTheme | null>(null);
  const [npsEnabled, setNpsEnabled] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.get().then(
      (settings) => {
        setTheme(settings.widget.theme);
        setNpsEnabled(settings.widget.nps?.enabled ?? false);
      },
      (failure: Error) => setError(failure.message),
    );
  }, [api]);
  if (!theme) return <p role={error ? 'alert' : 'status'}>{error ?? text.loading}</p>;

  const set = (change: Partial<WidgetTheme>) => setTheme({ ...theme, ...change });
  const save = async () => {
    setError(null);
    try {
      const current = await api.get();
      await api.update({ widget: { ...current.widget, theme, nps: { enabled: npsEnabled } } });
      setStatus(text.saved);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <section class="intent-admin" aria-labelledby="widget-settings-title">
      <header>
        <h2 id="widget-settings-title">{text.title}</h2>
        <button type="button" onClick={onClose}>{text.back}</button>
      </header>
      {error && <p role="alert">{error}</p>}
      {status && <p role="status">{status}</p>}
      <form aria-label={text.title} onSubmit={(event) => (event.preventDefault(), void save())}>
        <label>{text.colour}<input type="color" value={theme.color} onInput={(event) => set({ color: event.currentTarget.value })} /></label>
        <label>
          {text.position}
          <select value={theme.position} onChange={(event) => set({ position: event.currentTarget.value as WidgetTheme['position'] })}>
            <option value="right">{text.positions.right}</option>
            <option value="left">{text.positions.left}</option>
          </select>
        </label>
        <label>{text.greetingKo}<input type="text" value={theme.greeting.ko} onInput={(event) => set({ greeting: { ...theme.greeting, ko: event.currentTarget.value } })} /></label>
        <label>{text.greetingEn}<input type="text" value={theme.greeting.en} onInput={(event) => set({ greeting: { ...theme.greeting, en: event.currentTarget.value } })} /></label>
        <label>{text.offsetX}<input type="number" min={0} max={400} value={theme.launcherOffset.x} onInput={(event) => set({ launcherOffset: { ...theme.launcherOffset, x: Number(event.currentTarget.value) } })} /></label>
        <label>{text.offsetY}<input type="number" min={0} max={400} value={theme.launcherOffset.y} onInput={(event) => set({ launcherOffset: { ...theme.launcherOffset, y: Number(event.currentTarget.value) } })} /></label>
        <label>
          <input type="checkbox" checked={npsEnabled} onChange={(event) => setNpsEnabled(event.currentTarget.checked)} />
          {text.nps}
        </label>
        <button type="submit">{text.save}</button>
      </form>
      <figure aria-label={text.preview} style={{ position: 'relative', height: '220px', border: '1px dashed #9aa5b1', margin: 0 }}>
        <div style={{ position: 'absolute', bottom: `${theme.launcherOffset.y / 2 + 64}px`, [theme.position]: `${theme.launcherOffset.x / 2}px`, width: '200px', border: '1px solid #d8dde3', background: '#fff' }}>
          <p style={{ margin: 0, padding: '8px', background: theme.color, color: textOn(theme.color) }}>{theme.greeting[strings.locale]}</p>
        </div>
        <span role="img" aria-label={text.launcherPreview} style={{ position: 'absolute', bottom: `${theme.launcherOffset.y / 2}px`, [theme.position]: `${theme.launcherOffset.x / 2}px`, width: '48px', height: '48px', borderRadius: '50%', background: theme.color }} />
      </figure>
      <label>
        {text.snippet}
        <textarea readOnly rows={5} value={embedSnippet(serverUrl, siteKey)} />
      </label>
    </section>
  );
}
