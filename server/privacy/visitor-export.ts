/**
 * Everything Parley holds about one visitor, as a zip streamed to the admin: the profile,
 * each conversation (with its rating), every message of it, and the files. A manifest
 * written last counts what is inside and gives each file's SHA-256, so the person who
 * asked can check nothing was changed or left out on the way.
 *
 * Memory holds one conversation's messages at a time; files flow from the store into
 * the zip as the response drains.
 */
import { createHash } from 'node:crypto';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import type { Visitor } from '../../shared/domain';
import { maskSensitiveNumbers } from '../../shared/sensitive-numbers';
import { toConversation } from '../conversations/conversation.model';
import { toMessage } from '../conversations/message.model';
import type { VisitorRecords } from './visitor-records';

export interface ExportManifest {
  format: 'parley-visitor-export/1';
  visitorId: string;
  exportedAt: string;
  counts: { conversations: number; messages: number; ratings: number; attachments: number };
  /** Every other entry of the zip, in the order written. */
  files: { path: string; bytes: number; sha256: string }[];
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
/** Keeps a file name readable but never a path: no separators, no leading dots. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'file';

/**
 * `openText` turns stored message text back into what was written, when the store keeps
 * it sealed (encryption at rest); without it the text is exported as stored. Sensitive
 * numbers a visitor typed stay masked, as agents see them, unless the admin chose
 * `numbers: 'shown'`.
 */
export async function writeVisitorExport(
  records: VisitorRecords,
  visitor: Visitor,
  output: Writable,
  now: Date,
  openText: (stored: string) => string = (stored) => stored,
  numbers: 'masked' | 'shown' = 'masked',
): Promise<ExportManifest> {
  const zip = new yazl.ZipFile();
  const piped = finished(zip.outputStream.pipe(output));
  const manifest: ExportManifest = {
    format: 'parley-visitor-export/1',
    visitorId: visitor.id,
    exportedAt: now.toISOString(),
    counts: { conversations: 0, messages: 0, ratings: 0, attachments: 0 },
    files: [],
  };
  const addJson = (path: string, value: unknown) => {
    const data = Buffer.from(JSON.stringify(value, null, 2));
    zip.addBuffer(data, path, { mtime: now });
    manifest.files.push({ path, bytes: data.length, sha256: sha256(data) });
  };

  addJson('visitor.json', visitor);
  const conversations = (await records.conversationsOf(visitor.id)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const ratings: { conversationId: string; score: number | null; comment: string | null; recommend: number | null }[] = [];
  const fileIds: string[] = [];
  for (const doc of conversations) {
    const conversation = toConversation(doc);
    const contents = await records.contentsOf(conversation.id);
    const messages = contents.messages.map((doc) => {
      const message = toMessage(doc);
      const text = openText(doc.text);
      return {
        ...message,
        text: numbers === 'masked' && message.author.kind === 'visitor' ? maskSensitiveNumbers(text) : text,
        ...(message.attachment ? { attachment: { ...message.attachment, name: openText(message.attachment.name) } } : {}),
      };
    });
    addJson(`conversations/${conversation.id}.json`, { conversation, numbers, messages });
    manifest.counts.conversations++;
    manifest.counts.messages += contents.messages.length;
    // The satisfaction rating and the 0–10 "would you recommend us" answer (NPS), whichever were given.
    const recommend = conversation.nps ?? null;
    if (conversation.csat || recommend !== null) ratings.push({ conversationId: conversation.id, score: conversation.csat?.score ?? null, comment: conversation.csat?.comment ?? null, recommend });
    fileIds.push(...contents.attachmentIds);
  }
  manifest.counts.ratings = ratings.length;
  addJson('ratings.json', ratings);

  for (const id of fileIds) {
    const info = await records.fileInfo(id);
    if (!info) continue; // deleted by retention: the message still says it was sent
    const path = `attachments/${id}-${safeName(info.name)}`;
    const hash = createHash('sha256');
    let bytes = 0;
    const tap = new PassThrough();
    tap.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    const source = records.openFile(id);
    source.on('error', (error) => tap.destroy(error));
    zip.addReadStream(source.pipe(tap), path, { mtime: now });
    // The zip reads this file only once the response has taken what came before it.
    await finished(tap);
    manifest.files.push({ path, bytes, sha256: hash.digest('hex') });
    manifest.counts.attachments++;
  }

  const data = Buffer.from(JSON.stringify(manifest, null, 2));
  zip.addBuffer(data, 'manifest.json', { mtime: now });
  zip.end();
  await piped;
  return manifest;
}
