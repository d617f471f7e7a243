/**
 * The inbox's language: the agent's own choice, remembered in this browser, else the
 * browser's language. Every screen reads the words through `StringsContext`, so switching
 * re-renders the inbox in the other language without a reload.
 */
import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../shared/domain';
import { StringsContext, pickLocale, stringsFor } from './i18n';
import type { KeyValueStorage } from './lib/storage';

const LOCALE_KEY = 'parley.inbox.locale';

interface LocaleChoice {
  locale: Locale;
  choose(locale: Locale): void;
}

const LocaleChoiceContext = createContext<LocaleChoice | null>(null);

/** Null outside a `LocaleRoot` (some tests), where the language cannot be switched. */
export function useLocaleChoice(): LocaleChoice | null {
  return useContext(LocaleChoiceContext);
}

export function LocaleRoot({ storage, browserLanguage, children }: { storage: KeyValueStorage; browserLanguage: string | undefined; children: ComponentChildren }) {
  const [locale, setLocale] = useState<Locale>(() => {
    const saved = storage.get(LOCALE_KEY);
    return saved === 'ko' || saved === 'en' ? saved : pickLocale(browserLanguage);
  });
  const choose = (next: Locale) => {
    storage.set(LOCALE_KEY, next);
    setLocale(next);
  };
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <LocaleChoiceContext.Provider value={{ locale, choose }}>
      <StringsContext.Provider value={stringsFor(locale)}>{children}</StringsContext.Provider>
    </LocaleChoiceContext.Provider>
  );
}
