/**
 * What an admin screen shows when something fails: for Parley's errors the catalog's words
 * for known codes, else the server's message; a local refusal (a plain Error) as it is.
 */
import { errorText, type Strings } from '../i18n';
import { ParleyClientError } from '../lib/errors';

export function failureText(strings: Strings, failure: unknown): string {
  if (failure instanceof ParleyClientError) return errorText(strings, failure);
  return failure instanceof Error ? failure.message : String(failure);
}
