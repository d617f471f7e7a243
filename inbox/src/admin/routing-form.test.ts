import { DEFAULT_BUSINESS_HOURS, DEFAULT_POLITE_GUARD_PHRASES, DEFAULT_ROUTING_SETTINGS, DEFAULT_WIDGET_SETTINGS } from '../../../shared/settings';
import { fieldsToUpdate, isValidRow, parseNumber, settingsToFields, splitPhrases } from './routing-form';

describe('the routing form', () => {
  it('takes whole numbers within the server’s limits, and fractions only for the grace period', () => {
    expect(parseNumber('86400', 'teamFallbackSeconds')).toBe(86_400);
    expect(parseNumber('86401', 'teamFallbackSeconds')).toBeNull();
    expect(parseNumber('2.5', 'reopenWindowMinutes')).toBeNull();
    expect(parseNumber(' 2.5 ', 'agentGraceSeconds')).toBe(2.5);
    expect(parseNumber('', 'agentGraceSeconds')).toBeNull();
    expect(parseNumber('1e3', 'agentGraceSeconds')).toBeNull();
  });

  it('needs closing after opening, since the server has no overnight hours', () => {
    expect(isValidRow({ day: 1, open: '09:00', close: '18:00' })).toBe(true);
    expect(isValidRow({ day: 1, open: '22:00', close: '02:00' })).toBe(false);
    expect(isValidRow({ day: 1, open: '9:00', close: '18:00' })).toBe(false);
  });

  it('drops blank and repeated phrases', () => {
    expect(splitPhrases('몰라요\n \n몰라요\n 없어요 ')).toEqual(['몰라요', '없어요']);
  });

  it('turns the stored settings back into the same update when nothing changed', () => {
    const settings = { routing: DEFAULT_ROUTING_SETTINGS, businessHours: DEFAULT_BUSINESS_HOURS, teams: [], politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES, widget: DEFAULT_WIDGET_SETTINGS };
    expect(fieldsToUpdate(settingsToFields(settings))).toEqual({
      ok: true,
      value: { routing: DEFAULT_ROUTING_SETTINGS, businessHours: DEFAULT_BUSINESS_HOURS, politeGuardPhrases: DEFAULT_POLITE_GUARD_PHRASES },
    });
  });
});
