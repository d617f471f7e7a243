/**
 * Keeps the report rows current. Where: one periodic job that reads conversations by
 * `updatedAt` after a watermark (indexed), rather than a call from the conversation
 * service on close. Why: every change that moves a figure — close, rating, reopen,
 * transfer, handoff — already bumps `updatedAt`, so one reader catches them all without
 * touching the hot message path, survives restarts (the watermark is stored), and runs
 * the very code `npm run reports:rebuild` runs. Figures of a conversation settle when it
 * next changes (at the latest when it closes); agent replies alone do not bump it.
 */
import { randomUUID } from 'node:crypto';
import type { BusinessHours } from '../../shared/settings';
import { conversationFacts, type ReportConversation } from '../../shared/reports/conversation-facts';
import { DEFAULT_FCR_DAYS, firstContactResolved, type ContactSummary } from '../../shared/reports/first-contact';
import { contributions, type Contribution } from '../../shared/reports/report-rows';
import type { Logger } from '../logger';
import type { ReportSource } from './report-source';
import type { ReportStore } from './report-store';

export interface ReportAggregatorDeps {
  source: ReportSource;
  store: ReportStore;
  businessHours: (siteId: string) => Promise<BusinessHours>;
  logger: Logger;
  fcrDays?: number;
  now?: () => Date;
  /** Runs once before the first catch-up of `start` (the storage-layout upgrade); retried on failure. */
  prepare?: () => Promise<unknown>;
}

const BATCH = 300;
// Writes within this window of the watermark are read again: clocks of several processes
// and same-millisecond updates must not slip past. Re-reading is harmless (see report-store).
const OVERLAP_MS = 5_000;
const DAY_MS = 86_400_000;

export function createReportAggregator(deps: ReportAggregatorDeps) {
  const fcrDays = deps.fcrDays ?? DEFAULT_FCR_DAYS;
  const now = deps.now ?? (() => new Date());
  const holder = randomUUID();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let prepared: Promise<unknown> | null = null;

  async function contributionsOf(conversation: ReportConversation, contacts: ContactSummary[]): Promise<Contribution[]> {
    const hours = await deps.businessHours(conversation.siteId);
    const facts = conversationFacts(conversation, { businessHours: hours });
    const self = contacts.find((contact) => contact.id === conversation.id) ?? { ...conversation, reopened: facts.reopened, intent: facts.intent, handled: facts.segments.length > 0 };
    return contributions(conversation, facts, firstContactResolved(self, contacts, fcrDays), hours.timezone);
  }

  /**
   * Recomputes these conversations, and the visitor's earlier ones whose FCR a new
   * conversation may have changed.
   */
  async function refresh(conversations: ReportConversation[]) {
    const contactsByVisitor = new Map<string, ContactSummary[]>();
    for (const conversation of conversations) {
      if (!contactsByVisitor.has(conversation.visitorId)) contactsByVisitor.set(conversation.visitorId, await deps.source.contactsOf(conversation.visitorId));
    }
    const ids = new Set(conversations.map((conversation) => conversation.id));
    const earlier = conversations.flatMap((conversation) =>
      (contactsByVisitor.get(conversation.visitorId) ?? [])
        .filter((contact) => !ids.has(contact.id) && contact.closedAt !== null && contact.closedAt >= conversation.createdAt - fcrDays * DAY_MS)
        .map((contact) => contact.id),
    );
    const all = [...conversations, ...(await deps.source.byIds([...new Set(earlier)]))];
    const changes = [];
    for (const conversation of all) changes.push({ conversationId: conversation.id, next: await contributionsOf(conversation, contactsByVisitor.get(conversation.visitorId) ?? []) });
    await deps.store.replace(changes);
  }

  /** Processes everything changed since the watermark; returns how many conversations it read. */
  async function catchUp(): Promise<number> {
    if (!(await deps.store.lease(holder, 60_000, now()))) return 0;
    let processed = 0;
    let watermark = await deps.store.watermark();
    for (;;) {
      const { conversations, lastUpdatedAt } = await deps.source.changedSince(new Date(watermark.getTime() - OVERLAP_MS), BATCH);
      if (conversations.length > 0) await refresh(conversations);
      processed += conversations.length;
      if (!lastUpdatedAt || lastUpdatedAt <= watermark) break;
      watermark = lastUpdatedAt;
      await deps.store.setWatermark(watermark);
      if (conversations.length < BATCH) break;
    }
    return processed;
  }

  /** The catch-up itself, without waiting for `prepare`: what a rebuild waits for. */
  let catching: Promise<number> | null = null;

  /**
   * One catch-up at a time; callers arriving meanwhile share it. Waits for the layout
   * upgrade when one is under way, so a report never catches up into half-built figures.
   */
  const runOnce = () => {
    running ??= (prepared ?? Promise.resolve())
      .catch(() => {})
      .then(() => (catching = catchUp()))
      .finally(() => {
        running = null;
        catching = null;
      });
    return running;
  };

  return {
    runOnce,
    start(intervalMs = 10_000) {
      const prepare = () =>
        (prepared ??= (deps.prepare?.() ?? Promise.resolve()).catch((error: unknown) => {
          prepared = null;
          throw error;
        }));
      const tick = () =>
        prepare()
          .then(runOnce)
          .catch((error: unknown) => deps.logger.error({ err: error }, 'report aggregation failed'))
          .finally(() => {
            if (timer) timer = setTimeout(tick, intervalMs).unref();
          });
      // Started now, so a report asked for before the first tick already waits for it.
      prepare().catch(() => {});
      timer = setTimeout(tick, 0).unref();
    },
    async stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      await Promise.all([prepared?.catch(() => {}), running?.catch(() => {})]);
    },

    /**
     * Throws every row away and aggregates all raw conversations again. It takes the
     * lease by force, so a running server's job pauses until it is done.
     */
    async rebuild(): Promise<number> {
      const hold = () => deps.store.lease(holder, 120_000, now(), { force: true });
      await catching?.catch(() => {});
      await hold();
      await deps.store.clear();
      // FCR looks at each visitor's other conversations: gather them first, in one pass.
      const contactsByVisitor = new Map<string, ContactSummary[]>();
      for await (const page of deps.source.allContacts()) {
        for (const { visitorId, ...contact } of page) contactsByVisitor.set(visitorId, [...(contactsByVisitor.get(visitorId) ?? []), contact]);
      }
      const startedAt = now();
      let count = 0;
      for await (const page of deps.source.all()) {
        const changes = [];
        for (const conversation of page) changes.push({ conversationId: conversation.id, next: await contributionsOf(conversation, contactsByVisitor.get(conversation.visitorId) ?? []) });
        await deps.store.replace(changes);
        count += page.length;
        await hold();
      }
      // Changes made while rebuilding are after this mark, so the job picks them up.
      await deps.store.setWatermark(new Date(startedAt.getTime() - OVERLAP_MS));
      return count;
    },
  };
}

export type ReportAggregator = ReturnType<typeof createReportAggregator>;
