import { useEffect, useRef, useState } from 'preact/hooks';
import type { Strings } from '../i18n';

export interface ErasureRequestProps {
  t: Strings;
  /** Sends the request; resolves true once Parley received it (else the panel shows a notice). */
  onRequest: () => Promise<boolean>;
  /** The confirmation closed: where focus goes, so Esc and typing still reach the widget. */
  onSettled: () => void;
}

/**
 * "Request deletion of my chat history" (issue #13): a small link at the foot of the panel
 * that asks first, sends the request once, then says an admin will take care of it.
 */
export function ErasureRequest({ t, onRequest, onSettled }: ErasureRequestProps) {
  // 0: the link; 1: asking; 2: sending; 3: received.
  const [step, setStep] = useState(0);
  const confirm = useRef<HTMLButtonElement>(null);
  // The link the visitor pressed is gone: focus would otherwise fall to the host page.
  useEffect(() => void (step === 1 && confirm.current?.focus()), [step]);
  const settle = (next: number) => {
    setStep(next);
    onSettled();
  };
  if (step > 2) return <p class="form-note" role="status">{t.erasure.done}</p>;
  if (!step) {
    return (
      <p class="erase">
        <button type="button" class="link-button" onClick={() => setStep(1)}>
          {t.erasure.request}
        </button>
      </p>
    );
  }
  return (
    <div class="notice" role="alertdialog" aria-label={t.erasure.request}>
      <span>{t.erasure.ask}</span>
      <button
        ref={confirm}
        type="button"
        class="link-button"
        aria-disabled={step > 1}
        onClick={async () => {
          if (step > 1) return;
          setStep(2);
          settle((await onRequest()) ? 3 : 0);
        }}
      >
        {t.erasure.confirm}
      </button>
      <button type="button" class="link-button" onClick={() => settle(0)}>
        {t.erasure.cancel}
      </button>
    </div>
  );
}
