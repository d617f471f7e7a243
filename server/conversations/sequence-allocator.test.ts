import { createSequenceAllocator } from './sequence-allocator';

describe('sequence allocator', () => {
  it('continues after the highest stored seq and reads the database once per conversation', async () => {
    const reads: string[] = [];
    const allocator = createSequenceAllocator(async (id) => {
      reads.push(id);
      return 7;
    });
    const firsts = await Promise.all([allocator.next('c', 1), allocator.next('c', 3), allocator.next('c', 1)]);
    expect(firsts).toEqual([8, 9, 12]);
    expect(reads).toEqual(['c']);
  });

  it('starts from the cheap hint and falls back to the stored maximum after a reseed', async () => {
    const allocator = createSequenceAllocator(async () => 9, async () => 4);
    expect(await allocator.next('c', 1)).toBe(5);
    allocator.reseed('c');
    expect(await allocator.next('c', 1)).toBe(10);
  });

  it('re-reads after a reseed, when another process took numbers', async () => {
    let highest = 2;
    const allocator = createSequenceAllocator(async () => highest);
    expect(await allocator.next('c', 1)).toBe(3);
    highest = 10;
    allocator.reseed('c');
    expect(await allocator.next('c', 1)).toBe(11);
  });
});
