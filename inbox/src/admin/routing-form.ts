/**
 * The routing screen's fields as typed (numbers as text, phrases one per line) and their
 * checked conversion into a PUT /api/settings body. Limits mirror `settingsUpdateSchema`,
 * so the admin hears about a bad value before anything is sent.
 */
import type { SettingsUpdate } from '../../../shared/schemas';
import type { BusinessHours, RoutingAlgorithm, SiteSettings } from '../../../shared/settings';

export interface HoursRow {
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  open: string;
  close: string;
}

export interface RoutingFields {
  algorithm: RoutingAlgorithm;
  preferLastAgent: boolean;
  teamFallbackSeconds: string;
  reopenWindowMinutes: string;
  agentGraceSeconds: string;
  hoursEnabled: boolean;
  timezone: string;
  weekly: HoursRow[];
  /** One phrase per line. */
  phrases: string;
}

export type NumberField = 'teamFallbackSeconds' | 'reopenWindowMinutes' | 'agentGraceSeconds';

/** A field the server would refuse; `hours:3` is the fourth row of `weekly`. */
export type RoutingField = NumberField | 'timezone' | 'phrases' | `hours:${number}`;

/** Largest value of each number, as the server allows it. */
export const NUMBER_LIMITS: Record<NumberField, { max: number; integer: boolean }> = {
  teamFallbackSeconds: { max: 86_400, integer: true },
  reopenWindowMinutes: { max: 10_080, integer: true },
  agentGraceSeconds: { max: 3600, integer: false },
};

export const MAX_HOURS_ROWS = 21;
export const MAX_PHRASES = 200;

export function settingsToFields(settings: SiteSettings): RoutingFields {
  const { routing, businessHours } = settings;
  return {
    algorithm: routing.algorithm,
    preferLastAgent: routing.preferLastAgent,
    teamFallbackSeconds: String(routing.teamFallbackSeconds),
    reopenWindowMinutes: String(routing.reopenWindowMinutes),
    agentGraceSeconds: String(routing.agentGraceSeconds),
    hoursEnabled: businessHours.enabled,
    timezone: businessHours.timezone,
    weekly: businessHours.weekly.map((row) => ({ ...row })),
    phrases: settings.politeGuardPhrases.join('\n'),
  };
}

export function parseNumber(text: string, field: NumberField): number | null {
  const { max, integer } = NUMBER_LIMITS[field];
  const trimmed = text.trim();
  if (!(integer ? /^\d+$/ : /^\d+(\.\d+)?$/).test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
}

export function isTimezone(zone: string): boolean {
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Both times well formed and closing after opening (the server has no overnight hours). */
export function isValidRow(row: HoursRow): boolean {
  return HHMM.test(row.open) && HHMM.test(row.close) && row.close > row.open;
}

/** Lines trimmed, blanks and repeats dropped. */
export function splitPhrases(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()).filter(Boolean))];
}

type SettingsBody = Required<Pick<SettingsUpdate, 'routing' | 'businessHours' | 'politeGuardPhrases'>>;

export function fieldsToUpdate(fields: RoutingFields): { ok: true; value: SettingsBody } | { ok: false; invalid: RoutingField[] } {
  const invalid: RoutingField[] = [];
  const number = (field: NumberField) => {
    const value = parseNumber(fields[field], field);
    if (value === null) invalid.push(field);
    return value ?? 0;
  };
  const teamFallbackSeconds = number('teamFallbackSeconds');
  const reopenWindowMinutes = number('reopenWindowMinutes');
  const agentGraceSeconds = number('agentGraceSeconds');
  if (!isTimezone(fields.timezone.trim())) invalid.push('timezone');
  fields.weekly.forEach((row, index) => {
    if (!isValidRow(row)) invalid.push(`hours:${index}`);
  });
  const phrases = splitPhrases(fields.phrases);
  if (phrases.length > MAX_PHRASES || phrases.some((phrase) => phrase.length > 100)) invalid.push('phrases');
  if (invalid.length > 0) return { ok: false, invalid };

  const weekly: BusinessHours['weekly'] = [...fields.weekly].sort((a, b) => a.day - b.day || a.open.localeCompare(b.open));
  return {
    ok: true,
    value: {
      routing: { algorithm: fields.algorithm, preferLastAgent: fields.preferLastAgent, teamFallbackSeconds, reopenWindowMinutes, agentGraceSeconds },
      businessHours: { enabled: fields.hoursEnabled, timezone: fields.timezone.trim(), weekly },
      politeGuardPhrases: phrases,
    },
  };
}
