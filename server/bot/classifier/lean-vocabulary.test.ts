import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('lean Unigram vocabulary', () => {
  it('tokenises every sentence exactly as the library does, on a fraction of the heap', () => {
    const fixture = fileURLToPath(new URL('./lean-vocabulary.fixture.ts', import.meta.url));
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fixture], { encoding: 'utf8', timeout: 120_000 });
    const result = JSON.parse(output.trim().split('\n').pop()!) as { sentences: number; different: string[]; libraryBytes: number; leanBytes: number };
    expect(result.sentences).toBeGreaterThan(600);
    expect(result.different).toEqual([]);
    // USE's 128,000 pieces: ~75 MB with the character trie, ~25 MB without.
    expect(result.leanBytes).toBeLessThan(result.libraryBytes / 2);
  }, 150_000);
});
