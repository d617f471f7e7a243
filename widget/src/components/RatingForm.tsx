import { useState } from 'preact/hooks';
import type { Strings } from '../i18n';

export interface RatingFormProps {
  t: Strings;
  /** Resolves true once the server stored the rating. */
  onRate: (score: number, comment: string) => Promise<boolean>;
}

/** CSAT after an agent closed the conversation: 1–5 stars as radio buttons, an optional comment. */
export function RatingForm({ t, onRate }: RatingFormProps) {
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <form
      class="form rating"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!score) return;
        setBusy(true);
        await onRate(score, comment);
        setBusy(false);
      }}
    >
      <fieldset>
        <legend class="form-title">{t.rating.title}</legend>
        <div class="stars">
          {[1, 2, 3, 4, 5].map((value) => (
            <label key={value} class={value <= score ? 'star star-on' : 'star'}>
              <input type="radio" name="score" value={value} checked={score === value} aria-label={t.rating.score(value)} onChange={() => setScore(value)} />
              <span aria-hidden="true">★</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        {t.rating.comment}
        <textarea rows={2} maxLength={2000} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
      </label>
      <button type="submit" class="primary" disabled={!score || busy}>
        {t.rating.submit}
      </button>
    </form>
  );
}
