/**
 * One config, three jobs: `--mode inbox` builds the agent app, `--mode widget` builds
 * the embeddable widget bundle, and Vitest reads the `test` block.
 */
import { defineConfig } from 'vitest/config';

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig(({ mode }) => {
  if (mode === 'widget') {
    return {
      oxc: preactJsx,
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'dist/widget',
        emptyOutDir: true,
        lib: { entry: 'widget/src/main.tsx', formats: ['iife'], name: 'ParleyWidget', fileName: () => 'widget.js' },
      },
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
          test: { name: 'unit', environment: 'node', include: ['shared/**/*.test.ts', 'server/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
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
