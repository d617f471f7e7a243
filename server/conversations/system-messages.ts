/**
 * Parley's own notices in the transcript, written in the visitor's language (Korean in
 * polite register). The words live in `shared/system-notices` so that the inbox can
 * recognise a stored notice and show it in the agent's language instead.
 */
import type { Locale } from '../../shared/domain';
import { systemNoticeTexts as texts } from '../../shared/system-notices';

export const queuedText = (locale: Locale) => texts.queued[locale];
export const assignedText = (locale: Locale, agentName: string) => texts.assigned[locale](agentName);
export const closedText = (locale: Locale) => texts.closed[locale];
export const agentLostText = (locale: Locale) => texts.agentLost[locale];
export const transferredText = (locale: Locale) => texts.transferred[locale];
export const reopenedText = (locale: Locale) => texts.reopened[locale];
