/**
 * The visitor's acknowledged requests beyond sending messages: the pre-chat form, the
 * offline form, the CSAT rating, read receipts and custom attributes. Each resolves to
 * whether the server stored it; failures become a notice the panel shows.
 */
import type { Message } from '../../../shared/domain';
import type { Ack } from '../../../shared/errors';
import { EV, type VisitorClientEvents } from '../../../shared/events';
import type { VisitorProfile } from '../../../shared/schemas';
import type { Notice, OfflineMessageInput } from './chat-controller';
import { createClientId } from './client-id';
import type { ConversationModel } from './conversation-model';
import { OFFLINE_SENT_KEY, PROFILE_KEY, READ_KEY, type VisitorAttributeValues } from './host-bridge';
import type { AckOf, PayloadOf } from './socket-client';
import type { SiteStorage } from './storage';
import { highestSeq } from './thread';

export type AckedEvent = { [E in keyof VisitorClientEvents]: AckOf<VisitorClientEvents[E]> extends never ? never : E }[keyof VisitorClientEvents];

/** Emits `event` and resolves with the ack, or null when there was no answer (offline, timeout). */
export type Ask = <E extends AckedEvent>(event: E, payload: PayloadOf<VisitorClientEvents[E]>) => Promise<AckOf<VisitorClientEvents[E]> | null>;

export interface VisitorRequestsDeps {
  ask: Ask;
  conversation: ConversationModel;
  storage: SiteStorage;
  setNotice(notice: Notice | null): void;
  /** Merges messages the server returned into the transcript. */
  absorb(messages: Message[]): void;
}

export function createVisitorRequests(deps: VisitorRequestsDeps) {
  const { ask, conversation, storage } = deps;
  /** One clientId per offline message until it is stored, so a retry after a timeout is stored once. */
  let offlineClientId = createClientId();
  let attributes: VisitorAttributeValues = {};
  let sentAttributes = '';

  /** True when stored; otherwise shows why. */
  const stored = <T>(ack: Ack<T> | null): ack is { ok: true; data: T } => {
    if (ack?.ok) return true;
    deps.setNotice(ack ? ack.error.code : 'PARLEY_WIDGET_TIMEOUT');
    return false;
  };

  return {
    async submitProfile(profile: VisitorProfile) {
      if (!stored(await ask(EV.visitorProfile, profile))) return false;
      storage.set(PROFILE_KEY, '1');
      return true;
    },

    async leaveOfflineMessage({ email, name, text }: OfflineMessageInput) {
      const ack = await ask(EV.offlineMessage, { clientId: offlineClientId, email, text, ...(name ? { name } : {}) });
      if (!stored(ack)) return false;
      offlineClientId = createClientId();
      conversation.update(ack.data.conversation);
      deps.absorb([ack.data.message]);
      storage.set(OFFLINE_SENT_KEY, ack.data.conversation.id);
      return true;
    },

    /** CSAT, or with `nps` the 0–10 recommend answer: one path for both keeps the widget small. */
    async rate(score: number, comment: string, nps?: boolean) {
      const current = conversation.get().conversation;
      if (!current) return false;
      const ack = await ask(nps ? (EV.conversationRecommend as typeof EV.conversationRate) : EV.conversationRate, { conversationId: current.id, score, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      if (!stored(ack)) return false;
      conversation.update(ack.data.conversation);
      return true;
    },

    /** Everything the panel shows is read: agents see the receipt and their unread count drop, every tab clears its badge. */
    markRead() {
      const { conversation: current, messages, readSeq } = conversation.get();
      const seq = highestSeq(messages, current?.id ?? null);
      if (!current || seq <= readSeq.visitor) return;
      conversation.noteRead({ conversationId: current.id, reader: 'visitor', seq });
      storage.set(READ_KEY, `${current.id}:${seq}`);
      void ask(EV.messageRead, { conversationId: current.id, seq });
    },

    /** After a reconnect: tells the server what the visitor read while it could not be told. */
    resendRead() {
      const { conversation: current, readSeq } = conversation.get();
      if (current && readSeq.visitor > current.readSeq.visitor) void ask(EV.messageRead, { conversationId: current.id, seq: readSeq.visitor });
    },

    /** Another tab read up to `conversationId:seq`. */
    readElsewhere(value: string | null) {
      const [conversationId, seq] = value?.split(':') ?? [];
      if (conversationId && seq) conversation.noteRead({ conversationId, reader: 'visitor', seq: Number(seq) });
    },

    /** `Parley('setAttributes')`: sent when changed, and again after every new session (`resend`). */
    setAttributes(next: VisitorAttributeValues | null) {
      if (next) attributes = next;
      const json = JSON.stringify(attributes);
      if (json === '{}' || (json === sentAttributes && next)) return;
      sentAttributes = json;
      void ask(EV.visitorAttributes, { attributes }).then((ack) => {
        if (!ack) sentAttributes = '';
        // The site's own mistake (a bad name, a long value): say so where its developers look.
        else if (!ack.ok) console.error(`Parley: setAttributes was refused: ${ack.error.message}`);
      });
    },
  };
}

export type VisitorRequests = ReturnType<typeof createVisitorRequests>;
