/**
 * The service KPIs from summed report rows. Pure; `null` means "no data to measure",
 * never zero. Times come out in seconds, rates as fractions 0..1, NPS as −100..100.
 *
 * @example summarize(sumRows(rows)).frtSeconds // mean handoff → first agent reply
 */
import { HANDOFF_REASONS, type RowValues } from './report-rows';
import type { HandoffReason } from '../domain';

export interface KpiFigures {
  conversations: number;
  /** Handoff → first agent reply, mean seconds. */
  frtSeconds: number | null;
  /** The same counted inside business hours only. */
  frtBusinessSeconds: number | null;
  /** Visitor's first message → first agent reply, mean seconds (bot time included). */
  frtFromFirstMessageSeconds: number | null;
  responseSeconds: number | null;
  /** Active handle time per handled conversation. */
  ahtSeconds: number | null;
  handled: number;
  asaSeconds: number | null;
  abandoned: number;
  abandonmentRate: number | null;
  abandonWaitSeconds: number | null;
  fcrRate: number | null;
  reinquiryRate: number | null;
  csat: CsatFigures;
  nps: NpsFigures;
  containmentRate: number | null;
  handoffRate: number | null;
  handoffsByReason: Record<HandoffReason, number>;
  missed: number;
  transfers: number;
  reopened: number;
  closed: number;
}

export interface CsatFigures {
  responses: number;
  /** Ratings in the top fifth of their scale: 4–5 of 5, 8–10 of 10. */
  positiveRate: number | null;
  /** Mean on each scale that has ratings. */
  mean5: number | null;
  mean10: number | null;
  /** Ratings per closed conversation. */
  responseRate: number | null;
  /** Counts per score: `distribution5[0]` is the number of 1s. */
  distribution5: number[];
  distribution10: number[];
}

export interface NpsFigures {
  responses: number;
  promoters: number;
  detractors: number;
  score: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const meanSeconds = (ms: number, count: number) => (count > 0 ? ms / count / 1000 : null);
const get = (values: RowValues, name: string) => values[name] ?? 0;

export function csatFigures(values: RowValues): CsatFigures {
  const distribution5 = Array.from({ length: 5 }, (_, i) => get(values, `csat5_${i + 1}`));
  const distribution10 = Array.from({ length: 10 }, (_, i) => get(values, `csat10_${i + 1}`));
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  const weighted = (counts: number[]) => counts.reduce((total, count, i) => total + count * (i + 1), 0);
  const responses = sum(distribution5) + sum(distribution10);
  const positive = distribution5[3]! + distribution5[4]! + distribution10[7]! + distribution10[8]! + distribution10[9]!;
  return {
    responses,
    positiveRate: ratio(positive, responses),
    mean5: sum(distribution5) > 0 ? weighted(distribution5) / sum(distribution5) : null,
    mean10: sum(distribution10) > 0 ? weighted(distribution10) / sum(distribution10) : null,
    responseRate: ratio(responses, get(values, 'closed')),
    distribution5,
    distribution10,
  };
}

/** Promoters answer 9–10, detractors 0–6; the score is % promoters − % detractors. */
export function npsFigures(values: RowValues): NpsFigures {
  const counts = Array.from({ length: 11 }, (_, i) => get(values, `nps_${i}`));
  const responses = counts.reduce((total, count) => total + count, 0);
  const promoters = counts[9]! + counts[10]!;
  const detractors = counts.slice(0, 7).reduce((total, count) => total + count, 0);
  return { responses, promoters, detractors, score: responses > 0 ? Math.round(((promoters - detractors) / responses) * 1000) / 10 : null };
}

export function summarize(values: RowValues): KpiFigures {
  const conversations = get(values, 'conversations');
  const waits = get(values, 'waitCount');
  const abandoned = get(values, 'abandoned');
  const fcr = ratio(get(values, 'fcrResolved'), get(values, 'fcrEligible'));
  return {
    conversations,
    frtSeconds: meanSeconds(get(values, 'frtMs'), get(values, 'frtCount')),
    frtBusinessSeconds: meanSeconds(get(values, 'frtBusinessMs'), get(values, 'frtCount')),
    frtFromFirstMessageSeconds: meanSeconds(get(values, 'frtFirstMs'), get(values, 'frtFirstCount')),
    responseSeconds: meanSeconds(get(values, 'responseMs'), get(values, 'responseCount')),
    ahtSeconds: meanSeconds(get(values, 'handleMs'), get(values, 'handled')),
    handled: get(values, 'handled'),
    asaSeconds: meanSeconds(get(values, 'waitMs'), waits),
    abandoned,
    abandonmentRate: ratio(abandoned, waits + abandoned),
    abandonWaitSeconds: meanSeconds(get(values, 'abandonWaitMs'), abandoned),
    fcrRate: fcr,
    reinquiryRate: fcr === null ? null : 1 - fcr,
    csat: csatFigures(values),
    nps: npsFigures(values),
    containmentRate: ratio(get(values, 'contained'), conversations),
    handoffRate: ratio(get(values, 'handoffs'), conversations),
    handoffsByReason: Object.fromEntries(HANDOFF_REASONS.map((reason) => [reason, get(values, `handoff_${reason}`)])) as Record<HandoffReason, number>,
    missed: get(values, 'missed'),
    transfers: get(values, 'transfers'),
    reopened: get(values, 'reopened'),
    closed: get(values, 'closed'),
  };
}

/**
 * Occupancy: the agent's chats held at once, relative to their capacity, over the hours in
 * which they held any. `assignedMs` sums the time each chat was theirs.
 */
export function occupancy(assignedMs: number, activeHours: number, capacity: number): number | null {
  return activeHours > 0 && capacity > 0 ? assignedMs / (activeHours * 3_600_000 * capacity) : null;
}
