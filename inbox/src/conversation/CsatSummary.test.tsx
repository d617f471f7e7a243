import { render, screen, within } from '@testing-library/preact';
import { SearchResults } from '../search/SearchResults';
import { StringsContext, stringsFor } from '../i18n';
import { conversation } from '../testing/fixtures';
import { CsatSummary } from './CsatSummary';

const rated = conversation({ id: 'c1', visitorName: 'Jisoo', status: 'closed', csat: { score: 4, comment: '<b>빨랐어요</b>' } });

describe('the satisfaction rating in the inbox', () => {
  it('shows score and comment on the conversation, the comment as text', () => {
    render(<CsatSummary conversation={rated} />);
    const section = within(screen.getByRole('region', { name: 'Satisfaction rating' }));
    expect(section.getByText('4 out of 5')).toBeTruthy();
    expect(section.getByText('<b>빨랐어요</b>')).toBeTruthy();
  });

  it('says so in Korean when a closed conversation was not rated, and shows nothing while it is open', () => {
    const { unmount } = render(
      <StringsContext.Provider value={stringsFor('ko')}>
        <CsatSummary conversation={{ ...rated, csat: null }} />
      </StringsContext.Provider>,
    );
    expect(within(screen.getByRole('region', { name: '만족도 평가' })).getByText('평가 없음')).toBeTruthy();
    unmount();
    render(<CsatSummary conversation={{ ...rated, status: 'assigned', csat: null }} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('lists the rating in search results', () => {
    render(<SearchResults conversations={[rated, conversation({ id: 'c2', visitorName: 'Hana', status: 'closed' })]} onOpen={() => {}} returnFocusTo={null} />);
    const rows = within(screen.getByRole('table', { name: 'Search results' })).getAllByRole('row');
    expect(within(rows[0]!).getByRole('columnheader', { name: 'Rating' })).toBeTruthy();
    expect(within(rows[1]!).getByText('4 out of 5 · “<b>빨랐어요</b>”')).toBeTruthy();
    expect(within(rows[2]!).getByText('Not rated')).toBeTruthy();
  });
});
