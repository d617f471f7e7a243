import { Schema, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Message, MessageAuthorKind, QuickReply } from '../../shared/domain';

const messageSchema = new Schema(
  {
    conversationId: { type: String, required: true },
    clientId: { type: String, required: true },
    seq: { type: Number, required: true },
    /** pageOf(seq): messages are read a page at a time (see message-pages.ts). */
    page: { type: Number, required: true },
    author: {
      kind: { type: String, required: true, enum: ['visitor', 'bot', 'agent', 'system'] },
      id: { type: String, default: null },
      name: { type: String, default: null },
    },
    text: { type: String, required: true },
    quickReplies: { type: [{ label: String, action: String, _id: false }], default: undefined },
    // The bot's article cards: admin-written titles and passages, not visitor words, so not sealed.
    articles: { type: [{ id: String, title: String, snippet: String, url: String, _id: false }], default: undefined },
    internal: { type: Boolean, default: undefined },
    attachment: { type: new Schema({ id: String, name: String, type: String, size: Number }, { _id: false }), default: undefined },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
// A resend carries the same clientId: this index is what makes it a no-op.
messageSchema.index({ conversationId: 1, clientId: 1 }, { unique: true });
messageSchema.index({ conversationId: 1, seq: 1 }, { unique: true });
messageSchema.index({ conversationId: 1, page: 1, seq: 1 });

export type MessageDoc = InferSchemaType<typeof messageSchema> & { _id: Types.ObjectId };

export const messageModel = (connection: Connection) => connection.model('Message', messageSchema);

export function toMessage(doc: MessageDoc): Message {
  const message: Message = {
    id: doc._id.toHexString(),
    conversationId: doc.conversationId,
    clientId: doc.clientId,
    seq: doc.seq,
    author: { kind: doc.author!.kind as MessageAuthorKind, id: doc.author!.id ?? null, name: doc.author!.name ?? null },
    text: doc.text,
    createdAt: doc.createdAt.toISOString(),
  };
  if (doc.internal) message.internal = true;
  if (doc.attachment?.id) message.attachment = { id: doc.attachment.id, name: doc.attachment.name ?? '', type: doc.attachment.type ?? '', size: doc.attachment.size ?? 0 };
  if (doc.quickReplies?.length) {
    message.quickReplies = doc.quickReplies.map((reply) => {
      const quickReply: QuickReply = { label: reply.label ?? '' };
      if (reply.action === 'handoff' || reply.action === 'solved') quickReply.action = reply.action;
      return quickReply;
    });
  }
  if (doc.articles?.length) message.articles = doc.articles.map((card) => ({ id: card.id ?? '', title: card.title ?? '', snippet: card.snippet ?? '', url: card.url ?? '' }));
  return message;
}
