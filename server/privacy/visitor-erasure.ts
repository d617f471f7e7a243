/**
 * Erasing a visitor: their messages, files, search postings, list previews and profile
 * go; their conversations stay as anonymous shells (no name, email or rating comment) so
 * report counts stay right, and agents see "erased visitor". Running it again finds
 * nothing left to delete and answers zeros, so a retried request is harmless.
 */
import { Types, type Connection } from 'mongoose';
import type { Visitor } from '../../shared/domain';
import type { VisitorErasure } from '../../shared/http';
import type { ConversationDoc } from '../conversations/conversation.model';
import type { VisitorRepository } from '../visitors/visitor.repository';
import type { VisitorRecords } from './visitor-records';

export async function eraseVisitor(
  deps: { connection: Connection; records: VisitorRecords; visitors: Pick<VisitorRepository, 'erase'> },
  visitor: Visitor,
  now: Date,
): Promise<{ erasure: VisitorErasure; visitor: Visitor | null }> {
  const conversations = deps.connection.db!.collection<ConversationDoc>('conversations');
  const erasure: VisitorErasure = { visitorId: visitor.id, conversations: 0, messages: 0, attachments: 0, erasedAt: now.toISOString() };
  for (const conversation of await deps.records.conversationsOf(visitor.id)) {
    const id = conversation._id.toHexString();
    const contents = await deps.records.contentsOf(id);
    erasure.attachments += contents.attachmentIds.length;
    erasure.messages += contents.messages.length;
    await deps.records.deleteContents(id, contents);
    const shell: Record<string, unknown> = { visitorName: null, visitorEmail: null, visitorErased: true };
    // The score is a count reports need; the comment is the visitor's own words.
    if (conversation.csat?.comment) shell['csat.comment'] = null;
    // A closed conversation keeps its last preview, which may be the visitor's words.
    const closedPreview = (conversation as { closedActivity?: { preview?: string | null } | null }).closedActivity?.preview;
    if (closedPreview) shell['closedActivity.preview'] = null;
    const personal = conversation.visitorName !== null || conversation.visitorEmail !== null || !!conversation.csat?.comment || !!closedPreview;
    // Every conversation is marked, personal or not, so the inbox lists show "erased visitor".
    if (personal || !conversation.visitorErased) await conversations.updateOne({ _id: new Types.ObjectId(id) }, { $set: shell });
    if (personal || contents.messages.length > 0) erasure.conversations++;
  }
  const erased = await deps.visitors.erase(visitor.id, now);
  if (erased?.erasedAt) erasure.erasedAt = erased.erasedAt;
  return { erasure, visitor: erased };
}
