/** Where Parley runs, read from the `src` of the script that loaded the widget. */

const isWidgetScript = (src: string, base: string) => {
  try {
    return new URL(src, base).pathname.endsWith('/widget.js');
  } catch {
    return false;
  }
};

/**
 * The origin of `current` (the widget's own script, from `document.currentScript`), else
 * of the last `…/widget.js` script on the page, else of the page itself.
 */
export function widgetOrigin(current: Element | null, doc: Document): string {
  const own = current instanceof HTMLScriptElement && current.src ? current.src : null;
  const found =
    own ??
    Array.from(doc.getElementsByTagName('script'))
      .map((script) => script.src)
      .reverse()
      .find((src) => src && isWidgetScript(src, doc.baseURI));
  try {
    return new URL(found ?? doc.baseURI, doc.baseURI).origin;
  } catch {
    return doc.location.origin;
  }
}
