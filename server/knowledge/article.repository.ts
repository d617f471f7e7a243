/**
 * Help articles, per site. Every read is an equality on the indexed siteId (the store is
 * FerretDB: no range scans); a site's articles are few (KB_LIMITS.articlesPerSite).
 */
import { Schema, isValidObjectId, type Connection, type InferSchemaType, type Types } from 'mongoose';
import type { Article } from '../../shared/knowledge';

const articleSchema = new Schema(
  {
    siteId: { type: String, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    tags: { type: [String], default: [] },
    locale: { type: String, enum: ['ko', 'en'], required: true },
    published: { type: Boolean, default: false },
  },
  { timestamps: true },
);
articleSchema.index({ siteId: 1, published: 1 });

type ArticleDoc = InferSchemaType<typeof articleSchema> & { _id: Types.ObjectId; updatedAt: Date };

const toArticle = (doc: ArticleDoc): Article => ({
  id: doc._id.toHexString(),
  title: doc.title,
  body: doc.body,
  tags: [...(doc.tags ?? [])],
  locale: doc.locale as Article['locale'],
  published: doc.published ?? false,
  updatedAt: doc.updatedAt.toISOString(),
});

export type ArticleFields = Omit<Article, 'id' | 'updatedAt'>;

export interface ArticleRepository {
  list(siteId: string): Promise<Article[]>;
  listPublished(siteId: string): Promise<Article[]>;
  /** The article, only if it belongs to the site. */
  find(siteId: string, id: string): Promise<Article | null>;
  count(siteId: string): Promise<number>;
  create(siteId: string, fields: ArticleFields): Promise<Article>;
  update(siteId: string, id: string, fields: ArticleFields): Promise<Article | null>;
  remove(siteId: string, id: string): Promise<boolean>;
}

export function createArticleRepository(connection: Connection): ArticleRepository {
  const Articles = connection.model('KnowledgeArticle', articleSchema);
  const owned = (siteId: string, id: string) => ({ _id: id, siteId });
  return {
    async list(siteId) {
      return (await Articles.find({ siteId }).sort({ updatedAt: -1 }).lean<ArticleDoc[]>()).map(toArticle);
    },
    async listPublished(siteId) {
      return (await Articles.find({ siteId, published: true }).lean<ArticleDoc[]>()).map(toArticle);
    },
    async find(siteId, id) {
      if (!isValidObjectId(id)) return null;
      const doc = await Articles.findOne(owned(siteId, id)).lean<ArticleDoc>();
      return doc ? toArticle(doc) : null;
    },
    count: (siteId) => Articles.countDocuments({ siteId }),
    async create(siteId, fields) {
      const doc = await Articles.create({ siteId, ...fields });
      return toArticle(doc.toObject() as ArticleDoc);
    },
    async update(siteId, id, fields) {
      if (!isValidObjectId(id)) return null;
      const doc = await Articles.findOneAndUpdate(owned(siteId, id), { $set: fields }, { returnDocument: 'after' }).lean<ArticleDoc>();
      return doc ? toArticle(doc) : null;
    },
    async remove(siteId, id) {
      if (!isValidObjectId(id)) return false;
      return (await Articles.deleteOne(owned(siteId, id))).deletedCount > 0;
    },
  };
}
