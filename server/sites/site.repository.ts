import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '../concurrency/insert-claim';
import { createKeyedLock } from '../concurrency/keyed-lock';
import {
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_POLITE_GUARD_PHRASES,
  DEFAULT_ROUTING_SETTINGS,
  DEFAULT_WIDGET_SETTINGS,
  type WidgetSettings,
  type BusinessHours,
  type RoutingSettings,
  type SiteSettings,
} from '../../shared/settings';
import { DEFAULT_LIMIT_SETTINGS, LIMITED_ACTIONS, type LimitSettings } from '../../shared/limits';
import type { Locale, Site } from '../../shared/domain';
import { siteModel, toSite, type SiteDoc } from './site.model';

const SETTINGS_CACHE_MS = 2000;

export interface SiteRepository {
  findByKey(key: string): Promise<Site | null>;
  findById(id: string): Promise<Site | null>;
  settings(siteId: string): Promise<SiteSettings>;
  /** Replaces the given sections of the site's settings. */
  updateSettings(siteId: string, change: Partial<SiteSettings>): Promise<SiteSettings>;
  businessHours(siteId: string): Promise<BusinessHours>;
  /** The secret website owners use to sign identity-verification hashes. */
  identitySecret(siteId: string): Promise<string | null>;
  routingSettings(siteId: string): Promise<RoutingSettings>;
  /** Abuse limits, read on every limited action (cached like the other settings). */
  limitSettings(siteId: string): Promise<LimitSettings>;
  setRoutingSettings(siteId: string, settings: RoutingSettings): Promise<void>;
  setBusinessHours(siteId: string, hours: BusinessHours): Promise<void>;
  /** Creates the site when its key is new; returns the stored one either way. */
  ensure(site: { key: string; name: string; defaultLocale: Locale }): Promise<Site>;
}

export function createSiteRepository(connection: Connection): SiteRepository {
  const Sites = siteModel(connection);
  const lock = createKeyedLock();
  // Every handoff reads routing and business-hours settings; they change rarely, so they
  // are cached briefly and dropped on every write made through this repository.
  const cache = new Map<string, { at: number; doc: Promise<SiteDoc | null> }>();
  const readSite = (siteId: string) => {
    const hit = cache.get(siteId);
    if (hit && Date.now() - hit.at < SETTINGS_CACHE_MS) return hit.doc;
    const doc = Sites.findById(siteId).lean<SiteDoc>().exec();
    cache.set(siteId, { at: Date.now(), doc });
    doc.catch(() => cache.delete(siteId));
    return doc;
  };
  const forget = (siteId: string) => cache.delete(siteId);

  async function settings(siteId: string): Promise<SiteSettings> {
    const doc = await readSite(siteId);
    return {
      routing: { ...DEFAULT_ROUTING_SETTINGS, ...(doc?.routing ?? {}) } as RoutingSettings,
      businessHours: doc?.businessHours ? (toHours(doc.businessHours) as BusinessHours) : DEFAULT_BUSINESS_HOURS,
      teams: [...(doc?.teams ?? [])],
      politeGuardPhrases: [...(doc?.politeGuardPhrases ?? DEFAULT_POLITE_GUARD_PHRASES)],
      widget: mergeWidgetSettings(doc?.widget as Partial<WidgetSettings> | null | undefined),
      limits: mergeLimits(doc?.limits as Partial<LimitSettings> | null | undefined),
    };
  }

  return {
    async findByKey(key) {
      const doc = await Sites.findOne({ key }).lean<SiteDoc>();
      return doc ? toSite(doc) : null;
    },
    async findById(id) {
      const doc = await Sites.findById(id).lean<SiteDoc>();
      return doc ? toSite(doc) : null;
    },
    settings,
    async updateSettings(siteId, change) {
      await lock.run(siteId, () => Sites.updateOne({ _id: siteId }, { $set: change }).exec());
      forget(siteId);
      return settings(siteId);
    },
    async identitySecret(siteId) {
      const doc = await Sites.findById(siteId).select('identitySecret').lean<SiteDoc>();
      return doc?.identitySecret ?? null;
    },
    async businessHours(siteId) {
      const doc = await readSite(siteId);
      return doc?.businessHours ? toHours(doc.businessHours) : DEFAULT_BUSINESS_HOURS;
    },
    async routingSettings(siteId) {
      const doc = await readSite(siteId);
      return { ...DEFAULT_ROUTING_SETTINGS, ...(doc?.routing ?? {}) } as RoutingSettings;
    },
    async limitSettings(siteId) {
      return mergeLimits((await readSite(siteId))?.limits as Partial<LimitSettings> | null | undefined);
    },
    async setRoutingSettings(siteId, settings) {
      await lock.run(siteId, () => Sites.updateOne({ _id: siteId }, { $set: { routing: settings } }).exec());
      forget(siteId);
    },
    async setBusinessHours(siteId, hours) {
      await lock.run(siteId, () => Sites.updateOne({ _id: siteId }, { $set: { businessHours: hours } }).exec());
      forget(siteId);
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

function toHours(hours: NonNullable<SiteDoc['businessHours']>): BusinessHours {
  return {
    enabled: hours.enabled,
    timezone: hours.timezone,
    weekly: hours.weekly.map((slot) => ({ day: slot.day ?? 0, open: slot.open ?? '00:00', close: slot.close ?? '00:00' })),
  };
}

function mergeWidgetSettings(stored: Partial<WidgetSettings> | null | undefined): WidgetSettings {
  return {
    theme: { ...DEFAULT_WIDGET_SETTINGS.theme, ...(stored?.theme ?? {}) },
    preChat: { ...DEFAULT_WIDGET_SETTINGS.preChat, ...(stored?.preChat ?? {}) },
    attachments: { ...DEFAULT_WIDGET_SETTINGS.attachments, ...(stored?.attachments ?? {}) },
    triggers: stored?.triggers ?? DEFAULT_WIDGET_SETTINGS.triggers,
    nps: { enabled: stored?.nps?.enabled ?? false },
  };
}

function mergeLimits(stored: Partial<LimitSettings> | null | undefined): LimitSettings {
  return Object.fromEntries(LIMITED_ACTIONS.map((action) => [action, { ...DEFAULT_LIMIT_SETTINGS[action], ...(stored?.[action] ?? {}) }])) as LimitSettings;
}
