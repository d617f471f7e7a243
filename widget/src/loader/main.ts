/**
 * widget.js, the file the embed snippet loads: the only module of the loader with side
 * effects. It replaces the snippet's queueing `window.Parley` with the real function and
 * replays the queued calls in order. It adds no other global. The other bundles are
 * fetched from beside this script, so Parley can be served from any path.
 */
import { createLoader } from './loader';
import { createParley, isInstalled, replayQueue, type ParleyWindow } from './parley-api';

/** Set by the build to `{ chat: 'chat.js?v=<content hash>', proactive: … }`, so a new loader never runs an old bundle from a cache. */
declare const __PARLEY_BUNDLES__: { chat: string; proactive: string } | undefined;

// Read first: `document.currentScript` is this script only while its top level runs.
// (It is null only if a page evaluates the loader some other way; then Parley is the page's own server.)
const ownUrl = (document.currentScript as HTMLScriptElement | null)?.src || location.href;
const page = window as Window & ParleyWindow;

// A page that includes the snippet twice gets one widget.
if (!isInstalled(page.Parley)) {
  const queued = page.Parley?.q ?? [];
  const bundles = typeof __PARLEY_BUNDLES__ === 'object' ? __PARLEY_BUNDLES__ : { chat: 'chat.js', proactive: 'proactive.js' };
  const parley = createParley(createLoader({ base: ownUrl, bundles }));
  page.Parley = parley;
  replayQueue(queued, parley);
}
