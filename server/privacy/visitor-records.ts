/**
 * Everything Parley stores about one conversation, read and deleted straight from the
 * collections (export, erasure and retention all need the same walk). Every read and
 * delete is an equality the embedded store answers from an index: a visitor's
 * conversations by `{visitorId}`, a conversation's messages by `{conversationId, page}`,
 * postings, activity notes and files by `_id` — never `$in` or a range, which it answers
 * by reading the whole collection.
 */
import { mongo, Types, type Connection } from 'mongoose';
import pLimit from 'p-limit';
import type { ActivityDoc, ConversationDoc } from '../conversations/conversation.model';
import type { AttachmentStore } from '../attachments/attachment-store';
import { pageOf } from '../conversations/message-pages';
import type { MessageDoc } from '../conversations/message.model';
import { postingPartId } from '../conversations/search-postings';

export interface ConversationContents {
  messages: MessageDoc[];
  /** Ids of the files the conversation's messages carry. */
  attachmentIds: string[];
}

export interface VisitorRecords {
  conversationsOf(visitorId: string): Promise<ConversationDoc[]>;
  /** Every message of the conversation, oldest first, read a page at a time. */
  contentsOf(conversationId: string): Promise<ConversationContents>;
  openFile(id: string): NodeJS.ReadableStream;
  fileInfo(id: string): Promise<{ name: string; type: string; size: number } | null>;
  /** Deletes the files; ones already gone are skipped (a second erasure is fine). */
  deleteFiles(ids: string[]): Promise<number>;
  /** Messages, their search postings, their files and the conversation's activity note; answers how many files were still there. */
  deleteContents(conversationId: string, contents: ConversationContents): Promise<number>;
  /** The conversation document itself (retention; erasure keeps it as a shell). */
  deleteConversation(conversationId: string): Promise<void>;
}

/** How many single-document deletes run at once: enough to be quick, few enough that chat writes never queue behind them. */
const DELETE_CONCURRENCY = 4;

/** Files are read through the attachment store, which opens them as they were sent (it may keep them sealed at rest). */
export function createVisitorRecords(connection: Connection, files: Pick<AttachmentStore, 'find' | 'open' | 'idsOfConversation'>): VisitorRecords {
  const db = () => connection.db!;
  const conversations = () => db().collection<ConversationDoc>('conversations');
  const messages = () => db().collection<MessageDoc>('messages');
  const postings = () => db().collection<{ _id: string }>('searchpostings');
  /** A message's search posting, every part of it (a long message's is in several, numbered from 1 after the first). */
  async function deletePosting(messageId: string) {
    for (let part = 1; (await postings().deleteOne({ _id: postingPartId(messageId, part) })).deletedCount === 1; part++);
    await postings().deleteOne({ _id: messageId });
  }
  const activity = () => db().collection<ActivityDoc>('conversationactivity');
  const bucket = () => new mongo.GridFSBucket(db(), { bucketName: 'attachments' });
  const limit = pLimit(DELETE_CONCURRENCY);

  async function pagesOf(conversationId: string): Promise<MessageDoc[][]> {
    const note = await activity().findOne({ _id: conversationId }, { projection: { lastSeq: 1 } });
    const lastKnownPage = pageOf(note?.lastSeq ?? 0);
    const pages: MessageDoc[][] = [];
    // Seqs may have holes and the note may lag: go on past it while pages still hold messages.
    for (let page = 0; ; page++) {
      const found = await messages().find({ conversationId, page }).toArray();
      if (found.length === 0 && page >= lastKnownPage) break;
      pages.push(found);
    }
    return pages;
  }

  const fileId = (id: string) => (Types.ObjectId.isValid(id) ? new Types.ObjectId(id) : null);

  async function deleteFiles(ids: string[]): Promise<number> {
    const deleted = await Promise.all(
      ids.map((id) =>
        limit(async () => {
          const _id = fileId(id);
          if (!_id) return 0;
          try {
            await bucket().delete(_id);
            await db().collection<{ _id: string }>('attachmentowners').deleteOne({ _id: id });
            return 1;
          } catch (error) {
            if (error instanceof mongo.MongoRuntimeError && /File not found/i.test(error.message)) {
              await db().collection<{ _id: string }>('attachmentowners').deleteOne({ _id: id });
              return 0;
            }
            throw error;
          }
        }),
      ),
    );
    return deleted.reduce<number>((sum, n) => sum + n, 0);
  }

  return {
    conversationsOf: (visitorId) => conversations().find({ visitorId }).toArray(),

    async contentsOf(conversationId) {
      const all = (await pagesOf(conversationId)).flat().sort((a, b) => a.seq - b.seq);
      // Files sent in messages, and files uploaded but never sent (still the visitor's).
      const sent = all.flatMap((message) => (message.attachment?.id ? [message.attachment.id] : []));
      const attachmentIds = [...new Set([...sent, ...(await files.idsOfConversation(conversationId))])];
      return { messages: all, attachmentIds };
    },

    openFile: (id) => files.open(id),

    async fileInfo(id) {
      const file = await files.find(id);
      return file ? { name: file.name, type: file.type, size: file.size } : null;
    },

    deleteFiles,

    async deleteContents(conversationId, contents) {
      // Postings and files first: if this stops halfway, the messages that point to them
      // are still there for the next run to find.
      await Promise.all(contents.messages.map((message) => limit(() => deletePosting(message._id.toHexString()))));
      const files = await deleteFiles(contents.attachmentIds);
      const pages = [...new Set(contents.messages.map((message) => message.page))];
      for (const page of pages) await messages().deleteMany({ conversationId, page });
      await activity().deleteOne({ _id: conversationId });
      // The visitor's questions the bot kept for learning (bot/learning/), by their conversation index.
      await db().collection('unansweredquestions').deleteMany({ conversationId });
      await db().collection('intentsuggestions').deleteMany({ conversationId });
      return files;
    },

    async deleteConversation(conversationId) {
      await conversations().deleteOne({ _id: new Types.ObjectId(conversationId) });
    },
  };
}
