// @vitest-environment node
/**
 * The widget's weight budgets, measured on the production build in dist/widget (`npm test`
 * builds before running Vitest; alone, run `npm run build` first).
 */
import { BUDGETS, measureWidget } from '../../scripts/widget-size';

describe('widget size (gzip -9, production build)', () => {
  const sizes = measureWidget();

  it('keeps the loader every page loads within 3 KB', () => {
    expect(sizes.loader).toBeLessThanOrEqual(BUDGETS.loader);
  });

  it('keeps everything the widget loads within 30 KB', () => {
    expect(sizes.total).toBeLessThanOrEqual(BUDGETS.total);
  });

  it('ships no UI library or socket client in the loader', () => {
    expect(sizes.files.map((entry) => entry.file)).toEqual(['chat.js', 'proactive.js', 'widget.js']);
  });

  it('keeps the snippet a few hundred bytes', () => {
    expect(sizes.snippet).toBeLessThan(400);
  });
});
