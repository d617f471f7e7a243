/**
 * Puts a stylesheet into a shadow root and returns the function that replaces its text.
 * A constructed stylesheet (`adoptedStyleSheets`) is used where the browser has one:
 * unlike a `<style>` element it is not blocked by a host page whose Content Security
 * Policy forbids inline styles.
 */
export function adoptStyle(root: ShadowRoot, css: string): (next: string) => void {
  if ('adoptedStyleSheets' in root) {
    const sheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const replace = (next: string) => sheet.replaceSync(next);
    replace(css);
    return replace;
  }
  const style = (root as ShadowRoot).appendChild(document.createElement('style'));
  const replace = (next: string) => {
    style.textContent = next;
  };
  replace(css);
  return replace;
}
