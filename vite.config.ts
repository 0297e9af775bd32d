import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { knowledgeGraphAsset } from './scripts/vite-plugin-kg.ts';
import { preloadChunks } from './scripts/vite-plugin-preload.ts';

// The corpus the app is built on: seeds/ unless KG_CORPUS names another folder.
const corpusDir = process.env.KG_CORPUS || 'seeds';

export default defineConfig({
  // Relative asset URLs, so the built app works from any path.
  base: './',
  plugins: [svelte(), knowledgeGraphAsset({ corpusDir }), preloadChunks(['src/view/canvas.ts'])],
  build: {
    target: 'es2022',
    // bench/ui.ts reads the manifest to size the first bundle.
    manifest: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30000,
  },
});
