/** Serves the built widget, the inbox app and the demo host page. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type Request } from 'express';
import { embedSnippet } from '../../shared/snippet';

export const distDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist');

export function createStaticRoutes(options: { publicUrl: string | null; demoSiteKey: string; distDir?: string }): Router {
  const dist = options.distDir ?? distDir;
  const router = Router();
  const serverUrl = (req: Request) => options.publicUrl ?? `${req.protocol}://${req.get('host')}`;

  // The loader (/widget.js) and the chunks it loads beside it, embeddable from any origin.
  router.use(
    express.static(join(dist, 'widget'), {
      index: false,
      setHeaders: (res) => res.set({ 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' }),
    }),
  );
  router.get('/widget.js', (_req, res) => {
    res.status(503).type('text/plain').send('widget.js is not built: run `npm run build`.');
  });

  router.use('/inbox', express.static(join(dist, 'inbox'), { index: 'index.html' }));
  // The inbox is a single-page app: unknown paths under /inbox/ get its index page.
  router.get(/^\/inbox(\/.*)?$/, (_req, res) => {
    const file = join(dist, 'inbox', 'index.html');
    if (!existsSync(file)) return res.status(503).type('text/plain').send('the inbox is not built: run `npm run build`.');
    res.sendFile(file);
  });

  router.get('/', (req, res) => {
    res.type('html').send(demoPage(embedSnippet(serverUrl(req), options.demoSiteKey)));
  });
  return router;
}

function demoPage(snippet: string): string {
  return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley demo shop</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1f2933}</style>
</head>
<body>
<h1>Parley 데모 상점</h1>
<p>This page embeds the Parley widget exactly as the README tells a website owner to. Open the chat in the corner and ask about business hours, shipping or refunds — or ask for a human and answer from the <a href="/inbox/">inbox</a>.</p>
${snippet}
</body>
</html>`;
}
