/**
 * The host page's API: `Parley(command, ...args)`. Before widget.js arrives the embed
 * snippet's stub queues calls in `Parley.q` (each an `arguments` object); the loader then
 * replaces the stub and replays them in order. Bad input throws a `TypeError` naming the
 * call, so a wrong snippet fails loudly in the console instead of quietly doing nothing.
 * (One message pointing to the README: usage texts would not fit the 3 KB loader.)
 *
 * @example
 * Parley('boot', { siteKey: 'demo', locale: 'ko' });
 * Parley('identify', { id: 'user-42', hash: '…', name: 'Mina' });
 * const stop = Parley('on', 'unread', (count) => updateTitle(count));
 */
import type { Locale } from '../../../shared/domain';
import type { VisitorIdentity } from '../../../shared/schemas';
import type { VisitorAttributeValues } from '../lib/host-bridge';

export interface BootOptions {
  siteKey: string;
  locale?: Locale;
  /** Same as calling `identify` right after `boot`. */
  user?: VisitorIdentity;
}

export const PARLEY_EVENTS = ['open', 'close', 'message', 'unread'] as const;
export type ParleyEvent = (typeof PARLEY_EVENTS)[number];
export type ParleyListener = (payload?: unknown) => void;

/** The commands, taking raw arguments from the page: each validates its own input. */
export interface ParleyCommands {
  boot(options: unknown): void;
  open(): void;
  close(): void;
  toggle(): void;
  identify(identity: unknown): void;
  setAttributes(attributes: unknown): void;
  /** Returns the function that removes the listener. */
  on(event: unknown, listener: unknown): () => void;
  /** Forgets the visitor (e.g. when the site's user logs out) and removes the widget. */
  shutdown(): void;
}

/** The snippet's stub, before widget.js replaced it. */
export interface ParleyStub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

export interface ParleyFunction {
  (command: unknown, ...args: unknown[]): unknown;
  /** Marks the real function, so loading widget.js twice installs it once. */
  readonly loaded: true;
}

export type ParleyWindow = { Parley?: ParleyStub | ParleyFunction };

export const isInstalled = (parley: ParleyWindow['Parley']): parley is ParleyFunction => !!(parley as Partial<ParleyFunction> | undefined)?.loaded;

/** Throws unless `ok`; returns nothing so checks read as assertions. */
export function check(ok: unknown, command: unknown): asserts ok {
  if (!ok) throw new TypeError(`Parley(${JSON.stringify(command)}, …): invalid call, see Parley's README`);
}

const isText = (value: unknown, max = 254): value is string => typeof value === 'string' && !!value.trim() && value.length <= max;
const fieldsOf = (value: unknown) => Object(value) as Record<string, unknown>;

/**
 * `identify({ id, hash, name?, email? })` as the handshake's `auth.identity`. The loader
 * checks what it must not get wrong (id, hash, types); the server's `visitorIdentitySchema`
 * checks lengths and the email's form, and the chat reports a refusal in the console.
 */
export function parseIdentity(value: unknown): VisitorIdentity {
  const { id, hash, name, email } = fieldsOf(value);
  const userId = typeof id === 'number' ? String(id) : id;
  check(isText(userId, 200) && /^[0-9a-f]{64}$/i.test(hash as string) && [name, email].every((field) => field === undefined || isText(field)), 'identify');
  return { userId, hash: hash as string, ...(name ? { name: name as string } : {}), ...(email ? { email: email as string } : {}) };
}

export function parseBootOptions(value: unknown): BootOptions {
  const { siteKey, locale, user } = fieldsOf(value);
  check(isText(siteKey, 64) && [undefined, 'ko', 'en'].includes(locale as string), 'boot');
  return { siteKey, ...(locale ? { locale: locale as Locale } : {}), ...(user !== undefined ? { user: parseIdentity(user) } : {}) };
}

/** `setAttributes({ plan: 'pro', seats: 3 })`; the server's `visitorAttributesSchema` checks names and lengths. */
export function parseAttributes(value: unknown): VisitorAttributeValues {
  const values = Object.values(fieldsOf(value));
  check(value === Object(value) && values.length <= 50 && values.every((entry) => Number.isFinite(entry) || ['string', 'boolean'].includes(typeof entry)), 'setAttributes');
  return value as VisitorAttributeValues;
}

export function parseListener(event: unknown, listener: unknown): [ParleyEvent, ParleyListener] {
  check(PARLEY_EVENTS.includes(event as ParleyEvent) && typeof listener === 'function', 'on');
  return [event as ParleyEvent, listener as ParleyListener];
}

export function createParley(commands: ParleyCommands): ParleyFunction {
  const parley = (command: unknown, ...args: unknown[]): unknown => {
    check(Object.hasOwn(commands, command as string), command);
    return (commands[command as keyof ParleyCommands] as (...values: unknown[]) => unknown)(...args);
  };
  return Object.assign(parley, { loaded: true as const });
}

/** Runs the calls queued before the loader arrived, in order; one bad call does not stop the rest. */
export function replayQueue(queue: ArrayLike<unknown>[], parley: ParleyFunction) {
  for (const call of Array.from(queue)) {
    try {
      parley(...(Array.from(call) as [unknown]));
    } catch (error) {
      console.error(error);
    }
  }
}
