/**
 * The greeting bubble beside the launcher: the admin's message (a text node, never HTML),
 * which opens the chat when pressed, and a dismiss button. It is announced politely and
 * hidden while the panel is open.
 */
import type { Locale } from '../../../shared/domain';
import { adoptStyle } from '../lib/shadow-style';

/** Dark text on white (14:1); the dismiss mark is `#52606d` on white (6.5:1). */
const BUBBLE_CSS = `.g{position:fixed;z-index:2147483000;left:var(--pl);right:var(--pr);bottom:calc(var(--pb) + 72px);max-width:min(300px,calc(100vw - 40px));display:flex;align-items:flex-start;padding:6px;background:#fff;border-radius:14px;box-shadow:0 8px 28px #0004;font:15px/1.45 system-ui,sans-serif}
.g button{border:0;margin:0;background:none;color:#1f2933;font:inherit;cursor:pointer;padding:6px 8px;text-align:start;border-radius:8px}
.g .x{color:#52606d;font-size:18px;line-height:1}`;

const DISMISS: Record<Locale, string> = { en: 'Dismiss', ko: '닫기' };

export interface Bubble {
  show(message: string | null): void;
  remove(): void;
}

export function createBubble(root: ShadowRoot, locale: Locale, open: (message: string) => void): Bubble {
  const doc = root.ownerDocument;
  adoptStyle(root, BUBBLE_CSS);
  const bubble = root.appendChild(doc.createElement('div'));
  bubble.className = 'g';
  bubble.setAttribute('role', 'status');
  bubble.hidden = true;
  const text = bubble.appendChild(doc.createElement('button'));
  text.type = 'button';
  text.onclick = () => open(text.textContent ?? '');
  const dismiss = bubble.appendChild(doc.createElement('button'));
  dismiss.type = 'button';
  dismiss.className = 'x';
  dismiss.setAttribute('aria-label', DISMISS[locale]);
  dismiss.textContent = '✕';
  const show = (message: string | null) => {
    bubble.hidden = !message;
    text.textContent = message;
  };
  dismiss.onclick = () => show(null);
  return { show, remove: () => bubble.remove() };
}
