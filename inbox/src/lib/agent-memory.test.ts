import { loadOpenTabs, loadReadMarks, saveOpenTabs, saveReadMarks } from './agent-memory';
import { memoryStorage } from './storage';

describe('agent memory', () => {
  it('remembers read marks and open tabs per agent', () => {
    const storage = memoryStorage();
    saveReadMarks(storage, 'mina', { c1: 4 });
    saveOpenTabs(storage, 'mina', { ids: ['c1', 'c2'], active: 'c2' });
    expect(loadReadMarks(storage, 'mina')).toEqual({ c1: 4 });
    expect(loadOpenTabs(storage, 'mina')).toEqual({ ids: ['c1', 'c2'], active: 'c2' });
    expect(loadReadMarks(storage, 'jun')).toEqual({});
    expect(loadOpenTabs(storage, 'jun')).toEqual({ ids: [], active: null });
  });

  it('ignores stored values it cannot use', () => {
    const storage = memoryStorage();
    storage.set('parley.inbox.read.mina', '{"c1":"four","c2":2}');
    storage.set('parley.inbox.tabs.mina', '{"ids":["c1",7],"active":"gone"}');
    expect(loadReadMarks(storage, 'mina')).toEqual({ c2: 2 });
    expect(loadOpenTabs(storage, 'mina')).toEqual({ ids: ['c1'], active: 'c1' });
    storage.set('parley.inbox.tabs.mina', 'not json');
    expect(loadOpenTabs(storage, 'mina')).toEqual({ ids: [], active: null });
  });
});
