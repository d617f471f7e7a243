/**
 * The reply box. Enter sends and Shift+Enter starts a new line — except while an input
 * method is composing (Korean, Japanese…), where Enter only confirms the syllable.
 * The draft lives here, and the panel stays mounted in the background, so it survives tab switches.
 */
import { useId, useState } from 'preact/hooks';
import { names } from '../i18n';

interface ComposerProps {
  onSend: (text: string) => void;
  disabled: boolean;
  /** Why the box is disabled, read out with it. */
  hint?: string | null;
}

export function Composer({ onSend, disabled, hint }: ComposerProps) {
  const id = useId();
  const [text, setText] = useState('');

  function submit() {
    const trimmed = text.trim();
    if (disabled || trimmed === '') return;
    onSend(trimmed);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent) {
    // keyCode 229: Safari reports IME composition this way instead of isComposing.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for={id} class="visually-hidden">
        {names.reply}
      </label>
      <textarea
        id={id}
        rows={3}
        maxLength={4000}
        value={text}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {hint && (
        <p id={`${id}-hint`} class="composer-hint">
          {hint}
        </p>
      )}
      <button type="submit" class="primary" disabled={disabled}>
        {names.send}
      </button>
    </form>
  );
}
