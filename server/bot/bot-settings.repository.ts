/** Per-site bot settings an admin changes: for now the intent confidence threshold override. */
import { Schema, type Connection } from 'mongoose';

const botSettingsSchema = new Schema({
  siteId: { type: String, required: true, unique: true },
  /** Replaces the calibrated threshold when set; null = use the calibrated one. */
  intentThreshold: { type: Number, default: null },
});

export interface BotSettingsRepository {
  intentThreshold(siteId: string): Promise<number | null>;
  setIntentThreshold(siteId: string, threshold: number | null): Promise<void>;
}

export function createBotSettingsRepository(connection: Connection): BotSettingsRepository {
  const Settings = connection.model('BotSettings', botSettingsSchema);
  return {
    async intentThreshold(siteId) {
      const found = await Settings.findOne({ siteId }).lean<{ intentThreshold: number | null }>();
      return found?.intentThreshold ?? null;
    },
    async setIntentThreshold(siteId, threshold) {
      await Settings.updateOne({ siteId }, { $set: { intentThreshold: threshold } }, { upsert: true });
    },
  };
}
