/** Saved replies: team-wide ones any agent of the site sees, personal ones only their owner. */
import { Schema, isValidObjectId, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { CannedResponse } from '../../shared/domain';

const cannedResponseSchema = new Schema(
  {
    siteId: { type: String, required: true },
    shortcut: { type: String, required: true },
    text: { type: String, required: true },
    scope: { type: String, enum: ['team', 'personal'], required: true },
    ownerId: { type: String, default: null },
  },
  { timestamps: true },
);
// One shortcut per scope owner: team shortcuts are unique per site, personal ones per agent.
cannedResponseSchema.index({ siteId: 1, ownerId: 1, shortcut: 1 }, { unique: true });

type CannedResponseDoc = InferSchemaType<typeof cannedResponseSchema> & { _id: Types.ObjectId };

const toCannedResponse = (doc: CannedResponseDoc): CannedResponse => ({
  id: doc._id.toHexString(),
  shortcut: doc.shortcut,
  text: doc.text,
  scope: doc.scope as CannedResponse['scope'],
  ownerId: doc.ownerId ?? null,
});

export interface CannedResponseRepository {
  /** The team's responses and the agent's own. */
  listFor(siteId: string, agentId: string): Promise<CannedResponse[]>;
  findById(id: string): Promise<(CannedResponse & { siteId: string }) | null>;
  create(siteId: string, input: { shortcut: string; text: string; scope: 'team' | 'personal'; ownerId: string | null }): Promise<CannedResponse>;
  update(id: string, input: { shortcut: string; text: string }): Promise<CannedResponse | null>;
  remove(id: string): Promise<void>;
  seedIfEmpty(siteId: string, responses: { shortcut: string; text: string }[]): Promise<void>;
}

export function createCannedResponseRepository(connection: Connection): CannedResponseRepository {
  const Responses = connection.model('CannedResponse', cannedResponseSchema);
  return {
    async listFor(siteId, agentId) {
      const docs = await Responses.find({ siteId, $or: [{ scope: 'team' }, { ownerId: agentId }] }).sort({ shortcut: 1 }).lean<CannedResponseDoc[]>();
      return docs.map(toCannedResponse);
    },
    async findById(id) {
      if (!isValidObjectId(id)) return null;
      const doc = await Responses.findById(id).lean<CannedResponseDoc>();
      return doc ? { ...toCannedResponse(doc), siteId: doc.siteId } : null;
    },
    async create(siteId, input) {
      const doc = await Responses.create({ siteId, ...input });
      return toCannedResponse(doc.toObject() as CannedResponseDoc);
    },
    async update(id, input) {
      const doc = await Responses.findByIdAndUpdate(id, { $set: input }, { returnDocument: 'after' }).lean<CannedResponseDoc>();
      return doc ? toCannedResponse(doc) : null;
    },
    async remove(id) {
      await Responses.deleteOne({ _id: id });
    },
    async seedIfEmpty(siteId, responses) {
      if ((await Responses.countDocuments({ siteId })) > 0) return;
      await Responses.insertMany(responses.map((response) => ({ ...response, siteId, scope: 'team', ownerId: null })), { ordered: false }).catch(() => {});
    },
  };
}
