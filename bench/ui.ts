// UI performance (npm run bench:ui): time from navigation to an interactive
// seed graph in headless Chromium, against a bare page that renders the same
// elements with Cytoscape and cose-bilkent; and the first bundle's gzip size.
//
// "Interactive" is the `kg:interactive` performance mark both pages set on the
// first animation frame after the graph is laid out and drawn. Each run uses a
// fresh browser context (cold cache); the pages alternate; medians are reported.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'vite';
import { parseGraphAsset } from '../src/app/lib/graph-asset.ts';
import { toCytoscapeElements } from '../src/view/elements.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { ROOT, freePort } from '../tests/e2e/support/server.ts';
import { type LighthouseScores, lighthouseScores } from './lighthouse.ts';
import { serveFolders } from './static-server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const OUT = path.join(ROOT, 'test-output', 'bench');
const APP_DIR = path.join(OUT, 'app');
const BARE_DIR = path.join(OUT, 'bare');
const TARGETS = { ttiMs: 1500, ratio: 1.2, firstBundleKB: 250, desktop: 95, mobile: 85, cls: 0.05, accessibility: 100 };
/** BENCH_LIGHTHOUSE=0 leaves Lighthouse out (it takes about a minute). */
const WITH_LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';

interface Manifest {
  [key: string]: { file: string; isEntry?: boolean; imports?: string[]; css?: string[] };
}

/** The entry chunk, its static imports and their CSS: what the page loads before it can start. */
async function firstBundle(dir: string): Promise<{ files: string[]; raw: number; gzip: number }> {
  const manifest = JSON.parse(await readFile(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const files = new Set<string>(['index.html']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, c]) => c.isEntry)
    .forEach(([key]) => visit(key));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = await readFile(path.join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...files], raw, gzip };
}

/** Chunks index.html preloads besides the first bundle (fetched with it, run after it: the canvas and Cytoscape). */
async function preloaded(dir: string, first: readonly string[]): Promise<{ files: string[]; gzip: number }> {
  const html = await readFile(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map((m) => m[1]!).filter((f) => !first.includes(f));
  let gzip = 0;
  for (const f of files) gzip += gzipSync(await readFile(path.join(dir, f)), { level: 9 }).length;
  return { files, gzip };
}

async function gzipDir(dir: string): Promise<{ raw: number; gzip: number }> {
  let raw = 0;
  let gzip = 0;
  for (const f of await readdir(dir)) {
    const bytes = await readFile(path.join(dir, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { raw, gzip };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const configFile = path.join(ROOT, 'vite.config.ts');
  console.log('building the app …');
  await build({ root: ROOT, configFile, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  console.log('building the bare page …');
  await build({ root: path.join(ROOT, 'bench', 'bare'), configFile: false, base: './', logLevel: 'warn', build: { outDir: BARE_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 700 } });
  // The alternative to a build-time graph: the core in a Web Worker. Its bundle
  // is what the browser would have to fetch and compile before any extraction.
  console.log('building the core as a browser bundle (the Web Worker alternative) …');
  const WORKER_DIR = path.join(OUT, 'core-in-browser');
  await build({
    root: ROOT, configFile: false, logLevel: 'error',
    build: { outDir: WORKER_DIR, emptyOutDir: true, target: 'es2022', minify: true, lib: { entry: path.join(ROOT, 'src/core/index.ts'), formats: ['es'], fileName: 'core' } },
  });
  const workerBundle = await gzipDir(WORKER_DIR);
  const asset = JSON.parse(await readFile(path.join(APP_DIR, 'graph.json'), 'utf8')) as unknown;
  const { graph } = parseGraphAsset(asset);
  const elements = toCytoscapeElements(graph);
  await writeFile(path.join(BARE_DIR, 'elements.json'), JSON.stringify(elements));

  const port = await freePort();
  const server = await serveFolders({ app: APP_DIR, bare: BARE_DIR }, port);
  const browser = await launchChromium();
  const pages = { app: `http://127.0.0.1:${port}/app/`, bare: `http://127.0.0.1:${port}/bare/` } as const;
  const times: Record<keyof typeof pages, number[]> = { app: [], bare: [] };
  // Where the time goes: [DOMContentLoaded, canvas creation starts, laid out, interactive].
  const phases: Record<keyof typeof pages, number[][]> = { app: [], bare: [] };
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      for (const name of (i % 2 ? ['bare', 'app'] : ['app', 'bare']) as (keyof typeof pages)[]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(pages[name]);
        await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
        const marks = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          const at = ['kg:canvas-start', 'kg:canvas-laid-out', 'kg:interactive'].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN);
          return [nav?.domContentLoadedEventEnd ?? NaN, ...at];
        });
        // The first round warms the server and the browser's own start-up; it is not counted.
        if (i > 0) {
          times[name].push(marks[3]!);
          phases[name].push(marks);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  let scores: LighthouseScores[] = [];
  try {
    if (WITH_LIGHTHOUSE) {
      console.log('Lighthouse, desktop and mobile presets …');
      scores = await lighthouseScores(pages.app);
    }
  } finally {
    server.close();
  }

  const bundle = await firstBundle(APP_DIR);
  const withIt = await preloaded(APP_DIR, bundle.files);
  const app = median(times.app);
  const bare = median(times.bare);
  const phaseMedians = (name: keyof typeof pages) => [0, 1, 2, 3].map((k) => Math.round(median(phases[name].map((p) => p[k]!))));
  const result = {
    runs: RUNS,
    nodes: elements.filter((e) => e.group === 'nodes').length,
    edges: elements.filter((e) => e.group === 'edges').length,
    ttiMs: { app: Math.round(app), bare: Math.round(bare), ratio: Number((app / bare).toFixed(2)), appAll: times.app.map(Math.round), bareAll: times.bare.map(Math.round) },
    phasesMs: { legend: ['DOMContentLoaded', 'canvas start', 'laid out', 'interactive'], app: phaseMedians('app'), bare: phaseMedians('bare') },
    firstBundle: { files: bundle.files, rawKB: Number((bundle.raw / 1024).toFixed(1)), gzipKB: Number((bundle.gzip / 1024).toFixed(1)) },
    preloadedWithIt: { files: withIt.files, gzipKB: Number((withIt.gzip / 1024).toFixed(1)) },
    graphAssetKB: { raw: Number((JSON.stringify(asset).length / 1024).toFixed(1)), gzip: Number((gzipSync(JSON.stringify(asset)).length / 1024).toFixed(1)) },
    coreInBrowserKB: { raw: Number((workerBundle.raw / 1024).toFixed(0)), gzip: Number((workerBundle.gzip / 1024).toFixed(0)) },
    lighthouse: scores,
  };
  await writeFile(path.join(OUT, 'ui.json'), `${JSON.stringify(result, null, 2)}\n`);

  const ok = (pass: boolean) => (pass ? 'ok  ' : 'FAIL');
  console.log(`\nseed graph: ${result.nodes} nodes, ${result.edges} edges; ${RUNS} runs each, medians\n`);
  console.log(`${ok(app <= TARGETS.ttiMs)} time to interactive, app        ${result.ttiMs.app} ms   (target ≤ ${TARGETS.ttiMs} ms)`);
  console.log(`     time to interactive, bare page  ${result.ttiMs.bare} ms`);
  console.log(`     phases (DOMContentLoaded / canvas start / laid out / interactive): app ${result.phasesMs.app.join(' / ')} ms, bare ${result.phasesMs.bare.join(' / ')} ms`);
  console.log(`${ok(app / bare <= TARGETS.ratio)} app / bare page                   ${result.ttiMs.ratio}×   (target ≤ ${TARGETS.ratio}×)`);
  console.log(`${ok(bundle.gzip / 1024 <= TARGETS.firstBundleKB)} first bundle (gzip)               ${result.firstBundle.gzipKB} KB  (target ≤ ${TARGETS.firstBundleKB} KB; ${result.firstBundle.rawKB} KB raw: ${bundle.files.join(', ')})`);
  console.log(`     preloaded with it, run after it    ${result.preloadedWithIt.gzipKB} KB gzip (${withIt.files.join(', ')}): the canvas and Cytoscape`);
  console.log(`     graph asset (fetched in parallel) ${result.graphAssetKB.gzip} KB gzip, built at build time`);
  console.log(`     vs. the core in a Web Worker:     ${result.coreInBrowserKB.gzip} KB gzip to fetch before extracting`);
  for (const l of scores) {
    const target = l.preset === 'desktop' ? TARGETS.desktop : TARGETS.mobile;
    console.log(`${ok(l.performance >= target)} Lighthouse ${l.preset.padEnd(7)} performance ${l.performance}   (target ≥ ${target}; total blocking time ${l.tbtMs} ms, largest contentful paint ${l.lcpMs} ms)`);
    console.log(`${ok(l.cls <= TARGETS.cls)} Lighthouse ${l.preset.padEnd(7)} layout shift ${l.cls}   (target ≤ ${TARGETS.cls})`);
    console.log(`${ok(l.accessibility >= TARGETS.accessibility)} Lighthouse ${l.preset.padEnd(7)} accessibility ${l.accessibility}   (target ${TARGETS.accessibility}${l.failedA11y.length ? `; failed: ${l.failedA11y.join(', ')}` : ''})`);
  }
  console.log(`\nwritten to ${path.relative(ROOT, path.join(OUT, 'ui.json'))}`);
}

await main();
