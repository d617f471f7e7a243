/**
 * A website that embeds Parley, served from its own origin (127.0.0.1 on a free port, so
 * cross-origin to the Parley server on another port) exactly as the README says: the
 * snippet from `embedSnippet`, plus whatever Parley calls and CSS a test needs.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedSnippet } from '../../shared/snippet';

export interface HostPageOptions {
  parleyUrl: string;
  /** Extra `Parley(...)` calls, run in the snippet's own script right after its boot: queued before widget.js arrives. */
  calls?: string[];
  /** Replaces the snippet's `Parley('boot', …)` call. */
  boot?: string;
  /** The page's own stylesheet. */
  css?: string;
  lang?: string;
  title?: string;
  body?: string;
}

/** The page's HTML: the README's snippet, with the test's calls in the same script. */
export function hostPageHtml(options: HostPageOptions): string {
  let snippet = embedSnippet(options.parleyUrl, 'demo');
  if (options.boot) snippet = snippet.replace(/Parley\('boot'[^\n]*\n/, `${options.boot}\n`);
  if (options.calls?.length) snippet = snippet.replace('</script>', `${options.calls.join('\n')}\n</script>`);
  return `<!doctype html>
<html lang="${options.lang ?? 'en'}">
<head><meta charset="utf-8"><title>${options.title ?? 'Example shop'}</title>
<style>${options.css ?? 'body{font-family:serif}'}</style>
</head>
<body>
<h1>Example shop</h1>
${options.body ?? ''}
${snippet}
</body>
</html>`;
}

export interface HostSite {
  /** The site's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `render(path)` for every path. Pages may be cached for ten minutes, so a browser
 * that went offline can still load them again from its cache, as a visitor's would.
 */
export async function startHostSite(render: (path: string) => string): Promise<HostSite> {
  const server: Server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'max-age=600' });
    res.end(render(req.url ?? '/'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
