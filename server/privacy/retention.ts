/**
 * Retention: closed conversations (and, sooner if the site says so, their files) are
 * deleted a set number of days after closing. The job walks the closed-conversation
 * directory (database/day-buckets.ts) from its oldest day, reads each day's closed
 * conversations by the `{closedDay, siteId, status}` equality the closed view uses, and
 * deletes a few conversations at a time with a pause between, so chat never waits on it.
 * Days it has emptied leave the directory, so the next run starts where this one ended.
 */
import type { Connection } from 'mongoose';
import { dayOf } from '../database/day-buckets';
import type { ConversationDoc } from '../conversations/conversation.model';
import type { RetentionPreview } from '../../shared/http';
import type { PrivacySettings } from '../../shared/settings';
import type { PrivacySettingsStore } from './privacy-settings';
import type { VisitorRecords } from './visitor-records';

const DAY_MS = 86_400_000;
/** Conversations deleted between pauses. */
const CHUNK = 10;
/** Most conversations one run deletes per site; a backlog is worked off over several runs. */
const MAX_PER_RUN = 1000;

interface BucketDoc {
  _id: string;
  scope: string;
  month: string;
  day?: string;
}

export interface RetentionRun {
  conversations: number;
  attachments: number;
}

export function createRetention(deps: { connection: Connection; records: VisitorRecords; settings: PrivacySettingsStore; pauseMs?: number }) {
  const db = () => deps.connection.db!;
  const months = () => db().collection<BucketDoc>('closedconversations_months');
  const days = () => db().collection<BucketDoc>('closedconversations_days');
  const hours = () => db().collection<BucketDoc>('closedconversations_hours');
  const conversations = () => db().collection<ConversationDoc>('conversations');
  const pause = () => new Promise((resolve) => setTimeout(resolve, deps.pauseMs ?? 50));

  /** The site's closing days up to `throughDay` (and after `afterDay`), oldest first. */
  async function* daysOldestFirst(siteId: string, throughDay: string, afterDay: string | null = null): AsyncGenerator<string> {
    const monthList = (await months().find({ scope: siteId }).toArray())
      .map((doc) => doc.month)
      .filter((month) => month <= throughDay.slice(0, 7) && (!afterDay || month >= afterDay.slice(0, 7)))
      .sort();
    for (const month of monthList) {
      const dayList = (await days().find({ scope: siteId, month }).toArray())
        .map((doc) => doc.day!)
        .filter((day) => day <= throughDay && (!afterDay || day > afterDay))
        .sort();
      yield* dayList;
    }
  }

  const closedOn = (siteId: string, closedDay: string) => conversations().find({ closedDay, siteId, status: 'closed' }).toArray();
  const cutoffOf = (days: number | null, now: Date) => (days === null ? null : new Date(now.getTime() - days * DAY_MS));
  const expired = (doc: ConversationDoc, cutoff: Date | null) => cutoff !== null && doc.closedAt !== null && doc.closedAt !== undefined && doc.closedAt <= cutoff;

  /** Takes an emptied day (and its month, once empty) out of the closed directory. */
  async function forgetDay(siteId: string, day: string) {
    await hours().deleteMany({ scope: siteId, day });
    await days().deleteOne({ _id: `${siteId}|${day}` });
    const month = day.slice(0, 7);
    if ((await days().find({ scope: siteId, month }).toArray()).length === 0) await months().deleteOne({ _id: `${siteId}|${month}` });
  }

  async function deleteConversations(siteId: string, cutoff: Date, run: RetentionRun) {
    const cutoffDay = dayOf(cutoff);
    for await (const day of daysOldestFirst(siteId, cutoffDay)) {
      const due = (await closedOn(siteId, day)).filter((doc) => expired(doc, cutoff));
      for (let i = 0; i < due.length; i += CHUNK) {
        for (const doc of due.slice(i, i + CHUNK)) {
          const id = doc._id.toHexString();
          const contents = await deps.records.contentsOf(id);
          run.attachments += await deps.records.deleteContents(id, contents);
          await deps.records.deleteConversation(id);
          run.conversations++;
        }
        await pause();
        if (run.conversations >= MAX_PER_RUN) return;
      }
      // Every conversation closed on a day before the cutoff's day has expired.
      if (day < cutoffDay) await forgetDay(siteId, day);
    }
  }

  async function deleteFiles(siteId: string, cutoff: Date, run: RetentionRun) {
    const cutoffDay = dayOf(cutoff);
    for await (const day of daysOldestFirst(siteId, cutoffDay, await deps.settings.filesSweptThrough(siteId))) {
      const due = (await closedOn(siteId, day)).filter((doc) => expired(doc, cutoff));
      for (let i = 0; i < due.length; i += CHUNK) {
        for (const doc of due.slice(i, i + CHUNK)) run.attachments += await deps.records.deleteFiles((await deps.records.contentsOf(doc._id.toHexString())).attachmentIds);
        await pause();
      }
      if (day < cutoffDay) await deps.settings.setFilesSweptThrough(siteId, day);
    }
  }

  return {
    /** One pass over a site; what it deleted. */
    async run(siteId: string, now: Date): Promise<RetentionRun> {
      const { retention } = await deps.settings.get(siteId);
      const run: RetentionRun = { conversations: 0, attachments: 0 };
      const conversationCutoff = cutoffOf(retention.closedConversationsDays, now);
      if (conversationCutoff) await deleteConversations(siteId, conversationCutoff, run);
      const fileCutoff = cutoffOf(retention.attachmentsDays, now);
      if (fileCutoff) await deleteFiles(siteId, fileCutoff, run);
      return run;
    },

    /** What `run` would delete now under these settings, deleting nothing (the settings screen shows it before saving). */
    async preview(siteId: string, retention: PrivacySettings['retention'], now: Date): Promise<RetentionPreview> {
      const conversationCutoff = cutoffOf(retention.closedConversationsDays, now);
      const fileCutoff = cutoffOf(retention.attachmentsDays, now);
      const latest = [conversationCutoff, fileCutoff].filter((cutoff): cutoff is Date => cutoff !== null).sort((a, b) => b.getTime() - a.getTime())[0];
      const preview: RetentionPreview = { conversations: 0, attachments: 0 };
      if (!latest) return preview;
      for await (const day of daysOldestFirst(siteId, dayOf(latest))) {
        for (const doc of await closedOn(siteId, day)) {
          const goes = expired(doc, conversationCutoff);
          if (goes) preview.conversations++;
          if (!goes && !expired(doc, fileCutoff)) continue;
          const files = await Promise.all((await deps.records.contentsOf(doc._id.toHexString())).attachmentIds.map((id) => deps.records.fileInfo(id)));
          preview.attachments += files.filter(Boolean).length;
        }
      }
      return preview;
    },
  };
}

export type Retention = ReturnType<typeof createRetention>;
