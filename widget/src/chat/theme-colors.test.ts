import { BUBBLE_GREY, contrast, inkOf, textOn, themeColorsCss } from './theme-colors';

const accents = ['#1f5fbf', '#ffd400', '#00ff00', '#ff0000', '#000000', '#ffffff', '#7f7f7f', '#0ea5e9', '#e11d48'];

describe('theme colours', () => {
  it.each(accents)('puts text on %s at WCAG AA contrast or better', (accent) => {
    expect(contrast(textOn(accent), accent)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(accents)('darkens %s until it reads as text on white and on the grey bubbles', (accent) => {
    expect(contrast(inkOf(accent), BUBBLE_GREY)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(inkOf(accent), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps an accent that is already dark enough', () => {
    expect(inkOf('#1f4fd1')).toBe('#1f4fd1');
    expect(themeColorsCss('#1f4fd1')).toBe(':host{--pf:#ffffff;--pi:#1f4fd1}');
  });
});
