import { activateTab, closeTab, moveTab, nextUnread, noTabs, openTab } from './tabs';

describe('tabs', () => {
  const three = openTab(openTab(openTab(noTabs, 'a'), 'b'), 'c');

  it('opens tabs at the end and brings the newest to the front', () => {
    expect(three).toEqual({ ids: ['a', 'b', 'c'], active: 'c' });
  });

  it('brings an already open conversation to the front without a second tab', () => {
    expect(openTab(three, 'a')).toEqual({ ids: ['a', 'b', 'c'], active: 'a' });
  });

  it('moves to the right-hand neighbour when the front tab closes, or the left one at the end', () => {
    expect(closeTab(activateTab(three, 'b'), 'b')).toEqual({ ids: ['a', 'c'], active: 'c' });
    expect(closeTab(three, 'c')).toEqual({ ids: ['a', 'b'], active: 'b' });
    expect(closeTab(openTab(noTabs, 'a'), 'a')).toEqual({ ids: [], active: null });
  });

  it('keeps the front tab when a background tab closes', () => {
    expect(closeTab(three, 'a')).toEqual({ ids: ['b', 'c'], active: 'c' });
  });

  it('moves between tabs with wrap-around', () => {
    expect(moveTab(three, 1).active).toBe('a');
    expect(moveTab(three, -1).active).toBe('b');
    expect(moveTab(noTabs, 1)).toBe(noTabs);
  });

  it('ignores activating a conversation that has no tab', () => {
    expect(activateTab(three, 'zzz')).toBe(three);
  });
});

describe('next unread', () => {
  const counts: Record<string, number> = { a: 0, b: 2, c: 0, d: 1, e: 5 };
  const unread = (id: string) => counts[id] ?? 0;
  it('goes to the next open tab with unread messages, wrapping around', () => {
    expect(nextUnread({ ids: ['a', 'b', 'c', 'd'], active: 'b' }, [], unread)).toBe('d');
    expect(nextUnread({ ids: ['a', 'b', 'c', 'd'], active: 'd' }, [], unread)).toBe('b');
  });
  it('falls back to the agent’s conversations not open yet', () => {
    expect(nextUnread({ ids: ['a', 'c'], active: 'a' }, ['a', 'e'], unread)).toBe('e');
  });
  it('is null when everything is read', () => {
    expect(nextUnread({ ids: ['a', 'c'], active: 'a' }, ['c'], unread)).toBeNull();
  });
});
