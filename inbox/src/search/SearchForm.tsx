/** The transcript search form: words, visitor email, tag and status, all optional. */
import { useId } from 'preact/hooks';
import type { ConversationStatus } from '../../../shared/domain';
import { useStrings } from '../i18n';
import { searchText } from './search-text';

export interface SearchFilters {
  q: string;
  email: string;
  tag: string;
  status: ConversationStatus | '';
}

export const emptyFilters: SearchFilters = { q: '', email: '', tag: '', status: '' };

const statuses: ConversationStatus[] = ['bot', 'queued', 'offline', 'assigned', 'closed'];

interface SearchFormProps {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  onSubmit: () => void;
  busy: boolean;
}

export function SearchForm({ filters, onChange, onSubmit, busy }: SearchFormProps) {
  const strings = useStrings();
  const text = searchText[strings.locale];
  const id = useId();
  const input = (name: 'q' | 'email' | 'tag') => ({
    id: `${id}-${name}`,
    value: filters[name],
    onInput: (event: Event) => onChange({ ...filters, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  return (
    <form
      aria-label={text.names.form}
      aria-describedby={`${id}-hint`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <p id={`${id}-hint`} class="field-hint">
        {text.hint}
      </p>
      <div class="field">
        <label for={`${id}-q`}>{text.names.text}</label>
        <input type="search" maxLength={200} {...input('q')} />
      </div>
      <div class="field">
        <label for={`${id}-email`}>{text.names.email}</label>
        <input type="email" maxLength={254} aria-describedby={`${id}-email-hint`} {...input('email')} />
        <p id={`${id}-email-hint`} class="field-hint">
          {text.emailHint}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-tag`}>{text.names.tag}</label>
        <input type="text" maxLength={40} aria-describedby={`${id}-tag-hint`} {...input('tag')} />
        <p id={`${id}-tag-hint`} class="field-hint">
          {text.tagHint}
        </p>
      </div>
      <div class="field">
        <label for={`${id}-status`}>{text.names.status}</label>
        <select id={`${id}-status`} value={filters.status} onChange={(event) => onChange({ ...filters, status: event.currentTarget.value as SearchFilters['status'] })}>
          <option value="">{text.anyStatus}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {strings.status[status]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="primary" disabled={busy}>
        {text.names.search}
      </button>
    </form>
  );
}
