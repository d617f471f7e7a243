/**
 * Files sent in conversations, kept in MongoDB GridFS so every server process sees
 * them and a database backup includes them. Each file belongs to one conversation;
 * who may read it is checked by the HTTP layer.
 */
import { Readable } from 'node:stream';
import { mongo, type Connection, Types } from 'mongoose';
import type { Attachment } from '../../shared/domain';

export interface StoredAttachment extends Attachment {
  conversationId: string;
  siteId: string;
}

export interface AttachmentStore {
  save(input: { conversationId: string; siteId: string; name: string; type: string; data: Buffer }): Promise<StoredAttachment>;
  find(id: string): Promise<StoredAttachment | null>;
  open(id: string): NodeJS.ReadableStream;
}

interface FileMetadata {
  conversationId: string;
  siteId: string;
  type: string;
}

export function createAttachmentStore(connection: Connection): AttachmentStore {
  const bucket = () => new mongo.GridFSBucket(connection.db!, { bucketName: 'attachments' });
  const toStored = (file: mongo.GridFSFile): StoredAttachment => {
    const metadata = file.metadata as unknown as FileMetadata;
    return { id: file._id.toHexString(), name: file.filename, type: metadata.type, size: file.length, conversationId: metadata.conversationId, siteId: metadata.siteId };
  };
  return {
    save(input) {
      return new Promise((resolve, reject) => {
        const id = new Types.ObjectId();
        const metadata: FileMetadata = { conversationId: input.conversationId, siteId: input.siteId, type: input.type };
        Readable.from([input.data])
          .pipe(bucket().openUploadStreamWithId(id, input.name, { metadata }))
          .on('error', reject)
          .on('finish', () => resolve({ id: id.toHexString(), name: input.name, size: input.data.length, ...metadata }));
      });
    },
    async find(id) {
      if (!Types.ObjectId.isValid(id)) return null;
      const [file] = await bucket().find({ _id: new Types.ObjectId(id) }).toArray();
      return file ? toStored(file) : null;
    },
    open: (id) => bucket().openDownloadStream(new Types.ObjectId(id)),
  };
}
