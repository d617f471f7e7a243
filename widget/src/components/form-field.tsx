import type { JSX } from 'preact';
import { useId } from 'preact/hooks';

export interface FieldProps {
  label: string;
  /** Shown under the field and announced with it. */
  error?: string | null;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => JSX.Element;
}

/** A labelled form control with its error message tied to it (`aria-describedby`). */
export function Field({ label, error, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p id={errorId} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A pragmatic email check: the server's zod schema has the last word. */
export const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
