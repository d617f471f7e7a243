/** Previous and next page of server-side results: the server hands out where the next page starts. */
import { useStrings } from '../i18n';
import { searchText } from './search-text';

interface PagerProps {
  /** 1-based. */
  page: number;
  hasNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function Pager({ page, hasNext, busy, onPrevious, onNext }: PagerProps) {
  const text = searchText[useStrings().locale];
  return (
    <nav aria-label={text.names.pages} class="pager">
      <button type="button" disabled={busy || page <= 1} onClick={onPrevious}>
        {text.names.previous}
      </button>{' '}
      <span>{text.pageOf(page)}</span>{' '}
      <button type="button" disabled={busy || !hasNext} onClick={onNext}>
        {text.names.next}
      </button>
    </nav>
  );
}
