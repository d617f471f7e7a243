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
