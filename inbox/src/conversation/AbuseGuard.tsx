/**
 * Protecting agents from abuse (폭언): a visitor's abusive message is blurred until the agent
 * chooses to read it, a banner warns the agent and offers to end the conversation with a
 * polite closing in the visitor's language (and to block the visitor for a while), and a
 * threat says to bring in a supervisor. Detection uses the site's own lists too, the same
 * ones the server counts with (server/abuse/).
 */
import { useEffect, useState } from 'preact/hooks';
import { BLOCK_HOURS, detectAbuse, politeClosing, type AbuseFlag, type AbuseLists } from '../../../shared/abuse';
import type { Conversation } from '../../../shared/domain';
import { createAbuseApi, type AbuseApi } from '../admin/AbuseApi';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { formatDateTime } from '../lib/format-date';
import type { TranscriptEntry } from '../lib/messages';
import { createSessionStore } from '../lib/session-store';
import { browserStorage } from '../lib/storage';

// The site's lists, read once per page: messages render often, and the lists change rarely.
let siteLists: AbuseLists = {};
let listsLoad: Promise<void> | null = null;
const listeners = new Set<() => void>();
// Bumped on every change, so a component that subscribed late still sees what it missed.
let storeVersion = 0;
const changed = () => {
  storeVersion++;
  listeners.forEach((listener) => listener());
};

/** Uses these lists from now on (after the site's were loaded, or saved by an admin). */
export function setSiteAbuseLists(lists: AbuseLists) {
  siteLists = lists;
  changed();
}

function useSiteAbuseLists(api: AbuseApi | null) {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const rerender = () => setVersion((version) => version + 1);
    listeners.add(rerender);
    if (api && !listsLoad) {
      // A failed read keeps the shared lists; the next page load tries again.
      listsLoad = api.settings().then(({ settings }) => setSiteAbuseLists(settings), () => {});
    }
    return () => void listeners.delete(rerender);
  }, [api]);
  return siteLists;
}

// What the abuse model flagged (message id → whether a threat, and conversation → seqs), from
// `abuse:flagged` and each opened conversation's stored flags; ids only, so holding them is cheap.
const flaggedMessages = new Map<string, boolean>();
const flaggedSeqs = new Map<string, Set<number>>();

/** Blurs these messages (and hides them as a list preview) from now on, as the lists' matches are. */
export function noteAbuseFlags(flags: readonly AbuseFlag[]) {
  const fresh = flags.filter((flag) => flaggedMessages.get(flag.messageId) !== flag.threat);
  if (fresh.length === 0) return;
  for (const flag of fresh) {
    flaggedMessages.set(flag.messageId, flag.threat);
    flaggedSeqs.set(flag.conversationId, (flaggedSeqs.get(flag.conversationId) ?? new Set()).add(flag.seq));
  }
  changed();
}

/** Whether a conversation's last message (its preview in the list) is one the model flagged. */
export const isFlaggedPreview = (conversation: { id: string; lastSeq: number }) => flaggedSeqs.get(conversation.id)?.has(conversation.lastSeq) ?? false;

/** What one visitor message is: listed words, else the model's flag, else nothing. */
function judge(entry: Pick<TranscriptEntry, 'id' | 'text'>, lists: AbuseLists) {
  const listed = detectAbuse(entry.text, lists);
  const flagged = flaggedMessages.get(entry.id);
  return listed.abusive || flagged === undefined ? listed : { abusive: true, threat: flagged };
}

/** The signed-in agent's API, from the stored session (null when signed out). */
function signedInAbuseApi(): AbuseApi | null {
  const session = typeof window === 'undefined' ? null : createSessionStore(browserStorage()).get();
  return session ? createAbuseApi(window.fetch.bind(window), session.token) : null;
}

/**
 * The site's lists for a component that checks visitors' words (the conversation list's
 * previews): read once per page with the signed-in agent's API (or `given`), re-rendering
 * when they arrive or an admin saves new ones.
 */
export function useAbuseLists(given?: AbuseApi | null): AbuseLists {
  const [api] = useState(() => (given === undefined ? signedInAbuseApi() : given));
  return useSiteAbuseLists(api);
}

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

export const isGuarded = (entry: Pick<TranscriptEntry, 'id' | 'author' | 'text'>) => entry.author.kind === 'visitor' && judge(entry, siteLists).abusive;

/** isGuarded for a rendered message: renders again when the site's lists or the model's flags change. */
export function useGuarded(entry: Pick<TranscriptEntry, 'id' | 'author' | 'text'>): boolean {
  const [seen, setSeen] = useState(storeVersion);
  useEffect(() => {
    const rerender = () => setSeen(storeVersion);
    listeners.add(rerender);
    // A flag that arrived between rendering and subscribing.
    if (storeVersion !== seen) rerender();
    return () => void listeners.delete(rerender);
  }, []);
  return isGuarded(entry);
}

interface AbuseBannerProps {
  conversation: Pick<Conversation, 'locale' | 'status'> & { id?: string };
  entries: readonly TranscriptEntry[];
  /** The agent may end it: it is theirs and open. */
  canEnd: boolean;
  onEndPolitely?: ((closing: string) => Promise<unknown>) | undefined;
  /** Where blocks and the site's lists come from; the signed-in agent's by default. */
  api?: AbuseApi | null;
}

export function AbuseBanner({ conversation, entries, canEnd, onEndPolitely, api: given }: AbuseBannerProps) {
  const strings = useStrings();
  const text = strings.abuse;
  const [api] = useState(() => (given === undefined ? signedInAbuseApi() : given));
  const lists = useSiteAbuseLists(api);
  const [ending, setEnding] = useState(false);
  const [hours, setHours] = useState(0);
  // What ending did, kept on screen after the conversation closed.
  const [outcome, setOutcome] = useState<{ ok: boolean; words: string } | null>(null);
  useEffect(() => setOutcome(null), [conversation.id]);
  useEffect(() => {
    // A failed read leaves only the lists and live flags; the next opening asks again.
    if (api && conversation.id) api.flags(conversation.id).then(({ flags }) => noteAbuseFlags(flags), () => {});
  }, [api, conversation.id]);
  const checks = entries.filter((entry) => entry.author.kind === 'visitor').map((entry) => judge(entry, lists));
  const abusive = checks.filter((check) => check.abusive).length;
  if (outcome) {
    return (
      <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'abuse-banner' : 'abuse-banner threat'}>
        {outcome.words}
      </p>
    );
  }
  if (abusive === 0 || conversation.status === 'closed') return null;
  const threat = checks.some((check) => check.threat);
  const canBlock = Boolean(api && conversation.id);
  const end = async () => {
    if (!onEndPolitely) return;
    setEnding(true);
    try {
      await onEndPolitely(politeClosing[conversation.locale]);
      // Blocked only after the closing went out: a blocked visitor's tabs are hung up at once.
      if (hours > 0 && api && conversation.id) {
        const { block } = await api.block(conversation.id, hours);
        setOutcome({ ok: true, words: text.blocked(formatDateTime(block.until, strings.locale)) });
      }
    } catch (error) {
      setOutcome({ ok: false, words: text.failed(errorText(strings, toClientError(error))) });
    } finally {
      setEnding(false);
    }
  };
  return (
    <div role="alert" class={threat ? 'abuse-banner threat' : 'abuse-banner'}>
      <p>
        {threat ? strings.protection.threat : strings.protection.warning(abusive)} {strings.protection.notYourFault}
      </p>
      {canEnd && onEndPolitely && (
        <p>
          {canBlock && (
            <label>
              {text.blockFor}{' '}
              <select value={hours} onChange={(event) => setHours(Number(event.currentTarget.value))} disabled={ending}>
                <option value={0}>{text.noBlock}</option>
                {BLOCK_HOURS.map((choice) => (
                  <option key={choice} value={choice}>
                    {text.duration(choice)}
                  </option>
                ))}
              </select>
            </label>
          )}{' '}
          <button type="button" disabled={ending} onClick={() => void end()}>
            {strings.protection.endPolitely}
          </button>
        </p>
      )}
    </div>
  );
}
