/**
 * Which canned responses a `/shortcut` draft offers. The list opens only while the whole
 * draft is one slash word ("/gre"), so a reply that merely contains a slash, or a slash
 * command followed by text, is never hijacked; a draft nothing matches offers nothing and
 * can be sent as written.
 */
import type { CannedResponse } from '../../../shared/domain';

/** The shortcut being typed ("/Gre" → "gre"), or null when the draft is not a lone slash word. */
export function cannedQuery(draft: string): string | null {
  const typed = /^\/(\S*)$/.exec(draft);
  return typed ? (typed[1] ?? '').toLowerCase() : null;
}

/**
 * The responses whose shortcut starts with what follows the slash, case-insensitively,
 * in shortcut order; where an agent's personal response shares a team shortcut, the
 * personal one comes first because it is the one they saved for themselves.
 *
 * @example matchCanned('/th', responses).map((r) => r.shortcut) // ['thanks', 'thanks-en']
 */
export function matchCanned(draft: string, responses: readonly CannedResponse[]): CannedResponse[] {
  const query = cannedQuery(draft);
  if (query === null) return [];
  return responses
    .filter((response) => response.shortcut.toLowerCase().startsWith(query))
    .sort((a, b) => a.shortcut.localeCompare(b.shortcut) || scopeRank(a) - scopeRank(b));
}

const scopeRank = (response: CannedResponse) => (response.scope === 'personal' ? 0 : 1);
