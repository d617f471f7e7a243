/**
 * Finds links in message text so they can be rendered as anchors, safely: only http,
 * https and mailto become links (a `javascript:` "link" stays text), and the text itself
 * is never parsed as HTML.
 */
export interface TextPart {
  text: string;
  /** Set when `text` is a link to `href`. */
  href?: string;
}

const CANDIDATE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|\bmailto:[^\s<>"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** Punctuation that ends a sentence rather than a URL ("see https://x.example/a."). */
const TRAILING = /[.,;:!?'"\]}]+$|\)+$/;

function hrefFor(raw: string): string | null {
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : !/^(?:https?|mailto):/i.test(raw) && raw.includes('@') ? `mailto:${raw}` : raw;
  try {
    const url = new URL(candidate);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits `text` into plain and link parts, in order; joined, their texts are `text` again. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    let raw = match[0];
    // Keep a closing parenthesis that closes one inside the URL (Wikipedia-style links).
    while (TRAILING.test(raw) && !(raw.endsWith(')') && raw.split('(').length >= raw.split(')').length)) raw = raw.replace(/.$/, '');
    const href = hrefFor(raw);
    if (!href || raw.length === 0) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: raw, href });
    last = match.index + raw.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
