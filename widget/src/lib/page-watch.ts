/**
 * The page the visitor is on, including single-page-app navigations.
 *
 * Why polling rather than wrapping `history.pushState`: the host page's history object
 * is not ours. Routers and analytics scripts wrap it too, in any order, and a wrapper
 * cannot be removed safely on `shutdown` once another script wrapped it again. Many apps
 * also set `document.title` after navigating, which a wrapper would miss. Comparing two
 * strings once a second costs nothing measurable; `popstate` and `hashchange` make
 * back/forward and anchor navigations immediate.
 */
export interface WatchedPage {
  url: string;
  title: string;
}

export function watchPage(view: Window, onChange: (page: WatchedPage) => void, intervalMs = 1000): () => void {
  let last = '';
  const check = () => {
    const page = { url: view.location.href, title: view.document.title };
    const key = `${page.url}\n${page.title}`;
    if (key === last) return;
    last = key;
    onChange(page);
  };
  check();
  const timer = setInterval(check, intervalMs);
  view.addEventListener('popstate', check);
  view.addEventListener('hashchange', check);
  return () => {
    clearInterval(timer);
    view.removeEventListener('popstate', check);
    view.removeEventListener('hashchange', check);
  };
}
