import { DEFAULT_WIDGET_SETTINGS } from '../../../shared/settings';
import { LAUNCHER_CSS } from './launcher-view';
import { themeCss } from './theme';

describe('themeCss', () => {
  it('puts the launcher on the chosen side at the chosen offset, in the site’s colour', () => {
    expect(themeCss({ color: '#123456', position: 'right', launcherOffset: { x: 24, y: 16 } })).toBe(':host{--pa:#123456;--pr:24px;--pl:auto;--pb:16px}');
    expect(themeCss({ color: '#123456', position: 'left', launcherOffset: { x: 0, y: 0 } })).toBe(':host{--pa:#123456;--pl:0px;--pr:auto;--pb:0px}');
  });

  it('starts the launcher with the default theme before any configuration arrives', () => {
    const defaults = themeCss(DEFAULT_WIDGET_SETTINGS.theme).slice(':host{'.length, -1);
    for (const declaration of defaults.split(';')) expect(LAUNCHER_CSS).toContain(declaration);
  });

  it('lets no page style reach the widget’s host element', () => {
    expect(LAUNCHER_CSS.startsWith(':host{all:initial!important;display:block!important')).toBe(true);
  });
});
