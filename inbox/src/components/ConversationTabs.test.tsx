import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { closeTab, openTab, noTabs, type Tabs } from '../lib/tabs';
import { ConversationTabs, shortcutStep } from './ConversationTabs';

const visitors: Record<string, string> = { c1: 'Jisoo', c2: 'Hana', c3: 'Visitor abcd' };

/** The tabs with real tab state, as the inbox drives them. */
function Harness({ initial, unread = () => 0 }: { initial: Tabs; unread?: (id: string) => number }) {
  const [tabs, setTabs] = useState(initial);
  return (
    <ConversationTabs
      tabs={tabs}
      label={(id) => visitors[id] ?? id}
      unread={unread}
      onActivate={(id) => setTabs((current) => ({ ...current, active: id }))}
      onClose={(id) => setTabs((current) => closeTab(current, id))}
      placeholder={<p>Nothing open</p>}
      renderPanel={(id) => <textarea aria-label={`Reply to ${visitors[id]}`} />}
    />
  );
}

const threeOpen = ['c1', 'c2', 'c3'].reduce(openTab, noTabs);
const selectedTab = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')?.getAttribute('aria-label');

describe('ConversationTabs', () => {
  it('shows each open conversation as a tab named after the visitor, with its panel', () => {
    render(<Harness initial={threeOpen} />);
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))).toEqual(['Jisoo', 'Hana', 'Visitor abcd']);
    expect(screen.getByRole('tab', { name: 'Visitor abcd' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Visitor abcd' })).toBeTruthy();
    // Background panels stay mounted but hidden, so only the front one is in the accessibility tree.
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('switches conversations with Ctrl+Alt+Arrow keys and Alt+ArrowDown/Up, wrapping around', () => {
    render(<Harness initial={threeOpen} />);
    fireEvent.keyDown(document.body, { key: 'ArrowRight', ctrlKey: true, altKey: true });
    expect(selectedTab()).toBe('Jisoo');
    fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true });
    expect(selectedTab()).toBe('Hana');
    fireEvent.keyDown(document.body, { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', ctrlKey: true, altKey: true });
    expect(selectedTab()).toBe('Visitor abcd');
  });

  it('puts focus in the new conversation’s reply box after a shortcut', () => {
    render(<Harness initial={threeOpen} />);
    screen.getByRole('textbox', { name: 'Reply to Visitor abcd' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reply to Jisoo' }));
  });

  it('moves between tabs with the arrow keys on the tab list, and Delete closes the focused tab', () => {
    render(<Harness initial={threeOpen} />);
    const current = screen.getByRole('tab', { name: 'Visitor abcd' });
    fireEvent.keyDown(current, { key: 'Home' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Jisoo' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(selectedTab()).toBe('Hana');
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' });
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))).toEqual(['Jisoo', 'Visitor abcd']);
  });

  it('closes a tab with its close button', () => {
    render(<Harness initial={threeOpen} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close tab Visitor abcd' }));
    expect(screen.queryByRole('tab', { name: 'Visitor abcd' })).toBeNull();
    expect(selectedTab()).toBe('Hana');
  });

  it('shows unread counts on background tabs without changing their names', () => {
    render(<Harness initial={threeOpen} unread={(id) => (id === 'c1' ? 3 : 0)} />);
    const tab = screen.getByRole('tab', { name: 'Jisoo' });
    expect(tab.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(tab.getAttribute('aria-describedby')!)?.textContent).toContain('3 unread messages');
  });

  it('recognises only the documented shortcuts', () => {
    const keys = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
    expect(shortcutStep({ ...keys, key: 'ArrowRight', altKey: true, ctrlKey: true })).toBe(1);
    expect(shortcutStep({ ...keys, key: 'ArrowUp', altKey: true })).toBe(-1);
    // Alt+ArrowLeft alone is the browser's Back button.
    expect(shortcutStep({ ...keys, key: 'ArrowLeft', altKey: true })).toBe(0);
    expect(shortcutStep({ ...keys, key: 'ArrowDown' })).toBe(0);
  });
});
