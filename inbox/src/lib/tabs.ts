/**
 * Open conversation tabs: an ordered list of conversation ids and the one in front.
 * Opening an open conversation just brings it to the front; closing the front tab
 * brings its right-hand neighbour forward (or the left one at the end), like browsers do.
 */

export interface Tabs {
  ids: readonly string[];
  active: string | null;
}

export const noTabs: Tabs = { ids: [], active: null };

export function openTab(tabs: Tabs, id: string): Tabs {
  return { ids: tabs.ids.includes(id) ? tabs.ids : [...tabs.ids, id], active: id };
}

export function closeTab(tabs: Tabs, id: string): Tabs {
  const index = tabs.ids.indexOf(id);
  if (index === -1) return tabs;
  const ids = tabs.ids.filter((other) => other !== id);
  if (tabs.active !== id) return { ids, active: tabs.active };
  return { ids, active: ids[Math.min(index, ids.length - 1)] ?? null };
}

export function activateTab(tabs: Tabs, id: string): Tabs {
  return tabs.ids.includes(id) ? { ...tabs, active: id } : tabs;
}

/** Moves the front tab `step` places (wrapping around), for the keyboard shortcuts. */
export function moveTab(tabs: Tabs, step: number): Tabs {
  if (tabs.ids.length === 0) return tabs;
  const index = tabs.active === null ? 0 : tabs.ids.indexOf(tabs.active);
  const next = (((index + step) % tabs.ids.length) + tabs.ids.length) % tabs.ids.length;
  return { ...tabs, active: tabs.ids[next] ?? null };
}

/**
 * The conversation the "next unread" shortcut goes to: the next open tab after the front
 * one that has unread messages (wrapping around), else the first of `others` (the agent's
 * conversations not open yet) that has some; null when everything is read.
 */
export function nextUnread(tabs: Tabs, others: readonly string[], unread: (id: string) => number): string | null {
  const start = tabs.active === null ? -1 : tabs.ids.indexOf(tabs.active);
  for (let i = 1; i <= tabs.ids.length; i++) {
    const id = tabs.ids[(start + i) % tabs.ids.length]!;
    if (id !== tabs.active && unread(id) > 0) return id;
  }
  return others.find((id) => !tabs.ids.includes(id) && unread(id) > 0) ?? null;
}
