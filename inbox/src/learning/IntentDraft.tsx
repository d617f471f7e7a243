/**
 * "Make intent" pre-filled from questions: a name and display names the admin may edit,
 * the questions as its examples, answers optional. Saving is the second click.
 */
import { useState } from 'preact/hooks';
import type { UnansweredToIntent } from '../../../shared/learning';
import { useStrings } from '../i18n';
import { draftName } from './intent-label';
import { learningText } from './learning-text';

export type NewIntent = Extract<UnansweredToIntent, { newIntent: unknown }>['newIntent'];

export interface IntentDraftProps {
  examples: string[];
  /** Names already taken on the site. */
  taken: string[];
  onSave: (intent: NewIntent) => Promise<void>;
  onCancel: () => void;
}

export function IntentDraft({ examples, taken, onSave, onCancel }: IntentDraftProps) {
  const text = learningText[useStrings().locale];
  const sample = examples[0] ?? '';
  const [name, setName] = useState(() => draftName(sample, taken));
  const [displayKo, setDisplayKo] = useState(() => (/[가-힣]/.test(sample) ? sample.slice(0, 60) : ''));
  const [displayEn, setDisplayEn] = useState(() => (/[가-힣]/.test(sample) ? '' : sample.slice(0, 60)));
  const [answerKo, setAnswerKo] = useState('');
  const [answerEn, setAnswerEn] = useState('');
  const [busy, setBusy] = useState(false);
  const input = (label: string, value: string, set: (value: string) => void, extra: Record<string, unknown> = {}) => (
    <label>
      {label}
      <input type="text" value={value} onInput={(event) => set(event.currentTarget.value)} {...extra} />
    </label>
  );
  const area = (label: string, value: string, set: (value: string) => void) => (
    <label>
      {label}
      <textarea value={value} maxLength={2000} onInput={(event) => set(event.currentTarget.value)} />
    </label>
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSave({ name, displayName: { ko: displayKo.trim(), en: displayEn.trim() }, answer: { ko: answerKo, en: answerEn } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="intent-draft" aria-label={text.makeIntent} onSubmit={submit}>
      {input(text.intentName, name, setName, { required: true, pattern: '[a-z0-9_]{2,60}' })}
      {input(text.displayKo, displayKo, setDisplayKo, { maxLength: 60 })}
      {input(text.displayEn, displayEn, setDisplayEn, { maxLength: 60 })}
      <p>{text.examples}</p>
      <ul aria-label={text.examples}>
        {examples.map((example) => (
          <li key={example}>{example}</li>
        ))}
      </ul>
      {area(text.answerKo, answerKo, setAnswerKo)}
      {area(text.answerEn, answerEn, setAnswerEn)}
      <button type="submit" disabled={busy}>
        {text.save}
      </button>
      <button type="button" onClick={onCancel}>
        {text.cancel}
      </button>
    </form>
  );
}
