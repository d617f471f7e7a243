/**
 * The language-leak check for the browser walk: what a screen shows (text and accessible
 * names) must be in the screen's language. A Korean screen fails on any string of the
 * English catalogues, any phrase of two or more English words and any raw catalogue key;
 * an English screen on any Hangul. Seeded data (names, messages) is taken out first.
 */
import type { Locale } from '../../shared/domain';
import type { Page } from 'playwright-core';
import { stringsFor } from '../../inbox/src/i18n';
import { composerStringsFor } from '../../inbox/src/composer/composer-strings';
import { paneTextFor } from '../../inbox/src/conversation/text';
import { searchText } from '../../inbox/src/search/search-text';
import { boardText } from '../../inbox/src/supervisor/board-text';
import { strings as widgetStrings } from '../../widget/src/i18n';

const MARK = '\u0001';

/** Every fixed piece of a catalogue: strings as they are, functions split around their arguments. */
function fragments(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return String((value as (...args: unknown[]) => unknown)(MARK, 2, 3)).split(MARK);
  if (value && typeof value === 'object') return Object.values(value).flatMap(fragments);
  return [];
}

function catalogue(locale: Locale): Set<string> {
  const all = [stringsFor(locale), composerStringsFor(locale), paneTextFor(locale), searchText[locale], boardText[locale], widgetStrings[locale]].flatMap(fragments);
  return new Set(all.map((text) => text.trim()).filter((text) => text.length >= 2));
}

const catalogues = { ko: catalogue('ko'), en: catalogue('en') };

/** Names of languages in their own language, as a language menu shows them. */
const AUTONYMS = ['한국어', 'English'];

/** Looks like a catalogue key or a bug rather than words: `takeConversation`, `status.queued`, `PARLEY_ERR_…`, `undefined`. */
const RAW = /\b([a-z]+[A-Z][A-Za-z]*|[a-z]+\.[a-z][A-Za-z]*\.[a-z][A-Za-z]*|PARLEY_[A-Z_]+|undefined|NaN|\[object Object\])\b/;

export interface Leak {
  text: string;
  why: string;
}

export function findLeaks(shown: string[], locale: Locale, data: string[] = []): Leak[] {
  const other = catalogues[locale === 'ko' ? 'en' : 'ko'];
  const own = catalogues[locale];
  const known = [...data, ...AUTONYMS].filter(Boolean).sort((a, b) => b.length - a.length);
  const leaks: Leak[] = [];
  for (const original of new Set(shown.map((text) => text.trim()).filter(Boolean))) {
    let text = original;
    for (const piece of known) text = text.split(piece).join(' ');
    text = text.trim();
    if (!text) continue;
    if (other.has(text) && !own.has(text)) leaks.push({ text: original, why: `is the ${locale === 'ko' ? 'English' : 'Korean'} catalogue's` });
    else if (RAW.test(text)) leaks.push({ text: original, why: 'looks like a raw key' });
    else if (locale === 'ko' && /[A-Za-z]{2,}[ \u00a0]+[A-Za-z]{2,}/.test(text)) leaks.push({ text: original, why: 'is English on a Korean screen' });
    else if (locale === 'en' && /[가-힣]/.test(text)) leaks.push({ text: original, why: 'is Korean on an English screen' });
  }
  return leaks;
}

/**
 * What the page shows: text nodes and accessible names (aria-label, title, placeholder,
 * alt), inside open shadow roots too. Scripts, styles and form values are data, not words.
 */
export async function shownStrings(page: Page, rootSelector = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const skip = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'DATALIST', 'NOSCRIPT', 'TEMPLATE']);
    const visit = (root: Node) => {
      for (const node of Array.from(root.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (skip.has(element.tagName)) continue;
        for (const attribute of ['aria-label', 'title', 'placeholder', 'alt']) {
          const value = element.getAttribute(attribute);
          if (value) out.push(value);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
        visit(element);
      }
    };
    document.querySelectorAll(selector).forEach(visit);
    return out;
  }, rootSelector);
}

/** Fails with every leak on the screen, named by where the walk was. */
export async function expectNoLeaks(page: Page, screen: string, locale: Locale, data: string[], rootSelector?: string) {
  const leaks = findLeaks(await shownStrings(page, rootSelector), locale, data);
  if (leaks.length > 0) throw new Error(`${screen} (${locale}) shows words from the wrong language:\n${leaks.map((leak) => `  “${leak.text}” ${leak.why}`).join('\n')}`);
}
