import { createParley, isInstalled, parseBootOptions, replayQueue, type WidgetCommands } from './commands';

function spyCommands(): WidgetCommands & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    boot: (options) => calls.push(`boot ${options.siteKey} ${options.locale ?? '-'}`),
    open: () => calls.push('open'),
    close: () => calls.push('close'),
    toggle: () => calls.push('toggle'),
    shutdown: () => calls.push('shutdown'),
  };
}

/** What the embed snippet's stub leaves behind: `arguments` objects in `Parley.q`. */
function queueOf(...calls: unknown[][]): IArguments[] {
  return calls.map((args) => (function (..._ignored: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    return arguments;
  })(...args));
}

describe('Parley()', () => {
  it('replays calls queued before the widget arrived, in order', () => {
    const commands = spyCommands();
    replayQueue(queueOf(['boot', { siteKey: 'demo' }], ['open'], ['toggle'], ['close']), createParley(commands));
    expect(commands.calls).toEqual(['boot demo -', 'open', 'toggle', 'close']);
  });

  it('keeps replaying after a bad call and reports it', () => {
    const commands = spyCommands();
    const report = vi.fn();
    replayQueue(queueOf(['boot', {}], ['bogus'], ['boot', { siteKey: 'demo', locale: 'ko' }]), createParley(commands), report);
    expect(commands.calls).toEqual(['boot demo ko']);
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('throws on bad input so a wrong snippet fails loudly', () => {
    const parley = createParley(spyCommands());
    expect(() => parley('boot')).toThrow(/siteKey/);
    expect(() => parley('boot', { siteKey: '' })).toThrow(/siteKey/);
    expect(() => parley('boot', { siteKey: 'demo', locale: 'fr' })).toThrow(/locale/);
    expect(() => parley('launch')).toThrow(/unknown command/);
  });

  it('forgets the visitor on shutdown', () => {
    const commands = spyCommands();
    createParley(commands)('shutdown');
    expect(commands.calls).toEqual(['shutdown']);
  });

  it('tells the real function from the snippet’s stub', () => {
    const stub = Object.assign(() => {}, { q: [] });
    expect(isInstalled(stub)).toBe(false);
    expect(isInstalled(undefined)).toBe(false);
    expect(isInstalled(createParley(spyCommands()))).toBe(true);
  });

  it('accepts exactly a site key and an optional locale', () => {
    expect(parseBootOptions({ siteKey: 'demo', locale: 'en', extra: 1 })).toEqual({ siteKey: 'demo', locale: 'en' });
  });
});
