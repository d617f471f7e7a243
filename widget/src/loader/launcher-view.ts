/**
 * The launcher, drawn with plain DOM so the loader needs no UI library: a
 * `<parley-widget>` host element at the end of `<body>`, an open shadow root (the host
 * page's CSS cannot reach in, ours cannot leak out) and the round button with its unread
 * badge. The chat later renders its panel into the same shadow root, and proactive.js its
 * greeting bubble.
 */
import { adoptStyle } from '../lib/shadow-style';
import type { LauncherStrings } from './strings';

/** A custom element name the host page's CSS has no reason to target (unlike `div`). */
export const HOST_TAG = 'parley-widget';

/**
 * `:host` rules marked `!important` beat even `* { all: unset !important }` on the page:
 * for important declarations the shadow tree's own rules win. The theme variables start
 * as `DEFAULT_WIDGET_SETTINGS.theme`. The icon is black or white, whichever contrasts
 * more with the accent: CIE lightness 49.4 is where the two contrast equally (WCAG
 * luminance 0.179); browsers without relative colours keep white, and once loaded the
 * chat's stylesheet sets the exact choice (`--pf`). The badge is white on `#b42318` (6.6:1); the
 * focus ring is white and dark, so it shows on any page.
 */
export const LAUNCHER_CSS = `:host{all:initial!important;display:block!important;--pa:#1f5fbf;--pr:20px;--pl:auto;--pb:20px}
.l{position:fixed;z-index:2147483000;left:var(--pl);right:var(--pr);bottom:var(--pb);width:60px;height:60px;border:0;border-radius:50%;box-shadow:0 6px 24px #0004;background:var(--pa);color:#fff;cursor:pointer}
@supports (color:lch(from red l c h)){.l{color:lch(from var(--pa) calc((49.4 - l)*infinity) 0 0)}}
.l svg{width:28px;fill:currentColor}
.l[data-unread]:after{content:attr(data-unread);position:absolute;top:-4px;right:-4px;padding:0 6px;border-radius:9px;background:#b42318;color:#fff;font:700 12px/18px sans-serif}
:focus-visible{outline:2px solid #fff;box-shadow:0 0 0 5px #1f2933}`;

export interface LauncherState {
  /** The panel is open (above the launcher, or over the whole screen on a phone). */
  open: boolean;
  unread: number;
}

export interface LauncherView {
  readonly root: ShadowRoot;
  /** The launcher button: the chat listens to it too (pressed while open, it focuses the panel). */
  readonly button: HTMLButtonElement;
  render(state: LauncherState): void;
  /** Replaces the theme variables (see `themeCss`). */
  setTheme(css: string): void;
  focus(): void;
  /** Whether keyboard focus is in the panel: somewhere in the widget but not on the launcher. */
  hasFocus(): boolean;
  remove(): void;
}

export function createLauncherView(t: LauncherStrings, open: () => void): LauncherView {
  const doc = document;
  const host = doc.createElement(HOST_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const setStyle = adoptStyle(root, LAUNCHER_CSS);
  const button = root.appendChild(doc.createElement('button'));
  button.className = 'l';
  button.onclick = open;
  // createElementNS rather than innerHTML: pages that enforce Trusted Types refuse markup strings.
  const svg = 'http://www.w3.org/2000/svg';
  const icon = button.appendChild(doc.createElementNS(svg, 'svg'));
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.appendChild(doc.createElementNS(svg, 'path')).setAttribute('d', 'M3 4h18v13H9l-5 4v-4H3z');

  // The loader may run from <head>, before there is a body to attach to.
  const attach = () => doc.body.appendChild(host);
  if (doc.body) attach();
  else doc.addEventListener('DOMContentLoaded', attach);

  return {
    root,
    button,
    render({ open, unread }) {
      button.setAttribute('aria-expanded', String(open));
      // The badge is drawn from `data-unread`; screen readers hear the count in the name.
      if (unread) button.setAttribute('data-unread', unread > 99 ? '99+' : String(unread));
      else button.removeAttribute('data-unread');
      button.setAttribute('aria-label', unread ? `${t.openChat} (${t.unread(unread)})` : t.openChat);
    },
    setTheme: (css) => setStyle(LAUNCHER_CSS + css),
    focus: () => button.focus(),
    hasFocus: () => !!root.activeElement && root.activeElement !== button,
    remove() {
      doc.removeEventListener('DOMContentLoaded', attach);
      host.remove();
    },
  };
}
