import { createParley, isInstalled, parseAttributes, parseBootOptions, parseIdentity, replayQueue, type ParleyCommands } from './parley-api';

const HASH = 'a'.repeat(64);

function spyCommands(): ParleyCommands & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return () => {};
    };
  return {
    calls,
    boot: record('boot'),
    open: record('open'),
    close: record('close'),
    toggle: record('toggle'),
    identify: record('identify'),
    setAttributes: record('setAttributes'),
    on: record('on'),
    shutdown: record('shutdown'),
  };
}

describe('Parley()', () => {
  it('passes each command with its arguments to the loader', () => {
    const commands = spyCommands();
    const parley = createParley(commands);
    const listener = () => {};
    parley('boot', { siteKey: 'demo' });
    parley('on', 'unread', listener);
    parley('toggle');
    expect(commands.calls).toEqual([['boot', { siteKey: 'demo' }], ['on', 'unread', listener], ['toggle']]);
  });

  it('throws on an unknown command, naming it and pointing to the README', () => {
    const parley = createParley(spyCommands());
    expect(() => parley('launch')).toThrow(/Parley\("launch", …\): invalid call, see Parley's README/);
    expect(() => parley('toString')).toThrow(TypeError);
  });

  it('is marked installed, unlike the snippet’s stub', () => {
    expect(isInstalled(createParley(spyCommands()))).toBe(true);
    expect(isInstalled(Object.assign(() => {}, { q: [] }))).toBe(false);
    expect(isInstalled(undefined)).toBe(false);
  });

  it('replays queued calls in order and keeps going after a bad one', () => {
    const commands = spyCommands();
    const parley = createParley(commands);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    replayQueue([['boot', { siteKey: 'demo' }], ['nonsense'], ['open']], parley);
    expect(commands.calls.map(([name]) => name)).toEqual(['boot', 'open']);
    expect(error).toHaveBeenCalledWith(expect.any(TypeError));
    error.mockRestore();
  });
});

describe('input checks', () => {
  it('takes boot options with a site key, an optional locale and an optional user', () => {
    expect(parseBootOptions({ siteKey: 'demo' })).toEqual({ siteKey: 'demo' });
    expect(parseBootOptions({ siteKey: 'demo', locale: 'ko', user: { id: 42, hash: HASH } })).toEqual({ siteKey: 'demo', locale: 'ko', user: { userId: '42', hash: HASH } });
  });

  it.each([undefined, 'demo', {}, { siteKey: '' }, { siteKey: ' ' }, { siteKey: 'x'.repeat(65) }, { siteKey: 'demo', locale: 'fr' }])('refuses boot(%j)', (options) => {
    expect(() => parseBootOptions(options)).toThrow(/Parley\("boot"/);
  });

  it('turns identify({ id, hash, name, email }) into the handshake identity', () => {
    expect(parseIdentity({ id: 'user-42', hash: HASH, name: 'Mina', email: 'mina@example.com' })).toEqual({ userId: 'user-42', hash: HASH, name: 'Mina', email: 'mina@example.com' });
  });

  it.each([null, { id: 'u1' }, { id: 'u1', hash: 'abc' }, { hash: HASH }, { id: 'u1', hash: HASH, name: 3 }, { id: 'u1', hash: HASH, email: '' }])('refuses identify(%j)', (input) => {
    expect(() => parseIdentity(input)).toThrow(/Parley\("identify"/);
  });

  it('takes attributes that are strings, numbers or booleans', () => {
    expect(parseAttributes({ plan: 'pro', seats: 3, trial: false })).toEqual({ plan: 'pro', seats: 3, trial: false });
  });

  it.each(['pro', null, { nested: { a: 1 } }, { when: new Date(0) }, { n: Number.NaN }, Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`a${i}`, i]))])(
    'refuses setAttributes(%j)',
    (input) => {
      expect(() => parseAttributes(input)).toThrow(/Parley\("setAttributes"/);
    },
  );
});
