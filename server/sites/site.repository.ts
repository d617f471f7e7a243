import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import type { Locale, Site } from '../../shared/domain';
import { siteModel, toSite, type SiteDoc } from './site.model';

export interface SiteRepository {
  findByKey(key: string): Promise<Site | null>;
  findById(id: string): Promise<Site | null>;
  /** Creates the site when its key is new; returns the stored one either way. */
  ensure(site: { key: string; name: string; defaultLocale: Locale }): Promise<Site>;
}

export function createSiteRepository(connection: Connection): SiteRepository {
  const Sites = siteModel(connection);
  return {
    async findByKey(key) {
      const doc = await Sites.findOne({ key }).lean<SiteDoc>();
      return doc ? toSite(doc) : null;
    },
    async findById(id) {
      const doc = await Sites.findById(id).lean<SiteDoc>();
      return doc ? toSite(doc) : null;
    },
    async ensure(site) {
      const existing = await Sites.findOne({ key: site.key }).lean<SiteDoc>();
      if (existing) return toSite(existing);
      // The unique key index settles a race between two processes starting at once.
      await Sites.create(site).catch((error) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
      return toSite((await Sites.findOne({ key: site.key }).lean<SiteDoc>())!);
    },
  };
}
