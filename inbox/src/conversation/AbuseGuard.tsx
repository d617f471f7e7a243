/**
 * Protecting agents from abuse (폭언): a visitor's abusive message is blurred until the agent
 * chooses to read it, a banner warns the agent and offers to end the conversation with a
 * polite closing in the visitor's language, and a threat says to bring in a supervisor.
 */
import { useState } from 'preact/hooks';
import { detectAbuse, politeClosing } from '../../../shared/abuse';
import type { Conversation } from '../../../shared/domain';
import { useStrings } from '../i18n';
import type { TranscriptEntry } from '../lib/messages';

/** A visitor's message that may be abusive: hidden behind a blur until the agent asks to see it. */
export function GuardedText({ text }: { text: string }) {
  const strings = useStrings();
  const [shown, setShown] = useState(false);
  return (
    <div class="guarded">
      <p class={shown ? 'message-text' : 'message-text blurred'} aria-hidden={!shown}>
        {text}
      </p>
      <p class="guarded-note">
        {!shown && <span>{strings.protection.hidden} </span>}
        <button type="button" class="link" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? strings.protection.hide : strings.protection.show}
        </button>
      </p>
    </div>
  );
}

export const isGuarded = (entry: Pick<TranscriptEntry, 'author' | 'text'>) => entry.author.kind === 'visitor' && detectAbuse(entry.text).abusive;

interface AbuseBannerProps {
  conversation: Pick<Conversation, 'locale' | 'status'>;
  entries: readonly TranscriptEntry[];
  /** The agent may end it: it is theirs and open. */
  canEnd: boolean;
  onEndPolitely?: ((closing: string) => Promise<unknown>) | undefined;
}

export function AbuseBanner({ conversation, entries, canEnd, onEndPolitely }: AbuseBannerProps) {
  const strings = useStrings();
  const [ending, setEnding] = useState(false);
  const checks = entries.filter((entry) => entry.author.kind === 'visitor').map((entry) => detectAbuse(entry.text));
  const abusive = checks.filter((check) => check.abusive).length;
  if (abusive === 0 || conversation.status === 'closed') return null;
  const threat = checks.some((check) => check.threat);
  const end = () => {
    if (!onEndPolitely) return;
    setEnding(true);
    onEndPolitely(politeClosing[conversation.locale]).finally(() => setEnding(false));
  };
  return (
    <div role="alert" class={threat ? 'abuse-banner threat' : 'abuse-banner'}>
      <p>
        {threat ? strings.protection.threat : strings.protection.warning(abusive)} {strings.protection.notYourFault}
      </p>
      {canEnd && onEndPolitely && (
        <button type="button" disabled={ending} onClick={end}>
          {strings.protection.endPolitely}
        </button>
      )}
    </div>
  );
}
