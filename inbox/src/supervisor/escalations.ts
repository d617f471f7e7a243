/**
 * Escalations as the board and the live alert word them, and the board's list kept current
 * by live ones: the same escalation (conversation and reason) is listed once, newest first.
 */
import type { AbuseEscalation } from '../../../shared/abuse';
import type { Locale } from '../../../shared/domain';
import { formatTime } from '../lib/format-date';
import { boardText } from './board-text';

/** "10:00 Hana made a threat (with Mina)": when, who, why, and the agent it happened to. */
export function describeEscalation(locale: Locale, escalation: AbuseEscalation, agentName: string | null): string {
  const text = boardText[locale].abuse;
  const visitor = escalation.visitorName ?? text.visitor;
  const what = escalation.reason === 'threat' ? text.threat(visitor) : text.repeated(visitor, escalation.abusiveMessages);
  return `${formatTime(escalation.at, locale)} ${what}${agentName ? ` ${text.withAgent(agentName)}` : ''}`;
}

export const escalationKey = (escalation: AbuseEscalation) => `${escalation.conversationId}:${escalation.reason}`;

/** The loaded list with live arrivals merged in, each escalation once, newest first. */
export function mergeEscalations(loaded: readonly AbuseEscalation[], live: readonly AbuseEscalation[]): AbuseEscalation[] {
  const byKey = new Map<string, AbuseEscalation>();
  for (const escalation of [...loaded, ...live]) if (!byKey.has(escalationKey(escalation))) byKey.set(escalationKey(escalation), escalation);
  return [...byKey.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
