/**
 * Each site's privacy settings (shared/settings.ts), one document per site keyed by its
 * id, plus how far retention has swept files, so a run never reads the same days twice.
 */
import type { Connection } from 'mongoose';
import { DEFAULT_PRIVACY_SETTINGS, type PrivacySettings } from '../../shared/settings';

interface SettingsDoc {
  _id: string;
  settings: PrivacySettings;
  /** The last closing day whose files retention has deleted. */
  filesSweptThrough?: string;
}

const CACHE_MS = 2000;

export interface PrivacySettingsStore {
  get(siteId: string): Promise<PrivacySettings>;
  set(siteId: string, settings: PrivacySettings): Promise<PrivacySettings>;
  filesSweptThrough(siteId: string): Promise<string | null>;
  setFilesSweptThrough(siteId: string, day: string): Promise<void>;
}

export function createPrivacySettings(connection: Connection): PrivacySettingsStore {
  const docs = connection.collection<SettingsDoc>('privacysettings');
  // Read on every visitor connection (the IP setting); changes rarely.
  const cache = new Map<string, { at: number; settings: Promise<PrivacySettings> }>();
  const read = async (siteId: string): Promise<PrivacySettings> => {
    const doc = await docs.findOne({ _id: siteId });
    return { retention: { ...DEFAULT_PRIVACY_SETTINGS.retention, ...(doc?.settings.retention ?? {}) }, visitorIp: doc?.settings.visitorIp ?? DEFAULT_PRIVACY_SETTINGS.visitorIp };
  };
  return {
    get(siteId) {
      const hit = cache.get(siteId);
      if (hit && Date.now() - hit.at < CACHE_MS) return hit.settings;
      const settings = read(siteId);
      cache.set(siteId, { at: Date.now(), settings });
      settings.catch(() => cache.delete(siteId));
      return settings;
    },
    async set(siteId, settings) {
      await docs.updateOne({ _id: siteId }, { $set: { settings } }, { upsert: true });
      cache.delete(siteId);
      return read(siteId);
    },
    async filesSweptThrough(siteId) {
      return (await docs.findOne({ _id: siteId }))?.filesSweptThrough ?? null;
    },
    async setFilesSweptThrough(siteId, day) {
      await docs.updateOne({ _id: siteId }, { $set: { filesSweptThrough: day } }, { upsert: true });
    },
  };
}
