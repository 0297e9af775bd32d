// A Vite plugin that adds <link rel="modulepreload"> for chunks the page loads
// with a dynamic import at once (the canvas and Cytoscape): fetched in parallel
// with the first bundle instead of after it has run, and still evaluated in a
// task of their own.
import path from 'node:path';
import type { Plugin } from 'vite';

export function preloadChunks(modules: string[]): Plugin {
  const wanted = modules.map((m) => path.resolve(m));
  let base = './';
  return {
    name: 'news-kg:preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const files = new Set<string>();
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const add = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) add(imported);
        };
        for (const c of chunks) if (c.facadeModuleId && wanted.includes(c.facadeModuleId)) add(c.fileName);
        // What the entry imports statically is preloaded by Vite already.
        for (const c of chunks) if (c.isEntry) { files.delete(c.fileName); for (const i of c.imports) files.delete(i); }
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` }, injectTo: 'head' as const }));
      },
    },
  };
}
