/**
 * The exact WCAG colours the chat derives from the site's accent (the loader only sets
 * the accent itself, see loader/theme.ts): `--pf`, text on the accent (white or black,
 * whichever contrasts more — the better always reaches 4.58:1), and `--pi`, the accent
 * darkened until it reads as text on the widget's light backgrounds at 4.5:1.
 */
const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** WCAG 2 relative luminance of 0–255 channels. */
function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export const contrast = (a: string, b: string) => ratio(luminance(channels(a)), luminance(channels(b)));

export const textOn = (background: string) => (contrast(background, '#ffffff') >= contrast(background, '#000000') ? '#ffffff' : '#000000');

/** The light grey of other people's bubbles: the lightest background accent-coloured text sits on. */
export const BUBBLE_GREY = '#eef1f5';

export function inkOf(accent: string): string {
  let rgb = channels(accent);
  const grey = luminance(channels(BUBBLE_GREY));
  while (ratio(luminance(rgb), grey) < 4.5) rgb = rgb.map((value) => Math.floor(value * 0.9));
  return `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

export const themeColorsCss = (accent: string) => `:host{--pf:${textOn(accent)};--pi:${inkOf(accent)}}`;
