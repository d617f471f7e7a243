/** Type a sentence, see the intents the live classifier ranks for it, with scores. */
import { useEffect, useState } from 'preact/hooks';
import type { IntentTestResult } from '../../../shared/http';
import { useStrings } from '../i18n';
import { failureText } from './failure-text';
import type { IntentApi } from './intent-api';

const DEBOUNCE_MS = 250;

/** `threshold`: the admin's slider value, previewed live before it is saved. */
export function IntentTester({ api, threshold }: { api: Pick<IntentApi, 'test'>; threshold?: number | null }) {
  const strings = useStrings();
  const t = strings.intents.tester;
  const [text, setText] = useState('');
  const [result, setResult] = useState<IntentTestResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!text.trim()) {
      setResult(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      api.test(text, threshold ?? undefined).then(
        (answer) => current && (setResult(answer), setError(null)),
        (failure: unknown) => current && setError(failureText(strings, failure)),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, threshold, strings]);

  return (
    <section class="intent-tester" aria-labelledby="intent-tester-title">
      <h3 id="intent-tester-title">{t.title}</h3>
      <label>
        {t.sentence}
        <input type="text" value={text} onInput={(event) => setText(event.currentTarget.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      {result && (
        <>
          <p role="status">{result.best ? t.wouldAnswer(result.best.name) : t.belowThreshold}</p>
          <ol aria-label={t.ranked}>
            {result.ranked.map((entry) => (
              <li key={entry.name}>
                {entry.name} — {entry.score.toFixed(2)}
              </li>
            ))}
          </ol>
          <p class="hint">{result.mode === 'lexical' ? t.lexical : t.semantic}</p>
        </>
      )}
    </section>
  );
}
