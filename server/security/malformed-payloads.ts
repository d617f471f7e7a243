/**
 * Test-only: a seeded generator of malformed payloads for fuzzing socket events and REST
 * routes. The same seed gives the same payloads, so a failure names its seed and replays.
 */

/** mulberry32: tiny, fast and good enough to pick cases reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Field names the protocol uses, so mutations land on fields handlers actually read. */
export const FIELD_NAMES = [
  'conversationId', 'clientId', 'text', 'afterSeq', 'beforeSeq', 'seq', 'limit', 'tags', 'toAgentId', 'toTeam', 'note', 'score', 'comment',
  'url', 'title', 'name', 'email', 'topic', 'attributes', 'view', 'cursor', 'presence', 'typing', 'internal', 'attachmentIds', 'query',
  'password', 'currentPassword', 'newPassword', 'role', 'capacity', 'teams', 'active', 'threshold', 'examples', 'answer', 'intents', 'confirm',
  'hours', 'words', 'siteKey', 'token', 'identity', 'locale', 'shortcut', 'widget', 'routing', 'limits', 'businessHours',
] as const;

const deepArray = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const deepObject = (depth: number): unknown => {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** Values that are wrong for any field: types, sizes, operators, numbers and text no schema should take as-is. */
export const HOSTILE_VALUES: readonly (() => unknown)[] = [
  () => null,
  () => true,
  () => -1,
  () => 1e308 * 10, // Infinity: JSON turns it into null, Socket.IO keeps it null as well
  () => Number.NaN,
  () => -0,
  () => 2 ** 53 + 1,
  () => 1.5,
  () => '',
  () => ' ',
  () => 'x'.repeat(300_000),
  () => '\u0000',
  () => '\uD800',
  () => '\u202E\u200B\u200D\uFEFF',
  () => '𝕏'.repeat(5000),
  () => '../../../etc/passwd',
  () => '000000000000000000000000ZZ',
  () => ({ $gt: '' }),
  () => ({ $ne: null }),
  () => ({ $where: 'sleep(5000)' }),
  () => ({ $regex: '.*' }),
  () => ['a', 'b'],
  () => [],
  () => ({}),
  () => deepArray(800),
  () => deepObject(800),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
];

/** Whole payloads that are not the object any event or route takes. */
const HOSTILE_PAYLOADS: readonly (() => unknown)[] = [
  () => null,
  () => 42,
  () => 'just a string',
  () => [{ conversationId: '0'.repeat(24) }],
  () => deepArray(1500),
  () => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}'),
  () => ({ $where: 'this.status == "closed"', $gt: '' }),
  () => Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * `count` payloads for one target: the first few are whole-payload shapes, the rest are
 * plausible objects (`base`, often valid) with one to three fields replaced by hostile values.
 */
export function malformedPayloads(seed: number, count: number, base: Record<string, unknown> = {}): unknown[] {
  const random = seededRandom(seed);
  const payloads: unknown[] = HOSTILE_PAYLOADS.map((make) => make());
  while (payloads.length < count) {
    const payload: Record<string, unknown> = { ...base };
    const keys = [...Object.keys(base), ...FIELD_NAMES];
    const mutations = 1 + Math.floor(random() * 3);
    for (let i = 0; i < mutations; i++) payload[random() < 0.7 && Object.keys(base).length > 0 ? pick(random, Object.keys(base)) : pick(random, keys)] = pick(random, HOSTILE_VALUES)();
    payloads.push(payload);
  }
  return payloads.slice(0, count);
}

/** Path segments for `:param`s: ids of the wrong shape, traversal, operators, encodings. */
export const HOSTILE_SEGMENTS = [
  '0', 'null', 'undefined', '%00', '..%2F..%2Fetc', '%24gt', encodeURIComponent('{"$gt":""}'), 'a'.repeat(5000), '%F0%9F%92%A9',
  '%E2%80%AE', '000000000000000000000000', 'zzzzzzzzzzzzzzzzzzzzzzzz', '__proto__', 'constructor', '%ZZ',
] as const;

/** Query strings: repeated keys, bracket objects, operators, huge values. */
export const HOSTILE_QUERIES = [
  '?limit=-1', '?limit=NaN', '?limit=1e309', '?cursor[$gt]=', '?cursor=%00', '?view=__proto__', '?from=not-a-date&to=2026-13-45',
  '?q=' + 'x'.repeat(5000), '?beforeSeq=-5', '?action=sign-in&action=sign-in-failed', '?__proto__[polluted]=yes', '?constructor[prototype][polluted]=yes',
  '?closedConversationsDays=Infinity&attachmentsDays=-1', '?siteKey[]=demo', '?agentId=%24where',
] as const;
