/**
 * Files sent in conversations, kept in MongoDB GridFS so every server process sees
 * them and a database backup includes them. Each file belongs to one conversation;
 * who may read it is checked by the HTTP layer.
 *
 * Contents and names are sealed with the current key (AES-256-GCM: nonce and tag first,
 * then the ciphertext), and opened on the way out, a chunk at a time. Files stored before
 * encryption carry no `sealedWith` and are read as they are.
 */
import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';
import { Readable } from 'node:stream';
import { mongo, type Connection, Types } from 'mongoose';
import type { Attachment } from '../../shared/domain';
import type { FieldCipher } from '../crypto/field-cipher';

export interface StoredAttachment extends Attachment {
  conversationId: string;
  siteId: string;
}

export interface AttachmentStore {
  save(input: { conversationId: string; siteId: string; name: string; type: string; data: Buffer }): Promise<StoredAttachment>;
  find(id: string): Promise<StoredAttachment | null>;
  open(id: string): NodeJS.ReadableStream;
  /** Every file uploaded into the conversation, sent in a message or not (export, erasure, retention). */
  idsOfConversation(conversationId: string): Promise<string[]>;
}

interface FileMetadata {
  conversationId: string;
  siteId: string;
  type: string;
  /** The key the contents and file name were sealed with. */
  sealedWith?: string;
  size?: number;
}

const HEADER = 28; // nonce (12) + tag (16)

export function createAttachmentStore(connection: Connection, cipher: FieldCipher): AttachmentStore {
  const bucket = () => new mongo.GridFSBucket(connection.db!, { bucketName: 'attachments' });
  // Which conversation each file was uploaded into, by a top-level field: GridFS keeps it in
  // `metadata`, and the embedded store answers only top-level equalities from an index.
  const owners = connection.collection<{ _id: string; conversationId: string }>('attachmentowners');
  let ownersIndexed: Promise<unknown> | null = null;
  const toStored = (file: mongo.GridFSFile): StoredAttachment => {
    const { sealedWith, size, ...metadata } = file.metadata as unknown as FileMetadata;
    return {
      id: file._id.toHexString(),
      name: cipher.open(file.filename),
      type: metadata.type,
      size: sealedWith ? (size ?? file.length - HEADER) : file.length,
      conversationId: metadata.conversationId,
      siteId: metadata.siteId,
    };
  };

  function seal(data: Buffer) {
    const nonce = randomBytes(12);
    const encrypt = createCipheriv('aes-256-gcm', cipher.keyring.current.key, nonce);
    const body = Buffer.concat([encrypt.update(data), encrypt.final()]);
    return Buffer.concat([nonce, encrypt.getAuthTag(), body]);
  }

  async function* opened(id: Types.ObjectId): AsyncGenerator<Buffer> {
    const [file] = await bucket().find({ _id: id }).toArray();
    if (!file) throw new Error('no such file');
    const keyId = (file.metadata as unknown as FileMetadata | undefined)?.sealedWith;
    const stream = bucket().openDownloadStream(id);
    if (!keyId) {
      yield* stream as AsyncIterable<Buffer>;
      return;
    }
    const key = cipher.keyring.byId(keyId);
    if (!key) throw new Error(`file sealed with key "${keyId}", which is not in the keyring`);
    let header = Buffer.alloc(0);
    let decrypt: DecipherGCM | null = null;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!decrypt) {
        header = Buffer.concat([header, chunk]);
        if (header.length < HEADER) continue;
        decrypt = createDecipheriv('aes-256-gcm', key.key, header.subarray(0, 12));
        decrypt.setAuthTag(header.subarray(12, HEADER));
        yield decrypt.update(header.subarray(HEADER));
      } else yield decrypt.update(chunk);
    }
    if (!decrypt) throw new Error('the stored file is cut short');
    // Throws when the file was altered: the download then fails instead of serving it.
    yield decrypt.final();
  }

  return {
    async save(input) {
      ownersIndexed ??= owners.createIndex({ conversationId: 1 }).catch(() => (ownersIndexed = null));
      await ownersIndexed;
      const stored = await new Promise<StoredAttachment>((resolve, reject) => {
        const id = new Types.ObjectId();
        const metadata: FileMetadata = { conversationId: input.conversationId, siteId: input.siteId, type: input.type, sealedWith: cipher.keyring.current.id, size: input.data.length };
        Readable.from([seal(input.data)])
          .pipe(bucket().openUploadStreamWithId(id, cipher.seal(input.name), { metadata }))
          .on('error', reject)
          .on('finish', () => resolve({ id: id.toHexString(), name: input.name, size: input.data.length, type: input.type, conversationId: input.conversationId, siteId: input.siteId }));
      });
      await owners.insertOne({ _id: stored.id, conversationId: input.conversationId });
      return stored;
    },
    idsOfConversation: async (conversationId) => (await owners.find({ conversationId }).toArray()).map((owner) => owner._id),
    async find(id) {
      if (!Types.ObjectId.isValid(id)) return null;
      const [file] = await bucket().find({ _id: new Types.ObjectId(id) }).toArray();
      return file ? toStored(file) : null;
    },
    open: (id) => Readable.from(opened(new Types.ObjectId(id))),
  };
}
