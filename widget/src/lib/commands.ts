/**
 * The host page's API: `Parley(command, options?)`. Before widget.js arrives the embed
 * snippet's stub queues calls in `Parley.q` (each an `arguments` object); the widget then
 * replaces the stub and replays them in order.
 *
 * @example
 * Parley('boot', { siteKey: 'demo', locale: 'ko' });
 * Parley('open');
 */
import type { Locale } from '../../../shared/domain';

export interface BootOptions {
  siteKey: string;
  locale?: Locale;
}

export interface WidgetCommands {
  boot(options: BootOptions): void;
  open(): void;
  close(): void;
  toggle(): void;
  /** Forgets the visitor (e.g. when the site's user logs out) and removes the widget. */
  shutdown(): void;
}

/** The snippet's stub, before widget.js replaced it. */
export interface ParleyStub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

export interface ParleyFunction {
  (command: unknown, options?: unknown): void;
  /** Marks the real function, so loading widget.js twice installs it once. */
  readonly loaded: true;
}

export type ParleyWindow = { Parley?: ParleyStub | ParleyFunction };

export const isInstalled = (parley: ParleyWindow['Parley']): parley is ParleyFunction =>
  typeof parley === 'function' && (parley as Partial<ParleyFunction>).loaded === true;

/** Checks `Parley('boot', options)` input; throws so a wrong snippet fails loudly in the console. */
export function parseBootOptions(options: unknown): BootOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError("Parley('boot') needs an options object: { siteKey }");
  const { siteKey, locale } = options as Record<string, unknown>;
  if (typeof siteKey !== 'string' || siteKey.trim() === '' || siteKey.length > 64) {
    throw new TypeError("Parley('boot') needs a siteKey: a non-empty string of at most 64 characters");
  }
  if (locale !== undefined && locale !== 'ko' && locale !== 'en') throw new TypeError("Parley('boot') locale must be 'ko' or 'en'");
  return locale === undefined ? { siteKey } : { siteKey, locale };
}

export function createParley(commands: WidgetCommands): ParleyFunction {
  const parley = (command: unknown, options?: unknown) => {
    switch (command) {
      case 'boot':
        return commands.boot(parseBootOptions(options));
      case 'open':
        return commands.open();
      case 'close':
        return commands.close();
      case 'toggle':
        return commands.toggle();
      case 'shutdown':
        return commands.shutdown();
      default:
        throw new TypeError(`Parley: unknown command ${JSON.stringify(command)}; use boot, open, close, toggle or shutdown`);
    }
  };
  return Object.assign(parley, { loaded: true as const });
}

/** Runs the calls queued before the widget arrived, in order; one bad call does not stop the rest. */
export function replayQueue(queue: ArrayLike<unknown>[], parley: ParleyFunction, report: (error: unknown) => void = console.error) {
  for (const call of Array.from(queue)) {
    const [command, options] = Array.from(call);
    try {
      parley(command, options);
    } catch (error) {
      report(error);
    }
  }
}
