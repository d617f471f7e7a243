/**
 * The contract between the two bundles: the loader (widget.js, on every page) and the
 * chat (chat.js, fetched when the panel is first needed). The loader owns the page-level
 * state — open or closed, the site's configuration, who the visitor is, the page — and
 * the chat renders the panel into the loader's shadow root and reports back what the
 * launcher shows. Types only, plus the storage names both sides read.
 *
 * @example
 * const { mount } = (await import(chatUrl)) as ChatModule;
 * const chat = mount(host);
 * chat.destroy();
 */
import type { Locale, Message } from '../../../shared/domain';
import type { VisitorIdentity } from '../../../shared/schemas';
import type { WidgetConfig } from '../../../shared/settings';
import type { ReadableStore } from './store';

/** Custom attributes from `Parley('setAttributes')`, as `visitor:attributes` takes them. */
export type VisitorAttributeValues = Record<string, string | number | boolean>;

export interface HostState {
  open: boolean;
  /** Null until `/api/widget/config` answered (or a cached copy was found). */
  config: WidgetConfig | null;
  /** From `Parley('identify')`; sent as `auth.identity` at the handshake. */
  identity: VisitorIdentity | null;
  attributes: VisitorAttributeValues;
  /** A proactive message that opened the panel, shown above an empty conversation. */
  greeting: string | null;
}

/** What the launcher needs to know about the conversation, kept in storage for the next page. */
export interface Activity {
  /** Bot and agent messages the visitor has not seen. */
  unread: number;
  /** A human has (or is about to take) the conversation: their replies must arrive on any page. */
  live: boolean;
}

export interface ChatHost {
  /** Where Parley runs, e.g. `https://chat.example.com`. */
  origin: string;
  siteKey: string;
  locale: Locale;
  /** The loader's shadow root: the chat adds its stylesheet and panel beside the launcher. */
  root: ShadowRoot;
  /** The launcher stays on screen while the panel is open; pressed then, the chat moves focus into the panel. */
  launcher: HTMLElement;
  state: ReadableStore<HostState>;
  /**
   * Another tab opened the panel (the chat watches the open state in storage: tabs that
   * have not loaded the chat follow on their next page).
   */
  open(): void;
  /** The visitor closed the panel from inside (close button, Esc), or another tab did. */
  close(): void;
  report(activity: Activity): void;
  /** A bot, agent or Parley message arrived (for `Parley('on', 'message')`). */
  notify(message: Message): void;
}

export interface ChatApp {
  /** Removes the panel and disconnects for good. */
  destroy(): void;
}

/** What chat.js exports. */
export interface ChatModule {
  mount(host: ChatHost): ChatApp;
}

/** What the loader lends proactive.js, fetched only for sites that have triggers. */
export interface ProactiveHost {
  siteKey: string;
  locale: Locale;
  /** The loader's shadow root, for the greeting bubble beside the launcher. */
  root: ShadowRoot;
  /** The loader's state: proactive.js re-arms when the configuration changes. */
  state: ReadableStore<HostState>;
  /** Opens the panel with `message` above an empty conversation. */
  open(message: string): void;
}

/** What proactive.js exports. */
export interface ProactiveModule {
  /** Starts watching the page and the triggers; returns the disposer. */
  arm(host: ProactiveHost): () => void;
}

/**
 * Storage names (separate constants rather than one object, so the loader's minifier can
 * shorten them). In localStorage, shared by the tabs of a site:
 */
export const TOKEN_KEY = 'token';
/** '1' while the panel is open. */
export const OPEN_KEY = 'open';
/** JSON `Activity`. */
export const ACTIVITY_KEY = 'activity';
/** JSON `WidgetConfig`, last fetched, for offline pages and a launcher in the site's colour at once. */
export const CONFIG_KEY = 'config';
/** JSON outgoing messages not yet stored by the server. */
export const OUTBOX_KEY = 'outbox';
/** Set by proactive.js on the first page it runs on: `first_visit` triggers fire while it is absent. */
export const SEEN_KEY = 'seen';
/** Set once the visitor answered the pre-chat form. */
export const PROFILE_KEY = 'profile';
/** Conversation id the visitor left an offline message for. */
export const OFFLINE_SENT_KEY = 'offline';
/** `conversationId:seq` the visitor has seen, so every tab clears its badge. */
export const READ_KEY = 'read';
/** In sessionStorage, per tab: the composer's draft, and the triggers fired in this browsing session. */
export const DRAFT_KEY = 'draft';
export const FIRED_KEY = 'fired';
