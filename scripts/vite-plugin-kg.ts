// A Vite plugin that builds the corpus's graph in Node and serves it as
// `graph.json`: emitted as an asset by `vite build`, served (and rebuilt when
// the corpus or the core changes) by `vite dev`. The page preloads it so the
// fetch starts with the first bundle. The corpus folder is `KG_CORPUS` or seeds/.
import path from 'node:path';
import { runnerImport, type Plugin, type ViteDevServer } from 'vite';
import type { Doc, KnowledgeGraph } from '../src/core/schema.ts';
import { buildGraphAsset } from './graph-asset.ts';

export const GRAPH_ASSET = 'graph.json';

type Core = { buildGraph: (docs: Doc[]) => KnowledgeGraph };

export interface KnowledgeGraphPluginOptions {
  corpusDir: string;
  /** The core's entry, exporting buildGraph. */
  coreEntry?: string;
}

export function knowledgeGraphAsset({ corpusDir, coreEntry = 'src/core/index.ts' }: KnowledgeGraphPluginOptions): Plugin {
  const corpus = path.resolve(corpusDir);
  const entry = path.resolve(coreEntry);
  let base = '/';
  let cached: Promise<string> | null = null;

  const build = (fn: (docs: Doc[]) => KnowledgeGraph) => buildGraphAsset(corpus, fn).then((asset) => JSON.stringify(asset));

  async function devAsset(server: ViteDevServer): Promise<string> {
    // ssrLoadModule picks up edits to the core without restarting the server.
    const core = (await server.ssrLoadModule(entry)) as Core;
    return build(core.buildGraph);
  }

  return {
    name: 'news-kg:graph-asset',
    configResolved(config) {
      // A relative base ('./') is served from '/' by the dev server.
      base = config.base.startsWith('.') ? '/' : config.base;
    },
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'preload', href: GRAPH_ASSET, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head-prepend' },
      ];
    },
    configureServer(server) {
      server.watcher.add(corpus);
      const invalidate = (file: string) => {
        if (file.startsWith(corpus) || file.includes(`${path.sep}src${path.sep}core${path.sep}`) || file.includes(`${path.sep}data${path.sep}`)) cached = null;
      };
      server.watcher.on('change', invalidate);
      server.watcher.on('add', invalidate);
      server.watcher.on('unlink', invalidate);
      server.middlewares.use(`${base}${GRAPH_ASSET}`, (_req, res, next) => {
        cached ??= devAsset(server);
        cached.then(
          (json) => {
            res.setHeader('Content-Type', 'application/json');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(json);
          },
          (err: unknown) => {
            cached = null;
            next(err);
          },
        );
      });
    },
    async generateBundle() {
      const started = performance.now();
      // Loaded through Vite's module runner, only when building: the core and its
      // NLP models stay out of the config bundle and out of the client bundle.
      const { module: core } = await runnerImport<Core>(entry, { configFile: false, logLevel: 'warn' });
      const source = await build(core.buildGraph);
      this.emitFile({ type: 'asset', fileName: GRAPH_ASSET, source });
      this.info(`graph of ${path.relative(process.cwd(), corpus) || '.'} built in ${Math.round(performance.now() - started)} ms (${(source.length / 1024).toFixed(0)} KB)`);
    },
  };
}
