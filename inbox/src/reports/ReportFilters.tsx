/** The period (presets or custom days) and the team, agent, intent and language filters. */
import type { ReportOverview } from '../../../shared/reports/report-views';
import type { RangePreset } from './report-range';
import type { ReportText } from './report-text';
import type { ReportFilters as Filters } from './reports-api';

interface ReportFiltersProps {
  text: ReportText;
  preset: RangePreset;
  filters: Filters;
  options: ReportOverview['options'] | null;
  onPreset: (preset: RangePreset) => void;
  onChange: (change: Partial<Filters>) => void;
}

/** The chosen value stays in the menu even when the current range has no such rows. */
const withChosen = (values: string[], chosen: string | undefined) => (chosen && !values.includes(chosen) ? [chosen, ...values] : values);

export function ReportFiltersForm({ text, preset, filters, options, onPreset, onChange }: ReportFiltersProps) {
  const select = (label: string, value: string | undefined, choices: { value: string; label: string }[], key: keyof Filters) => (
    <label class="inline-field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange({ [key]: event.currentTarget.value || undefined })}>
        <option value="">{text.all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
  const agentNames = new Map((options?.agents ?? []).map((agent) => [agent.id, agent.name]));
  return (
    <form class="report-filters" aria-label={text.filters} onSubmit={(event) => event.preventDefault()}>
      <label class="inline-field">
        <span>{text.range}</span>
        <select value={preset} onChange={(event) => onPreset(event.currentTarget.value as RangePreset)}>
          {(['today', '7', '30', 'custom'] as const).map((value) => (
            <option key={value} value={value}>
              {text.presets[value]}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label class="inline-field">
            <span>{text.from}</span>
            <input type="date" value={filters.from} max={filters.to} required onChange={(event) => event.currentTarget.value && onChange({ from: event.currentTarget.value })} />
          </label>
          <label class="inline-field">
            <span>{text.to}</span>
            <input type="date" value={filters.to} min={filters.from} required onChange={(event) => event.currentTarget.value && onChange({ to: event.currentTarget.value })} />
          </label>
        </>
      )}
      {select(text.team, filters.team, withChosen(options?.teams ?? [], filters.team).map((team) => ({ value: team, label: team })), 'team')}
      {select(text.agent, filters.agent, withChosen([...agentNames.keys()], filters.agent).map((id) => ({ value: id, label: agentNames.get(id) ?? id })), 'agent')}
      {select(text.intent, filters.intent, withChosen(options?.intents ?? [], filters.intent).map((intent) => ({ value: intent, label: intent })), 'intent')}
      {select(text.locale, filters.locale, (['ko', 'en'] as const).map((locale) => ({ value: locale, label: text.localeNames[locale] })), 'locale')}
    </form>
  );
}
