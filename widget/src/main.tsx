/**
 * widget.js: the file the embed snippet loads. The only module with side effects.
 * It replaces the snippet's queueing `window.Parley` with the real function and replays
 * the queued calls in order. It adds no other global.
 */
import { createParley, isInstalled, replayQueue, type ParleyWindow } from './lib/commands';
import { widgetOrigin } from './lib/script-origin';
import { createWidgetRuntime } from './runtime';

// Read first: `document.currentScript` points at this script only while its top level runs.
const ownScript = document.currentScript;
const page = window as Window & ParleyWindow;

// A page that includes the snippet twice gets one widget.
if (!isInstalled(page.Parley)) {
  const queued = page.Parley?.q ?? [];
  const runtime = createWidgetRuntime({ origin: widgetOrigin(ownScript, document), document, browserLanguage: navigator.language });
  const parley = createParley(runtime);
  page.Parley = parley;
  replayQueue(queued, parley);
}
