import type { JSX, RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';
import { createTypingSignal } from '../../../shared/typing-signal';
import { EmojiPicker } from './EmojiPicker';

/** The server refuses longer messages (`messageTextSchema`). */
export const MAX_MESSAGE_LENGTH = 4000;

export interface ComposerProps {
  t: Strings;
  onSend: (text: string) => void;
  /** Files picked, pasted into the box; absent when the site does not take attachments. */
  onAttach?: (files: File[]) => void;
  /** The file picker's `accept`, e.g. `image/png,application/pdf`. */
  accept?: string;
  /** A draft to start from, e.g. what was typed on the previous page. */
  initialText?: string;
  onDraftChange?: (text: string) => void;
  /** Started or stopped typing, for the agent's typing indicator. */
  onTyping?: (typing: boolean) => void;
  autoFocus?: boolean;
  /** Lets the panel put focus back in the box after a button the visitor pressed goes away. */
  boxRef?: RefObject<HTMLTextAreaElement>;
}

/** The message box: Enter sends, Shift+Enter starts a new line, blank text is never sent. */
export function Composer({ t, onSend, onAttach, accept, initialText = '', onDraftChange, onTyping, autoFocus = true, boxRef }: ComposerProps) {
  const [text, setText] = useState(initialText);
  const [picking, setPicking] = useState(false);
  const ownBox = useRef<HTMLTextAreaElement>(null);
  const box = boxRef ?? ownBox;
  const fileInput = useRef<HTMLInputElement>(null);
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

  const insertEmoji = (emoji: string) => {
    const element = box.current;
    const at = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? at;
    change(text.slice(0, at) + emoji + text.slice(end));
    setPicking(false);
    element?.focus();
    requestAnimationFrame(() => element?.setSelectionRange(at + emoji.length, at + emoji.length));
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    // While an IME (Korean, Japanese…) is composing, Enter confirms the syllable, not the message.
    if (event.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };

  const onPaste = (event: JSX.TargetedClipboardEvent<HTMLTextAreaElement>) => {
    const files = Array.from(event.clipboardData?.files ?? []);
    if (!onAttach || files.length === 0) return;
    event.preventDefault();
    onAttach(files);
  };

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {picking && (
        <EmojiPicker
          label={t.emoji}
          onPick={insertEmoji}
          onClose={() => {
            setPicking(false);
            box.current?.focus();
          }}
        />
      )}
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
        onPaste={onPaste}
      />
      <div class="composer-tools">
        <button type="button" class="tool" aria-label={t.emoji} aria-expanded={picking} onClick={() => setPicking(!picking)}>
          <span aria-hidden="true">🙂</span>
        </button>
        {onAttach && (
          <>
            <button type="button" class="tool" aria-label={t.attach} onClick={() => fileInput.current?.click()}>
              <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
                <path d="M21 11l-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7" />
              </svg>
            </button>
            <input
              ref={fileInput}
              type="file"
              class="visually-hidden"
              tabIndex={-1}
              aria-hidden="true"
              multiple
              accept={accept}
              onChange={(event) => {
                const files = Array.from(event.currentTarget.files ?? []);
                event.currentTarget.value = '';
                if (files.length > 0) onAttach(files);
              }}
            />
          </>
        )}
        <button type="submit" class="send">
          {t.send}
        </button>
      </div>
    </form>
  );
}
