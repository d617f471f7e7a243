/** Previous and next page of server-side results, with where the reader is. */
import { useStrings } from '../i18n';
import { searchText } from './search-text';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  busy: boolean;
  onPage: (page: number) => void;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function Pager({ page, pageSize, total, busy, onPage }: PagerProps) {
  const text = searchText[useStrings().locale];
  const pages = pageCount(total, pageSize);
  return (
    <nav aria-label={text.names.pages} class="pager">
      <button type="button" disabled={busy || page <= 1} onClick={() => onPage(page - 1)}>
        {text.names.previous}
      </button>{' '}
      <span>{text.pageOf(page, pages)}</span>{' '}
      <button type="button" disabled={busy || page >= pages} onClick={() => onPage(page + 1)}>
        {text.names.next}
      </button>
    </nav>
  );
}
