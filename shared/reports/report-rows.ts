/**
 * Turns one conversation's facts into increments of pre-aggregated report rows, one row per
 * site × local day × hour × agent × team × intent × locale. Every figure lands in exactly one
 * row, so any filter's totals are plain sums. Pure; the server stores and sums the rows.
 *
 * @example contributions(conversation, facts, true, 'Asia/Seoul')
 * // → [{ key: { day: '2026-03-02', hour: 10, agentId: 'a1', … }, values: { conversations: 1, frtCount: 1, … } }]
 */
import type { HandoffReason, Locale } from '../domain';
import type { ConversationFacts, ReportConversation } from './conversation-facts';
import { localParts } from './local-time';

export const HANDOFF_REASONS: HandoffReason[] = ['visitor_request', 'low_confidence', 'negative_sentiment', 'intent_requires_human'];

export interface RowKey {
  siteId: string;
  /** Local day `YYYY-MM-DD` and hour in the site's timezone, when the conversation started. */
  day: string;
  hour: number;
  weekday: number;
  /** '' when no agent (bot-only, or still waiting). */
  agentId: string;
  team: string;
  intent: string;
  locale: Locale;
}

/** Sums kept per row. `…Ms` are milliseconds; `csat5_4` counts 4-of-5 ratings; `nps_9` counts 9s. */
export type RowValues = Record<string, number>;

export interface Contribution {
  key: RowKey;
  values: RowValues;
}

export const rowId = (key: RowKey) => [key.siteId, key.day, key.hour, key.agentId, key.team, key.intent, key.locale].join('|');

function add(values: RowValues, name: string, amount: number) {
  if (amount !== 0) values[name] = (values[name] ?? 0) + amount;
}

export function contributions(conversation: ReportConversation, facts: ConversationFacts, fcr: boolean | null, timezone: string): Contribution[] {
  const local = localParts(conversation.createdAt, timezone);
  const base = { siteId: conversation.siteId, day: local.day, hour: local.hour, weekday: local.weekday, team: conversation.team ?? '', intent: facts.intent ?? '', locale: conversation.locale };
  const rows = new Map<string, RowValues>();
  const row = (agentId: string | null) => {
    const id = agentId ?? '';
    let values = rows.get(id);
    if (!values) rows.set(id, (values = {}));
    return values;
  };

  const own = row(facts.lastAgentId);
  add(own, 'conversations', 1);
  add(own, 'contained', facts.contained ? 1 : 0);
  add(own, 'botSolved', conversation.resolution === 'bot' ? 1 : 0);
  add(own, 'closed', facts.closed ? 1 : 0);
  add(own, 'reopened', facts.reopened);
  add(own, 'transfers', facts.transfers);
  if (facts.handoffReason) {
    add(own, 'handoffs', 1);
    add(own, `handoff_${facts.handoffReason}`, 1);
  }
  if (conversation.csat) add(own, `csat${conversation.csat.scale}_${conversation.csat.score}`, 1);
  if (conversation.nps !== null) add(own, `nps_${conversation.nps}`, 1);
  if (fcr !== null) {
    add(own, 'fcrEligible', 1);
    add(own, 'fcrResolved', fcr ? 1 : 0);
  }
  for (const wait of facts.waits) {
    if (wait.outcome === 'assigned') {
      add(own, 'waitCount', 1);
      add(own, 'waitMs', wait.end - wait.start);
    } else {
      add(own, 'abandoned', 1);
      add(own, 'abandonWaitMs', wait.end - wait.start);
    }
  }
  if (facts.firstResponse) {
    add(row(facts.firstResponse.agentId), 'frtFirstCount', 1);
    add(row(facts.firstResponse.agentId), 'frtFirstMs', facts.firstResponse.ms);
  }
  if (facts.handoffResponse) {
    const responder = row(facts.handoffResponse.agentId);
    add(responder, 'frtCount', 1);
    add(responder, 'frtMs', facts.handoffResponse.ms);
    add(responder, 'frtBusinessMs', facts.handoffResponse.businessMs);
  }
  for (const response of facts.responses) {
    add(row(response.agentId), 'responseCount', 1);
    add(row(response.agentId), 'responseMs', response.ms);
  }
  const handledBy = new Set<string>();
  for (const segment of facts.segments) {
    const values = row(segment.agentId);
    if (!handledBy.has(segment.agentId)) add(values, 'handled', 1);
    handledBy.add(segment.agentId);
    add(values, 'handleMs', segment.activeMs);
    add(values, 'assignedMs', segment.end - segment.start);
    add(values, 'missed', segment.replied ? 0 : 1);
  }
  return [...rows].map(([agentId, values]) => ({ key: { ...base, agentId }, values }));
}

/** Adds `b` into `a` (scaled by `sign`), dropping zeros. */
export function addValues(a: RowValues, b: RowValues, sign = 1): RowValues {
  for (const [name, amount] of Object.entries(b)) {
    const next = (a[name] ?? 0) + sign * amount;
    if (next === 0) delete a[name];
    else a[name] = next;
  }
  return a;
}
