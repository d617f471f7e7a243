/**
 * A visitor's message with card, ID, account or phone numbers masked by the server. The
 * agent may reveal it (the server logs who did); the revealed text lives only in this
 * component's state, so closing the tab forgets it.
 */
import { useState } from 'preact/hooks';
import { useRevealApi } from '../audit/reveal-api';
import { useStrings } from '../i18n';

export function MaskedText({ conversationId, seq, text }: { conversationId: string; seq: number; text: string }) {
  const strings = useStrings();
  const api = useRevealApi();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [state, setState] = useState<'idle' | 'revealing' | 'failed'>('idle');
  const reveal = () => {
    if (!api) return;
    setState('revealing');
    api.reveal(conversationId, seq).then(
      (message) => {
        setRevealed(message.text);
        setState('idle');
      },
      () => setState('failed'),
    );
  };
  return (
    <div class="masked">
      <p class="message-text">{revealed ?? text}</p>
      <p class="guarded-note">
        {revealed === null ? (
          <>
            <span>{strings.masking.hidden} </span>
            {api && (
              <button type="button" class="link" disabled={state === 'revealing'} onClick={reveal}>
                {state === 'revealing' ? strings.masking.revealing : strings.masking.reveal}
              </button>
            )}
          </>
        ) : (
          <span>{strings.masking.revealed}</span>
        )}
      </p>
      {state === 'failed' && <p role="alert">{strings.masking.failed}</p>}
    </div>
  );
}
