/** A labelled text input: the label is the input's accessible name, which tests and assistive tech rely on. */
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  type: 'text' | 'email' | 'password';
  value: string;
  onInput: (value: string) => void;
  autoComplete: string;
  hint?: string;
  minLength?: number;
}

export function Field({ label, type, value, onInput, autoComplete, hint, minLength }: FieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        required
        minLength={minLength}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
