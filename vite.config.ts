/**
 * One config, three jobs: `--mode inbox` builds the agent app, `--mode widget` builds
 * the embeddable widget (loader + lazily loaded chat), and Vitest reads the `test` block.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { defineConfig } from 'vitest/config';

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    // Three bundles in dist/widget: chat.js (Preact UI + socket client, an ES module the
    // loader imports when the panel is first needed), proactive.js (triggers, imported only
    // for sites that have some) and then widget.js, the tiny classic-script loader the
    // snippet adds. The loader learns the others' content hashes, so caches never mix versions.
    // PARLEY_SOURCEMAP=1 writes source maps, to see which module costs how many bytes.
    const sourcemap = process.env.PARLEY_SOURCEMAP === '1';
    const esModule = (entry: string, file: string) => ({
      outDir: 'dist/widget',
      modulePreload: false,
      sourcemap,
      // Terser with two passes: a few hundred bytes under the default minifier, on a bundle
      // every visitor downloads and whose budget is 30 KB.
      minify: 'terser' as const,
      terserOptions: { compress: { passes: 2 }, ecma: 2020 as const },
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'exports-only' as const,
        output: { format: 'es' as const, entryFileNames: file },
      },
    });
    const versioned = (dir: string, file: string) => `${file}?v=${createHash('sha256').update(readFileSync(join(dir, file))).digest('hex').slice(0, 8)}`;
    return {
      oxc: preactJsx,
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: { ...esModule('widget/src/chat/main.tsx', 'chat.js'), emptyOutDir: true },
      plugins: [
        {
          name: 'parley-widget-loader',
          async closeBundle() {
            const quiet = { configFile: false as const, logLevel: 'warn' as const, publicDir: false as const };
            await build({ ...quiet, build: { ...esModule('widget/src/proactive/main.ts', 'proactive.js'), emptyOutDir: false } });
            const dir = resolve('dist/widget');
            await build({
              ...quiet,
              define: { __PARLEY_BUNDLES__: JSON.stringify({ chat: versioned(dir, 'chat.js'), proactive: versioned(dir, 'proactive.js') }) },
              build: {
                outDir: 'dist/widget',
                emptyOutDir: false,
                sourcemap,
                minify: 'terser',
                terserOptions: { compress: { passes: 2 }, ecma: 2020 },
                lib: { entry: 'widget/src/loader/main.ts', formats: ['iife'], name: 'ParleyLoader', fileName: () => 'widget.js' },
              },
            });
          },
        },
      ],
    };
  }
  if (mode === 'inbox') {
    return {
      oxc: preactJsx,
      root: 'inbox',
      base: '/inbox/',
      publicDir: false,
      build: { outDir: '../dist/inbox', emptyOutDir: true },
    };
  }
  return {
    oxc: preactJsx,
    test: {
      globals: true,
      globalSetup: ['server/testing/global-setup.ts'],
      // The JSON report lets CI print one plain "N passed, N failed" line at the end.
      reporters: ['default', 'json'],
      outputFile: { json: '.cache/vitest-results.json' },
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'node', include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
        },
        {
          extends: true,
          test: { name: 'components', environment: 'jsdom', include: ['widget/**/*.test.tsx', 'inbox/**/*.test.tsx', 'widget/**/*.test.ts', 'inbox/**/*.test.ts'] },
        },
        {
          extends: true,
          test: { name: 'e2e', environment: 'node', include: ['e2e/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 90_000, fileParallelism: false },
        },
      ],
    },
  };
});
