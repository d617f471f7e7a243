/**
 * What the inbox remembers per agent across reloads: how far each conversation has been
 * read (so a reload does not make everything unread again) and which tabs were open.
 */
import type { Tabs } from './tabs';
import type { KeyValueStorage } from './storage';

export type ReadMarks = Record<string, number>;

const readKey = (agentId: string) => `parley.inbox.read.${agentId}`;
const tabsKey = (agentId: string) => `parley.inbox.tabs.${agentId}`;
// Marks of conversations long gone would pile up forever; the newest few hundred are plenty.
const MAX_MARKS = 500;

function parse(raw: string | null): unknown {
  try {
    return JSON.parse(raw ?? 'null');
  } catch {
    return null;
  }
}

export function loadReadMarks(storage: KeyValueStorage, agentId: string): ReadMarks {
  const parsed = parse(storage.get(readKey(agentId)));
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

export function saveReadMarks(storage: KeyValueStorage, agentId: string, marks: ReadMarks): void {
  storage.set(readKey(agentId), JSON.stringify(Object.fromEntries(Object.entries(marks).slice(-MAX_MARKS))));
}

export function loadOpenTabs(storage: KeyValueStorage, agentId: string): Tabs {
  const parsed = parse(storage.get(tabsKey(agentId))) as Partial<Tabs> | null;
  const ids = Array.isArray(parsed?.ids) ? parsed.ids.filter((id): id is string => typeof id === 'string') : [];
  const active = typeof parsed?.active === 'string' && ids.includes(parsed.active) ? parsed.active : (ids[0] ?? null);
  return { ids, active };
}

export function saveOpenTabs(storage: KeyValueStorage, agentId: string, tabs: Tabs): void {
  storage.set(tabsKey(agentId), JSON.stringify(tabs));
}
