/**
 * Writing one canned response: shortcut, text with `{{visitor.name}}`-style variables
 * (buttons insert them at the cursor), scope when creating, and a live preview filled
 * the way the composer will fill it.
 */
import { useId, useRef, useState } from 'preact/hooks';
import type { CannedResponseInput } from '../../../shared/schemas';
import { fillTemplate } from '../../../shared/templates';
import { useStrings } from '../i18n';
import { mayManageTeamResponses, TEMPLATE_VARIABLES, toCannedInput, type CannedField, type CannedFields, type Editor } from './canned-response-form';
import { useCheckedSubmit } from './use-checked-submit';

const texts = {
  en: {
    shortcutHint: 'Lowercase letters, digits, “_” and “-” (up to 30). Agents type /shortcut in the reply box.',
    badShortcut: 'Use 1–30 lowercase letters, digits, “_” or “-”.',
    badText: 'Write a reply of 1–2000 characters.',
    textPlaceholder: 'Thanks for waiting, {{visitor.name}}. I’m checking this for you now.',
    variablesHint: 'Variables are filled in when the response is used; a visitor without a name reads naturally.',
    scopeHint: 'Team responses are shared with every agent; personal ones only you see.',
    personalOnly: 'Personal: only you see this response.',
    sampleVisitor: 'Alex Kim',
    withName: 'Preview for a visitor with a name',
    withoutName: 'Preview for a visitor without a name',
    fix: 'Please correct the marked fields.',
    shortcut: 'Shortcut',
    text: 'Response text',
    variables: 'Variables',
    insert: (variable: string) => `Insert ${variable}`,
    scope: 'Scope',
    scopes: { team: 'Team', personal: 'Personal' },
    previewWith: 'Preview with a visitor name',
    previewWithout: 'Preview without a visitor name',
    create: 'Create response',
    save: 'Save response',
    cancel: 'Cancel',
  },
  ko: {
    shortcutHint: '영문 소문자, 숫자, “_”, “-”로 30자까지 입력합니다. 상담원은 답변 입력란에 /단축어를 입력해 사용합니다.',
    badShortcut: '영문 소문자, 숫자, “_”, “-”로 1~30자를 입력해 주세요.',
    badText: '답변을 1~2000자로 입력해 주세요.',
    textPlaceholder: '{{visitor.name}} 고객님, 기다려 주셔서 감사합니다. 확인 후 바로 안내해 드리겠습니다.',
    variablesHint: '변수는 상용구를 사용할 때 채워집니다. 이름을 모르는 방문자에게도 자연스럽게 표시됩니다.',
    scopeHint: '팀 상용구는 모든 상담원이 함께 쓰고, 개인 상용구는 나만 볼 수 있습니다.',
    personalOnly: '개인 상용구: 나만 볼 수 있습니다.',
    sampleVisitor: '김민지',
    withName: '이름을 아는 방문자에게 보이는 모습',
    withoutName: '이름을 모르는 방문자에게 보이는 모습',
    fix: '표시된 항목을 고쳐 주세요.',
    shortcut: '단축어',
    text: '상용구 내용',
    variables: '변수',
    insert: (variable: string) => `${variable} 넣기`,
    scope: '공유 범위',
    scopes: { team: '팀', personal: '개인' },
    previewWith: '이름을 아는 방문자 미리 보기',
    previewWithout: '이름을 모르는 방문자 미리 보기',
    create: '상용구 만들기',
    save: '상용구 저장',
    cancel: '취소',
  },
};

interface CannedResponseFormProps {
  /** The form's accessible name, e.g. "New canned response". */
  label: string;
  initial: CannedFields;
  /** Creating chooses a scope; an existing response keeps its own. */
  mode: 'create' | 'edit';
  editor: Editor & { name: string };
  /** Rejects to keep the form as typed and show the reason. */
  save: (input: CannedResponseInput) => Promise<void>;
  onCancel?: () => void;
}

export function CannedResponseForm({ label, initial, mode, editor, save, onCancel }: CannedResponseFormProps) {
  const strings = useStrings();
  const text = texts[strings.locale];
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [fields, setFields] = useState<CannedFields>(initial);
  const { invalid, error, busy, submit: submitChecked } = useCheckedSubmit<CannedResponseInput, CannedField>({
    fixText: text.fix,
    save,
    onSaved: () => mode === 'create' && setFields(initial),
  });
  const submit = () => submitChecked(toCannedInput(fields));

  const insert = (variable: string) => {
    const at = area.current?.selectionStart ?? fields.text.length;
    setFields({ ...fields, text: fields.text.slice(0, at) + variable + fields.text.slice(at) });
    area.current?.focus();
  };

  const described = (name: CannedField, hint?: string) => [hint, invalid.includes(name) ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const preview = (visitorName: string | null) => fillTemplate(fields.text, { visitor: { name: visitorName, email: null }, agent: { name: editor.name } }, strings.locale);

  return (
    <form aria-label={label} class="canned-form" noValidate onSubmit={(event) => (event.preventDefault(), void submit())}>
      {error && <p role="alert">{error}</p>}
      <div class="field">
        <label for={`${id}-shortcut`}>{text.shortcut}</label>
        <input
          id={`${id}-shortcut`}
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={fields.shortcut}
          aria-invalid={invalid.includes('shortcut') || undefined}
          aria-describedby={described('shortcut', `${id}-shortcut-hint`)}
          onInput={(event) => setFields({ ...fields, shortcut: event.currentTarget.value })}
        />
        <p id={`${id}-shortcut-hint`} class="field-hint">{text.shortcutHint}</p>
        {invalid.includes('shortcut') && <p id={`${id}-shortcut-error`} class="field-error">{text.badShortcut}</p>}
      </div>
      <div class="field">
        <label for={`${id}-text`}>{text.text}</label>
        <textarea
          id={`${id}-text`}
          ref={area}
          rows={4}
          placeholder={text.textPlaceholder}
          value={fields.text}
          aria-invalid={invalid.includes('text') || undefined}
          aria-describedby={described('text', `${id}-variables-hint`)}
          onInput={(event) => setFields({ ...fields, text: event.currentTarget.value })}
        />
        {invalid.includes('text') && <p id={`${id}-text-error`} class="field-error">{text.badText}</p>}
      </div>
      <div role="group" aria-label={text.variables} class="variables">
        {TEMPLATE_VARIABLES.map((variable) => (
          <button key={variable} type="button" onClick={() => insert(variable)}>
            {text.insert(variable)}
          </button>
        ))}
        <p id={`${id}-variables-hint`} class="field-hint">{text.variablesHint}</p>
      </div>
      {mode === 'create' && mayManageTeamResponses(editor) ? (
        <div class="field">
          <label for={`${id}-scope`}>{text.scope}</label>
          <select id={`${id}-scope`} value={fields.scope} aria-describedby={`${id}-scope-hint`} onChange={(event) => setFields({ ...fields, scope: event.currentTarget.value as CannedFields['scope'] })}>
            <option value="team">{text.scopes.team}</option>
            <option value="personal">{text.scopes.personal}</option>
          </select>
          <p id={`${id}-scope-hint`} class="field-hint">{text.scopeHint}</p>
        </div>
      ) : (
        mode === 'create' && <p class="field-hint">{text.personalOnly}</p>
      )}
      {fields.text.trim() && (
        <>
          <figure aria-label={text.previewWith} class="canned-preview">
            <figcaption>{text.withName}</figcaption>
            <p>{preview(text.sampleVisitor)}</p>
          </figure>
          <figure aria-label={text.previewWithout} class="canned-preview">
            <figcaption>{text.withoutName}</figcaption>
            <p>{preview(null)}</p>
          </figure>
        </>
      )}
      <div class="form-actions">
        <button type="submit" disabled={busy}>{mode === 'create' ? text.create : text.save}</button>
        {onCancel && <button type="button" onClick={onCancel}>{text.cancel}</button>}
      </div>
    </form>
  );
}
