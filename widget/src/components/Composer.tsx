import type { JSX, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { createTypingSignal } from '../lib/typing-signal';

/** The server refuses longer messages (`messageTextSchema`). */
export const MAX_MESSAGE_LENGTH = 4000;

export interface ComposerProps {
  t: Strings;
  onSend: (text: string) => void;
  /** A draft to start from, e.g. what was typed before the panel was closed. */
  initialText?: string;
  onDraftChange?: (text: string) => void;
  /** Started or stopped typing, for the agent's typing indicator. */
  onTyping?: (typing: boolean) => void;
  autoFocus?: boolean;
  /** Lets the panel put focus back in the box after a button the visitor pressed goes away. */
  boxRef?: RefObject<HTMLTextAreaElement>;
}

/** The message box: Enter sends, Shift+Enter starts a new line, blank text is never sent. */
export function Composer({ t, onSend, initialText = '', onDraftChange, onTyping, autoFocus = true, boxRef }: ComposerProps) {
  const [text, setText] = useState(initialText);
  const ownBox = useRef<HTMLTextAreaElement>(null);
  const box = boxRef ?? ownBox;
  const report = useRef(onTyping);
  report.current = onTyping;
  const typing = useMemo(() => createTypingSignal((value) => report.current?.(value)), []);

  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);

  // Closing the panel mid-sentence is not typing any more.
  useEffect(() => typing.stop, [typing]);

  const change = (value: string) => {
    setText(value);
    onDraftChange?.(value);
    typing.input(value);
  };

  const submit = () => {
    const message = text.trim();
    if (!message) return;
    onSend(message);
    change('');
    box.current?.focus();
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME (Korean, Japanese…) is composing, Enter confirms the syllable, not the message.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={box}
        class="composer-input"
        aria-label={t.message}
        placeholder={t.messagePlaceholder}
        rows={2}
        maxLength={MAX_MESSAGE_LENGTH}
        value={text}
        onInput={(event) => change(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="send">
        {t.send}
      </button>
    </form>
  );
}
