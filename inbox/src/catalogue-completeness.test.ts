/**
 * Both languages say everything: the inbox's and the widget's catalogues (and the words
 * screens keep beside them) have the same keys in English and Korean, and no empty value.
 */
import { stringsFor } from './i18n';
import { strings as widgetStrings } from '../../widget/src/i18n';
import { composerStringsFor } from './composer/composer-strings';
import { paneTextFor } from './conversation/text';
import { searchText } from './search/search-text';
import { boardText } from './supervisor/board-text';
import { learningText } from './learning/learning-text';
import { knowledgeText } from './knowledge/knowledge-text';

type Leaf = { path: string; value: unknown };

/** Every leaf of a catalogue; functions are called with sample arguments so their words are checked too. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'function') return [{ path, value: (value as (...args: unknown[]) => unknown)('X', 2, 3) }];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  return [{ path, value }];
}

const catalogues = {
  'inbox strings': [stringsFor('en'), stringsFor('ko')],
  'widget strings': [widgetStrings.en, widgetStrings.ko],
  'composer words': [composerStringsFor('en'), composerStringsFor('ko')],
  'conversation pane words': [paneTextFor('en'), paneTextFor('ko')],
  'search words': [searchText.en, searchText.ko],
  'supervisor board words': [boardText.en, boardText.ko],
  'learning words': [learningText.en, learningText.ko],
  'knowledge base words': [knowledgeText.en, knowledgeText.ko],
} as const;

describe.each(Object.entries(catalogues))('%s', (_name, [en, ko]) => {
  it('have the same keys in English and Korean', () => {
    expect(leaves(ko).map((leaf) => leaf.path).sort()).toEqual(leaves(en).map((leaf) => leaf.path).sort());
  });

  it('have no empty value in either language', () => {
    for (const leaf of [...leaves(en), ...leaves(ko)]) {
      if (typeof leaf.value === 'string') expect(leaf.value.trim(), leaf.path).not.toBe('');
    }
  });

  it('are really translated: the Korean catalogue is mostly Hangul', () => {
    const korean = leaves(ko).filter((leaf) => typeof leaf.value === 'string' && /[가-힣]/.test(leaf.value));
    expect(korean.length / leaves(ko).length).toBeGreaterThan(0.6);
  });
});
