/**
 * The reply box. Enter sends and Shift+Enter starts a new line — except while an input
 * method is composing (Korean, Japanese…), where Enter only confirms the syllable.
 * The draft lives here, and the panel stays mounted in the background, so it survives tab switches.
 *
 * Beyond replies it writes internal notes (only agents see them), offers canned responses
 * for a `/shortcut` draft, asks before a curt reply goes to a customer (the polite-register
 * guard of Parley's Korean service rules), and reports when the agent is typing a reply.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CannedResponse, Locale } from '../../../shared/domain';
import { checkPoliteRegister } from '../../../shared/polite-register';
import { fillTemplate, type TemplateValues } from '../../../shared/templates';
import { CannedList, cannedOptionId } from '../composer/CannedList';
import { matchCanned } from '../composer/canned-suggestions';
import { composerStringsFor } from '../composer/composer-strings';
import { PoliteGuard } from '../composer/PoliteGuard';
import { createTypingSignal } from '../../../shared/typing-signal';
import { useStrings } from '../i18n';
import { ArticlePicker } from '../knowledge/ArticlePicker';
import '../composer/composer.css';

export interface SendOptions {
  /** An internal note: stored with the conversation for agents, never shown to the visitor. */
  internal: boolean;
}

export interface ComposerProps {
  onSend: (text: string, options: SendOptions) => void;
  /** Replying to the visitor is not allowed (not this agent's conversation, or closed). */
  disabled: boolean;
  /** Why the box is disabled, read out with it. */
  hint?: string | null;
  /** Internal notes may be written even while `disabled` (any agent may note on an open conversation). */
  notesAllowed?: boolean;
  /** Team and personal canned responses, offered for a `/shortcut` draft. */
  cannedResponses?: readonly CannedResponse[];
  /** What `{{visitor.name}}`, `{{visitor.email}}` and `{{agent.name}}` become. */
  templateValues?: TemplateValues;
  /** The conversation's (visitor's) locale, for filling canned responses; the inbox's locale by default. */
  locale?: Locale;
  /** Per-site curt phrases the polite-register guard asks about before a reply is sent. */
  politeGuardPhrases?: readonly string[];
  /** The agent started (true) or stopped (false) typing a reply. Never called for notes. */
  onTyping?: (typing: boolean) => void;
}

const MAX_LENGTH = 4000;
const NO_CANNED: readonly CannedResponse[] = [];
const NO_PHRASES: readonly string[] = [];
const NOTHING_KNOWN: TemplateValues = { visitor: { name: null, email: null }, agent: { name: '' } };

interface PendingCurtReply {
  text: string;
  phrase: string;
  suggestion: string;
}

export function Composer({
  onSend,
  disabled,
  hint,
  notesAllowed = false,
  cannedResponses = NO_CANNED,
  templateValues = NOTHING_KNOWN,
  locale,
  politeGuardPhrases = NO_PHRASES,
  onTyping,
}: ComposerProps) {
  const strings = useStrings();
  const words = composerStringsFor(strings.locale);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [noteChosen, setNoteChosen] = useState(false);
  const [cannedClosed, setCannedClosed] = useState(false);
  const [active, setActive] = useState(0);
  const [curt, setCurt] = useState<PendingCurtReply | null>(null);

  // Replies off but notes allowed: the box is a note box, its toggle on and locked.
  const noteOnly = disabled && notesAllowed;
  const usable = !disabled || notesAllowed;
  const internal = noteOnly || noteChosen;
  const replying = usable && !internal;

  const onTypingRef = useRef(onTyping);
  onTypingRef.current = onTyping;
  const [typing] = useState(() => createTypingSignal((value) => onTypingRef.current?.(value)));
  useEffect(() => () => typing.stop(), [typing]);
  // The visitor hears about reply-writing only: switching to a note (or losing the conversation) ends it.
  useEffect(() => {
    if (!replying) typing.stop();
  }, [replying, typing]);

  // A note begun while replies were off stays a note when they come back on, instead of reaching
  // the visitor. Runs only when the lock changes, reading the draft of that moment.
  const wasNoteOnly = useRef(noteOnly);
  useEffect(() => {
    if (wasNoteOnly.current && !noteOnly && text.trim() !== '') setNoteChosen(true);
    wasNoteOnly.current = noteOnly;
  }, [noteOnly]);

  const fillLocale = locale ?? strings.locale;
  const fill = (response: CannedResponse) => fillTemplate(response.text, templateValues, fillLocale);
  const matches = usable && !cannedClosed ? matchCanned(text, cannedResponses) : [];
  const activeIndex = Math.min(active, matches.length - 1);
  const activeOption = matches[activeIndex];
  const listId = `${id}-canned`;

  // Focus (and the caret, at the end) goes back to the box after an insertion or the guard closes.
  const refocus = useRef(false);
  useLayoutEffect(() => {
    const el = box.current;
    if (!refocus.current || !el) return;
    refocus.current = false;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  });
  useEffect(() => {
    if (activeOption) document.getElementById(cannedOptionId(listId, activeOption))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption, listId]);

  function edit(value: string) {
    setText(value);
    setCannedClosed(false);
    setActive(0);
    setCurt(null);
    if (replying) typing.input(value);
  }

  function insert(response: CannedResponse) {
    edit(fill(response).slice(0, MAX_LENGTH));
    setCannedClosed(true);
    refocus.current = true;
  }

  function send(value: string, asNote: boolean) {
    onSend(value, { internal: asNote });
    setText('');
    setCurt(null);
    setActive(0);
    setCannedClosed(false);
    typing.stop();
  }

  function submit() {
    const trimmed = text.trim();
    if (!usable || trimmed === '') return;
    if (!internal) {
      const check = checkPoliteRegister(trimmed, politeGuardPhrases);
      if (check.curt && check.phrase !== null && check.suggestion !== null) {
        setCurt({ text: trimmed, phrase: check.phrase, suggestion: check.suggestion });
        return;
      }
    }
    send(trimmed, internal);
  }

  function onKeyDown(event: KeyboardEvent) {
    // keyCode 229: Safari reports IME composition this way instead of isComposing.
    if (event.isComposing || event.keyCode === 229) return;
    if (activeOption && !event.shiftKey) {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        setActive((activeIndex + step + matches.length) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        insert(activeOption);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setCannedClosed(true);
        return;
      }
    }
    if (event.key !== 'Enter' || event.shiftKey) return;
    event.preventDefault();
    submit();
  }

  const closeGuard = () => {
    setCurt(null);
    refocus.current = true;
  };
  const describedBy = [hint && `${id}-hint`, noteOnly && `${id}-note-only`].filter(Boolean).join(' ');

  return (
    <form
      class={internal ? 'composer composer-note' : 'composer'}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for={id} class="visually-hidden">
        {strings.names.reply}
      </label>
      {(hint || noteOnly) && (
        <p class="composer-hint">
          {hint && <span id={`${id}-hint`}>{hint}</span>}
          {hint && noteOnly && ' '}
          {noteOnly && <span id={`${id}-note-only`}>{words.noteOnlyHint}</span>}
        </p>
      )}
      <div class="composer-field">
        {activeOption && <CannedList id={listId} options={matches} active={activeIndex} preview={fill} strings={words} onPick={insert} />}
        <textarea
          ref={box}
          id={id}
          rows={3}
          maxLength={MAX_LENGTH}
          value={text}
          disabled={!usable}
          placeholder={internal ? words.notePlaceholder : undefined}
          aria-describedby={describedBy || undefined}
          aria-autocomplete={cannedResponses.length > 0 ? 'list' : undefined}
          aria-controls={activeOption ? listId : undefined}
          aria-activedescendant={activeOption ? cannedOptionId(listId, activeOption) : undefined}
          onInput={(event) => edit(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div class="composer-actions">
        <label class="composer-note-toggle">
          <input
            type="checkbox"
            checked={internal}
            disabled={!usable || noteOnly}
            onChange={(event) => {
              setNoteChosen(event.currentTarget.checked);
              setCurt(null);
            }}
          />
          {words.names.internalNote}
        </label>
        {/* Help-article links go to visitors: offered while replying, not in notes. */}
        <ArticlePicker
          disabled={!replying}
          onInsert={(link) => {
            edit(`${text.trimEnd()}${text.trim() ? ' ' : ''}${link}`.slice(0, MAX_LENGTH));
            refocus.current = true;
          }}
        />
        <button type="submit" class="primary" disabled={!usable}>
          {internal ? words.names.addNote : strings.names.send}
        </button>
      </div>
      {curt && replying && (
        <PoliteGuard
          phrase={curt.phrase}
          suggestion={curt.suggestion}
          strings={words}
          onUseSuggestion={() => {
            edit(curt.suggestion.slice(0, MAX_LENGTH));
            refocus.current = true;
          }}
          onSendAnyway={() => {
            send(curt.text, false);
            refocus.current = true;
          }}
          onEdit={closeGuard}
        />
      )}
      <p class="visually-hidden" aria-live="polite">
        {activeOption ? words.cannedHelp(matches.length) : ''}
      </p>
    </form>
  );
}
