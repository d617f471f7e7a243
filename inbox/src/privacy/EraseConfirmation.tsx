/** The question before an erasure: what goes, that it is for good, and a way back. */
import { useEffect, useId, useRef } from 'preact/hooks';
import { usePrivacyText } from './privacy-text';

export function EraseConfirmation({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const text = usePrivacyText();
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  // The safe choice has the focus, so Enter alone never erases anyone.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div role="alertdialog" aria-modal="false" aria-labelledby={`${id}-title`} aria-describedby={`${id}-warning`} class="erase-confirmation">
      <p id={`${id}-title`}>
        <strong>{text.eraseTitle}</strong>
      </p>
      <p id={`${id}-warning`}>{text.eraseWarning}</p>
      <button type="button" class="danger" onClick={onConfirm}>
        {text.confirmErase}
      </button>
      <button type="button" ref={cancel} onClick={onCancel}>
        {text.cancel}
      </button>
    </div>
  );
}
