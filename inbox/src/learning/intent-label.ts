/** An intent as agents read it in the pickers: the admin's display name, else the catalogue's, else the id made readable. */
import type { IntentChoice } from '../../../shared/learning';
import { intentName, type Strings } from '../i18n';

export function intentLabel(strings: Strings, choice: IntentChoice): string {
  const own = choice.displayName[strings.locale]?.trim();
  if (own) return own;
  return strings.intentNames[choice.name] ?? (choice.displayName[strings.locale === 'ko' ? 'en' : 'ko']?.trim() || intentName(strings, choice.name));
}

/** A starting name for an intent made from a question: its English words, else a numbered placeholder. */
export function draftName(sample: string, taken: readonly string[]): string {
  const words = sample.toLowerCase().match(/[a-z0-9]+/g)?.slice(0, 4).join('_') ?? '';
  const base = words.length >= 2 ? words.slice(0, 50) : 'new_intent';
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}
