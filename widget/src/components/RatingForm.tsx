import { useState } from 'preact/hooks';
import type { Strings } from '../i18n';

export interface RatingFormProps {
  t: Strings;
  /** Resolves true once the server stored the rating. */
  onRate: (score: number, comment: string) => Promise<boolean>;
  /** Given, the form asks the NPS question (0–10, no comment) instead of CSAT, and this is called when the visitor skips it. */
  nps?: () => void;
}

/**
 * CSAT after an agent closed the conversation: 1–5 stars as radio buttons, an optional
 * comment. With `nps`, the NPS question that follows it: 0–10, skippable. One form for
 * both keeps the widget within its size budget.
 */
export function RatingForm({ t, onRate, nps }: RatingFormProps) {
  const [score, setScore] = useState(-1);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <form
      class="form rating"
      onSubmit={async (event) => {
        event.preventDefault();
        if (score < 0) return;
        setBusy(true);
        await onRate(score, comment);
        setBusy(false);
      }}
    >
      <fieldset>
        <legend class="form-title">{(nps ? t.nps : t.rating).title}</legend>
        <div class="stars">
          {(nps ? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : [1, 2, 3, 4, 5]).map((value) => (
            <label key={value} class={value <= score ? 'star star-on' : 'star'}>
              <input type="radio" name="score" value={value} checked={score === value} aria-label={t.rating.score(value, nps ? 10 : 5)} onChange={() => setScore(value)} />
              <span aria-hidden="true">{nps ? value : '★'}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {!nps && (
        <label class="field">
          {t.rating.comment}
          <textarea rows={2} maxLength={2000} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="primary" disabled={score < 0 || busy}>
        {t.rating.submit}
      </button>
      {nps && (
        <button type="button" class="link-button" onClick={nps}>
          {t.dismiss}
        </button>
      )}
    </form>
  );
}
