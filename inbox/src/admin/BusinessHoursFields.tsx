/**
 * Business hours inside the routing form: on/off, the site's timezone, and opening hours
 * per weekday — one range or several (a lunch break) per day; a day with none is closed.
 */
import { useId } from 'preact/hooks';
import { useStrings } from '../i18n';
import { MAX_HOURS_ROWS, type HoursRow, type RoutingField, type RoutingFields } from './routing-form';

/** English day names (the English controls' accessible names are built from them). */
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEK_FROM_MONDAY = [1, 2, 3, 4, 5, 6, 0];

const texts = {
  en: {
    title: 'Business hours',
    enabledHint: 'Off means always open: the bot hands over to a person at any hour. On: outside these hours visitors can leave a message.',
    timezoneHint: 'An IANA zone such as Asia/Seoul or Europe/Berlin.',
    badTimezone: 'Unknown timezone.',
    badRow: 'Use HH:MM times, closing after opening (no overnight ranges).',
    days: DAY_NAMES,
    useHours: 'Use business hours',
    timezone: 'Timezone',
    openOn: (day: string) => `Open on ${day}`,
    opens: (day: string, suffix: string) => `${day} opens${suffix}`,
    closes: (day: string, suffix: string) => `${day} closes${suffix}`,
    removeHours: (day: string, nth: number) => `Remove ${day} hours ${nth}`,
    addHours: (day: string) => `Add hours on ${day}`,
  },
  ko: {
    title: '업무 시간',
    enabledHint: '끄면 항상 운영 중으로 보고 챗봇이 언제든 상담원에게 연결합니다. 켜면 업무 시간 외에는 방문자가 메시지를 남길 수 있습니다.',
    timezoneHint: 'Asia/Seoul, Europe/Berlin 같은 IANA 시간대입니다.',
    badTimezone: '알 수 없는 시간대입니다.',
    badRow: 'HH:MM 형식으로 입력하고, 마감 시간은 시작 시간보다 늦어야 합니다(자정을 넘길 수 없음).',
    days: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
    useHours: '업무 시간 사용',
    timezone: '시간대',
    openOn: (day: string) => `${day} 운영`,
    opens: (day: string, suffix: string) => `${day} 시작 시간${suffix}`,
    closes: (day: string, suffix: string) => `${day} 마감 시간${suffix}`,
    removeHours: (day: string, nth: number) => `${day} ${nth}번째 운영 시간 삭제`,
    addHours: (day: string) => `${day} 운영 시간 추가`,
  },
};

interface BusinessHoursFieldsProps {
  fields: RoutingFields;
  invalid: RoutingField[];
  onChange: (change: Partial<RoutingFields>) => void;
}

const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

export function BusinessHoursFields({ fields, invalid, onChange }: BusinessHoursFieldsProps) {
  const text = texts[useStrings().locale];
  const id = useId();
  const setRow = (index: number, change: Partial<HoursRow>) => onChange({ weekly: fields.weekly.map((row, at) => (at === index ? { ...row, ...change } : row)) });
  const removeRow = (index: number) => onChange({ weekly: fields.weekly.filter((_, at) => at !== index) });
  const addRow = (day: number, open: string, close: string) => onChange({ weekly: [...fields.weekly, { day, open, close }] });
  const full = fields.weekly.length >= MAX_HOURS_ROWS;

  return (
    <fieldset class="business-hours">
      <legend>{text.title}</legend>
      <label class="checkbox">
        <input type="checkbox" checked={fields.hoursEnabled} aria-describedby={`${id}-enabled`} onChange={(event) => onChange({ hoursEnabled: event.currentTarget.checked })} />
        {text.useHours}
      </label>
      <p id={`${id}-enabled`} class="field-hint">{text.enabledHint}</p>
      <div class="field">
        <label for={`${id}-zone`}>{text.timezone}</label>
        <input
          id={`${id}-zone`}
          type="text"
          list={`${id}-zones`}
          value={fields.timezone}
          aria-invalid={invalid.includes('timezone') || undefined}
          aria-describedby={`${id}-zone-hint${invalid.includes('timezone') ? ` ${id}-zone-error` : ''}`}
          onInput={(event) => onChange({ timezone: event.currentTarget.value })}
        />
        <datalist id={`${id}-zones`}>
          {zones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <p id={`${id}-zone-hint`} class="field-hint">{text.timezoneHint}</p>
        {invalid.includes('timezone') && <p id={`${id}-zone-error`} class="field-error">{text.badTimezone}</p>}
      </div>
      {WEEK_FROM_MONDAY.map((day) => {
        const name = text.days[day]!;
        const rows = fields.weekly.map((row, index) => ({ row, index })).filter(({ row }) => row.day === day);
        return (
          <div key={day} role="group" aria-label={name} class="hours-day">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={rows.length > 0}
                disabled={rows.length === 0 && full}
                onChange={(event) => (event.currentTarget.checked ? addRow(day, '09:00', '18:00') : onChange({ weekly: fields.weekly.filter((row) => row.day !== day) }))}
              />
              {text.openOn(name)}
            </label>
            {rows.map(({ row, index }, nth) => {
              const suffix = nth === 0 ? '' : ` (${nth + 1})`;
              const bad = invalid.includes(`hours:${index}`);
              return (
                <div key={index} class="hours-range">
                  <label>
                    {text.opens(name, suffix)}
                    <input type="time" value={row.open} aria-invalid={bad || undefined} aria-describedby={bad ? `${id}-row-${index}` : undefined} onInput={(event) => setRow(index, { open: event.currentTarget.value })} />
                  </label>
                  <label>
                    {text.closes(name, suffix)}
                    <input type="time" value={row.close} aria-invalid={bad || undefined} aria-describedby={bad ? `${id}-row-${index}` : undefined} onInput={(event) => setRow(index, { close: event.currentTarget.value })} />
                  </label>
                  {nth > 0 && (
                    <button type="button" aria-label={text.removeHours(name, nth + 1)} onClick={() => removeRow(index)}>
                      ×
                    </button>
                  )}
                  {bad && <p id={`${id}-row-${index}`} class="field-error">{text.badRow}</p>}
                </div>
              );
            })}
            {rows.length > 0 && (
              <button type="button" disabled={full} onClick={() => addRow(day, rows[rows.length - 1]!.row.close, '23:59')}>
                {text.addHours(name)}
              </button>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
