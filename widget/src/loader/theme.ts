/**
 * The site's theme as CSS custom properties for the shadow root: `--pa` accent and
 * `--pl`/`--pr`/`--pb` where the launcher sits. Both bundles style themselves with these
 * (the defaults are in launcher-view.ts). The exact WCAG text colour on the accent (`--pf`)
 * and the accent dark enough to be text (`--pi`) are computed by the chat
 * (chat/theme-colors.ts); the loader's only use of them is the launcher's icon, which CSS
 * picks well enough.
 */
import type { WidgetTheme } from '../../../shared/settings';

export function themeCss({ color, position, launcherOffset: { x, y } }: Pick<WidgetTheme, 'color' | 'position' | 'launcherOffset'>): string {
  const [near, far] = position === 'left' ? 'lr' : 'rl';
  return `:host{--pa:${color};--p${near}:${x}px;--p${far}:auto;--pb:${y}px}`;
}
