import { titleWithUnread } from './page-title';

describe('the page title', () => {
  it('shows the unread count in front, capped, and nothing when all is read', () => {
    expect(titleWithUnread('Parley inbox', 0)).toBe('Parley inbox');
    expect(titleWithUnread('Parley inbox', 3)).toBe('(3) Parley inbox');
    expect(titleWithUnread('Parley inbox', 250)).toBe('(99+) Parley inbox');
  });
});
