/**
 * The submit of an admin form: check the fields (marking the bad ones, sending nothing),
 * then save, keeping what was typed and saying why when the server refuses.
 */
import { useState } from 'preact/hooks';
import { useStrings } from '../i18n';
import { failureText } from './failure-text';

export type CheckedFields<T, F extends string> = { ok: true; value: T } | { ok: false; invalid: F[] };

export function useCheckedSubmit<T, F extends string>(options: { fixText: string; save: (value: T) => Promise<void>; onSaved?: () => void }) {
  const strings = useStrings();
  const [invalid, setInvalid] = useState<F[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(checked: CheckedFields<T, F>) {
    setInvalid(checked.ok ? [] : checked.invalid);
    if (!checked.ok) return setError(options.fixText);
    setError(null);
    setBusy(true);
    try {
      await options.save(checked.value);
      options.onSaved?.();
    } catch (failure) {
      setError(failureText(strings, failure));
    } finally {
      setBusy(false);
    }
  }
  return { invalid, error, busy, submit };
}
