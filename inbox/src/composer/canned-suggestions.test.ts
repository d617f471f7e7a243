import type { CannedResponse } from '../../../shared/domain';
import { cannedQuery, matchCanned } from './canned-suggestions';

const canned = (shortcut: string, scope: CannedResponse['scope'] = 'team'): CannedResponse => ({
  id: `${scope}-${shortcut}`,
  shortcut,
  text: `text of ${shortcut}`,
  scope,
  ownerId: scope === 'personal' ? 'a1' : null,
});

const responses = [canned('thanks-en'), canned('greet'), canned('thanks'), canned('greet', 'personal'), canned('wait')];
const shortcuts = (draft: string) => matchCanned(draft, responses).map((r) => `${r.scope}:${r.shortcut}`);

describe('cannedQuery', () => {
  it('reads the shortcut being typed only while the whole draft is one slash word', () => {
    expect(cannedQuery('/Gre')).toBe('gre');
    expect(cannedQuery('/')).toBe('');
    expect(cannedQuery('/greet ')).toBeNull();
    expect(cannedQuery('/greet\n')).toBeNull();
    expect(cannedQuery(' /greet')).toBeNull();
    expect(cannedQuery('see /greet')).toBeNull();
  });
});

describe('matchCanned', () => {
  it('offers the responses whose shortcut starts with the typed text, in shortcut order', () => {
    expect(shortcuts('/th')).toEqual(['team:thanks', 'team:thanks-en']);
  });

  it('matches case-insensitively', () => {
    expect(shortcuts('/WA')).toEqual(['team:wait']);
  });

  it('puts the agent’s personal response before a team one with the same shortcut', () => {
    expect(shortcuts('/gr')).toEqual(['personal:greet', 'team:greet']);
  });

  it('offers everything for a bare slash, to browse', () => {
    expect(shortcuts('/')).toHaveLength(responses.length);
  });

  it('offers nothing when nothing matches or the draft has gone past the shortcut', () => {
    expect(shortcuts('/refund')).toEqual([]);
    expect(shortcuts('/greet please')).toEqual([]);
    expect(shortcuts('greet')).toEqual([]);
  });

  it('leaves the caller’s list in its order', () => {
    const before = responses.map((r) => r.id);
    matchCanned('/', responses);
    expect(responses.map((r) => r.id)).toEqual(before);
  });
});
