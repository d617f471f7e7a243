/**
 * Privacy in one place: exports, erasures, visitors' erasure requests, per-site
 * settings and the scheduled retention job. Every export, erasure, settings change and
 * retention run that deleted something is logged with who asked.
 */
import type { Writable } from 'node:stream';
import type { Connection } from 'mongoose';
import type { Visitor } from '../../shared/domain';
import type { VisitorErasure } from '../../shared/http';
import type { PrivacySettings } from '../../shared/settings';
import type { AttachmentStore } from '../attachments/attachment-store';
import type { Logger } from '../logger';
import type { VisitorRepository } from '../visitors/visitor.repository';
import { truncateIp } from '../visitors/ip-truncation';
import { createErasureRequests } from './erasure-requests';
import { createPrivacySettings } from './privacy-settings';
import { createRetention } from './retention';
import { eraseVisitor } from './visitor-erasure';
import { writeVisitorExport } from './visitor-export';
import { createVisitorRecords } from './visitor-records';

const HOUR_MS = 3_600_000;

/** What privacy hands to the audit log (server/audit/), when one is wired in. */
export interface PrivacyAuditEvent {
  siteId: string;
  /** The admin who acted; null for the scheduled retention job. */
  actorId: string | null;
  action: 'visitor-exported' | 'visitor-erased' | 'retention-run' | 'privacy-settings-changed';
  target: string | null;
  detail: string;
}

export function createPrivacyService(deps: {
  connection: Connection;
  visitors: Pick<VisitorRepository, 'erase' | 'setNetwork'>;
  files: Pick<AttachmentStore, 'find' | 'open' | 'idsOfConversation'>;
  logger: Logger;
  now: () => Date;
  /** Tells agents' inboxes that the visitor now reads as erased. */
  onVisitorErased?: (visitor: Visitor) => void;
  /** Appends to the audit log; failures are logged, never thrown at the admin (the action already happened). */
  audit?: (event: PrivacyAuditEvent) => Promise<void>;
  /** Opens message text the store keeps sealed (encryption at rest), for exports. */
  openText?: (stored: string) => string;
  /** How often retention runs (an hour unless a test says otherwise). */
  retentionEveryMs?: number;
}) {
  const records = createVisitorRecords(deps.connection, deps.files);
  const settings = createPrivacySettings(deps.connection);
  const requests = createErasureRequests(deps.connection);
  const retention = createRetention({ connection: deps.connection, records, settings });
  const log = deps.logger.child({ area: 'privacy' });
  const audit = (event: PrivacyAuditEvent) => deps.audit?.(event).catch((error: unknown) => log.error({ err: error, event }, 'could not write a privacy audit entry'));
  let timer: NodeJS.Timeout | null = null;
  // Networks this process already wrote, so a visitor reconnecting from the same one costs no write.
  const notedNetworks = new Map<string, string>();
  let running: Promise<void> | null = null;

  async function retentionPass() {
    const sites = await deps.connection.db!.collection('sites').find({}, { projection: { _id: 1 } }).toArray();
    for (const site of sites) {
      const siteId = String(site._id);
      const run = await retention.run(siteId, deps.now());
      if (run.conversations === 0 && run.attachments === 0) continue;
      log.info({ event: 'retention.run', siteId, ...run }, 'retention deleted expired conversations and files');
      await audit({ siteId, actorId: null, action: 'retention-run', target: null, detail: `${run.conversations} conversations, ${run.attachments} files` });
    }
  }

  return {
    settings,
    requests,
    retention,
    now: deps.now,

    async exportVisitor(adminId: string, visitor: Visitor, output: Writable, numbers: 'masked' | 'shown' = 'masked') {
      const manifest = await writeVisitorExport(records, visitor, output, deps.now(), deps.openText, numbers);
      log.info({ event: 'visitor.export', adminId, visitorId: visitor.id, siteId: visitor.siteId, counts: manifest.counts }, 'visitor exported');
      const { counts } = manifest;
      await audit({ siteId: visitor.siteId, actorId: adminId, action: 'visitor-exported', target: `visitor:${visitor.id}`, detail: `${counts.conversations} conversations, ${counts.messages} messages, ${counts.attachments} files, sensitive numbers ${numbers}` });
      return manifest;
    },

    async eraseVisitor(adminId: string, visitor: Visitor): Promise<VisitorErasure> {
      const { erasure, visitor: erased } = await eraseVisitor({ connection: deps.connection, records, visitors: deps.visitors }, visitor, deps.now());
      await requests.settle(visitor.id, deps.now());
      log.info({ event: 'visitor.erase', adminId, siteId: visitor.siteId, ...erasure }, 'visitor erased');
      const detail = `${erasure.conversations} conversations, ${erasure.messages} messages, ${erasure.attachments} files`;
      await audit({ siteId: visitor.siteId, actorId: adminId, action: 'visitor-erased', target: `visitor:${visitor.id}`, detail });
      if (erased) deps.onVisitorErased?.(erased);
      return erasure;
    },

    async requestErasure(visitor: Visitor) {
      if (await requests.request({ visitorId: visitor.id, siteId: visitor.siteId, visitorName: visitor.name }, deps.now())) {
        log.info({ event: 'visitor.erasure_requested', visitorId: visitor.id, siteId: visitor.siteId }, 'visitor asked to be erased');
      }
    },

    /** On each visitor connection: stores the network when the site keeps truncated addresses, never the address. */
    async noteVisitorNetwork(visitorId: string, siteId: string, ip: string) {
      if ((await settings.get(siteId)).visitorIp !== 'truncated') return;
      const network = truncateIp(ip);
      if (!network || notedNetworks.get(visitorId) === network) return;
      await deps.visitors.setNetwork(visitorId, network);
      notedNetworks.set(visitorId, network);
      if (notedNetworks.size > 10_000) notedNetworks.clear();
    },

    async changeSettings(adminId: string, siteId: string, change: PrivacySettings) {
      const saved = await settings.set(siteId, change);
      log.info({ event: 'privacy.settings', adminId, siteId, settings: saved }, 'privacy settings changed');
      await audit({ siteId, actorId: adminId, action: 'privacy-settings-changed', target: 'settings:privacy', detail: JSON.stringify(saved) });
      return saved;
    },

    /** Runs retention over every site now (the job does this every hour). */
    runRetention(): Promise<void> {
      running ??= retentionPass()
        .catch((error: unknown) => log.warn({ err: error }, 'retention run failed; it runs again next time'))
        .finally(() => (running = null));
      return running;
    },

    start() {
      const every = deps.retentionEveryMs ?? HOUR_MS;
      timer = setInterval(() => void this.runRetention(), every);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
