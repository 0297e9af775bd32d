// Scale benchmark (npm run bench:scale; not a test). For generated corpora whose
// graphs have about 500, 2,000, 5,000 and 10,000 nodes: CLI build time and peak
// memory, then in headless Chromium the app opening the graph (`?graph=`):
// layout time, time to interactive, the longest main-thread task (a
// PerformanceObserver for 'longtask'), frames per second during a scripted pan
// and zoom, the longest task on a hover and click and on a filter change, the
// time to restyle and the longest task when a time range is brushed on the
// timeline, JS heap; the same graph reopened (positions cached); and, as the
// baseline, a bare page running cose-bilkent on the main thread with default
// settings, capped at BASELINE_CAP_S seconds; then one rename and one merge
// made in the node's form: the time until the canvas shows each, and the
// longest task. SCALE_SIZES picks the sizes; SCALE_ONLY=corrections measures
// the corrections alone (the graph opened, nothing else).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { serveFolders } from './static-server.ts';
import path from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { parseGraphAsset } from '../src/app/lib/graph-asset.ts';
import { toCytoscapeElements } from '../src/view/elements.ts';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { ROOT, freePort } from '../tests/e2e/support/server.ts';

const SIZES = (process.env.SCALE_SIZES ?? '500,2000,5000,10000').split(',').map(Number);
/** Drawn nodes per generated article, measured on gen-corpus output (seed 1). */
const NODES_PER_DOC = 6.4;
const BASELINE_CAP_S = Number(process.env.BASELINE_CAP_S ?? 60);
/** Also pan and zoom with `?renderer=webgl` (SCALE_WEBGL=1): under SwiftShader that takes minutes at 10,000 nodes. */
const WEBGL = process.env.SCALE_WEBGL === '1';
const ONLY_CORRECTIONS = process.env.SCALE_ONLY === 'corrections';
const CORPUS = path.join(ROOT, 'bench', 'corpus');
const OUT = path.join(ROOT, 'test-output', 'bench-scale');
const APP_DIR = path.join(OUT, 'app');
const BARE_DIR = path.join(OUT, 'bare');

const serve = (port: number) => serveFolders({ app: APP_DIR, bare: BARE_DIR, graphs: CORPUS }, port);

/** Generates the corpus (once) and builds its graph with the CLI, timing it and reading its peak memory. */
function buildCorpus(nodes: number): { docs: number; file: string; buildS: number; peakMB: number } {
  const docs = Math.max(10, Math.round(nodes / NODES_PER_DOC));
  const dir = path.join(CORPUS, `scale-${docs}`);
  if (!existsSync(dir)) spawnSync('npx', ['tsx', 'scripts/gen-corpus.ts', '--docs', String(docs), '--out', dir, '--seed', '1'], { cwd: ROOT, stdio: 'inherit' });
  const file = path.join(CORPUS, `scale-${docs}.json`);
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'build', dir, '--out', file], { cwd: ROOT, encoding: 'utf8' });
  const buildS = (performance.now() - started) / 1000;
  const peak = /peak-kb (\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`bench/scale: build of ${dir} failed: ${r.stderr}`);
  return { docs, file, buildS, peakMB: peak ? Number(peak[1]) / 1024 : NaN };
}

const LONGTASKS = `
  window.__longest = 0; window.__tasks = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__tasks++; window.__longest = Math.max(window.__longest, e.duration); } })
    .observe({ type: 'longtask', buffered: true });
`;

/** The longest main-thread task while the pointer rests on a node and then selects it (details panel and highlights). */
async function hoverAndSelect(page: Page): Promise<number> {
  const id = (await page.evaluate('window.kg.cy.nodes().max((n) => n.degree(false)).ele.id()')) as string;
  await page.evaluate('window.__longest = 0');
  await page.evaluate(`(() => { const n = window.kg.cy.getElementById(${JSON.stringify(id)}); n.emit('mouseover'); n.emit('tap'); })()`);
  await page.waitForTimeout(1500);
  return (await page.evaluate('window.__longest')) as number;
}

/** The longest main-thread task while the meetings are filtered out and back in (about three quarters of the elements restyled, twice). */
async function filterMeetings(page: Page): Promise<number> {
  const box = page.getByRole('complementary', { name: 'Legend and filters' }).getByRole('checkbox', { name: /Meetings/ });
  await page.evaluate('window.__longest = 0');
  await box.uncheck();
  await page.waitForTimeout(2000);
  await box.check();
  await page.waitForTimeout(2000);
  return (await page.evaluate('window.__longest')) as number;
}

/**
 * A drag across the middle fifth of the timeline (a time range: the graph
 * filtered to its meetings and the nodes they involve): from the pointer's
 * release to the last class change on the canvas, the longest task, and how
 * many nodes stay drawn.
 */
async function brushTimeline(page: Page): Promise<{ restyleMs: number; longest: number; shown: number }> {
  const plot = page.getByRole('group', { name: 'Meetings by date' });
  await plot.waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const box = (await plot.boundingBox())!;
  // Until the graph is drawn as brushed: the last frame Cytoscape draws after the last class change.
  await page.evaluate(`(() => {
    window.__longest = 0; window.__brushAt = NaN; window.__classAt = NaN; window.__drawnAt = NaN;
    window.__onClass = () => { window.__classAt = performance.now(); };
    window.__onRender = () => { window.__drawnAt = performance.now(); };
    window.kg.cy.on('class', window.__onClass);
    window.kg.cy.on('render', window.__onRender);
    addEventListener('pointerup', () => { window.__brushAt = performance.now(); }, { capture: true, once: true });
  })()`);
  const y = box.y + box.height - 30;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 10 });
  await page.mouse.up();
  // Done when nothing has changed or been drawn for a second (at most 20 s).
  await page.waitForFunction(`performance.now() - Math.max(window.__classAt || 0, window.__drawnAt || 0) > 1000 && window.__drawnAt > window.__classAt`, undefined, { timeout: 20_000, polling: 200 });
  const r = (await page.evaluate(`({ restyleMs: window.__drawnAt - window.__brushAt, longest: window.__longest, shown: window.kg.cy.nodes().filter((n) => n.visible()).length })`)) as { restyleMs: number; longest: number; shown: number };
  await page.evaluate(`(window.kg.cy.off('class', window.__onClass), window.kg.cy.off('render', window.__onRender))`);
  return r;
}

/** Frames drawn during a scripted pan (drag) and zoom (wheel) over the middle of the canvas. */
async function panAndZoom(page: Page): Promise<{ fps: number; longest: number }> {
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    window.__longest = 0;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  const [cx, cy] = [700, 420];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 60; i++) await page.mouse.move(cx + 200 * Math.sin(i / 9), cy + 120 * Math.cos(i / 9), { steps: 1 });
  await page.mouse.up();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -120 : 120);
  await page.waitForTimeout(200);
  const seconds = (Date.now() - started) / 1000;
  const r = (await page.evaluate('(() => { window.__counting = false; return { frames: window.__frames, longest: window.__longest }; })()')) as { frames: number; longest: number };
  return { fps: r.frames / seconds, longest: r.longest };
}

/** From the click on the form's button to the first frame whose canvas shows `shown` true: milliseconds, and the longest task meanwhile. */
async function timeCorrection(page: Page, shown: string, click: () => Promise<void>): Promise<{ ms: number; longest: number }> {
  await page.evaluate(`(() => {
    window.__longest = 0; window.__clickAt = NaN; window.__shownAt = NaN;
    addEventListener('click', () => {
      window.__clickAt = performance.now();
      const look = () => { if (${shown}) window.__shownAt = performance.now(); else requestAnimationFrame(look); };
      requestAnimationFrame(look);
    }, { capture: true, once: true });
  })()`);
  await click();
  await page.waitForFunction('!Number.isNaN(window.__shownAt)', undefined, { timeout: 120_000 });
  // Long tasks after the frame that shows it (a layout's, a restyle's) count too.
  await page.waitForTimeout(1500);
  return (await page.evaluate('({ ms: window.__shownAt - window.__clickAt, longest: window.__longest })')) as { ms: number; longest: number };
}

/** A rename of the best-connected person, then a merge of the next one into it, made as a user makes them: the node's form. */
async function correct(page: Page): Promise<{ renameMs: number; renameLongest: number; mergeMs: number; mergeLongest: number }> {
  const [keep, absorb] = (await page.evaluate(`window.kg.cy.nodes('[kind = "person"]').sort((a, b) => b.degree(false) - a.degree(false)).slice(0, 2).map((n) => n.id())`)) as [string, string];
  await page.evaluate(`window.kg.cy.getElementById(${JSON.stringify(keep)}).emit('tap')`);
  const form = page.locator('.details-pane details.correct');
  await form.locator('summary').click();
  const name = 'Renamed in the bench';
  await form.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.waitForTimeout(500);
  const rename = await timeCorrection(page, `window.kg?.cy.getElementById(${JSON.stringify(keep)}).data('label') === ${JSON.stringify(name)}`, () => form.getByRole('button', { name: 'Rename' }).click());
  await page.waitForFunction('document.documentElement.dataset.kgReady === "true"', undefined, { timeout: 120_000 });
  await page.waitForTimeout(500);
  await form.getByLabel('Merge into this').selectOption(absorb);
  await page.waitForTimeout(500);
  const merge = await timeCorrection(page, `window.kg?.cy.getElementById(${JSON.stringify(absorb)}).empty() && window.kg.cy.nodes().length > 0`, () => form.getByRole('button', { name: 'Merge', exact: true }).click());
  return { renameMs: rename.ms, renameLongest: rename.longest, mergeMs: merge.ms, mergeLongest: merge.longest };
}

interface Row {
  target: number;
  nodes: number;
  edges: number;
  docs: number;
  buildS: number;
  buildPeakMB: number;
  layoutS: number;
  ttiS: number;
  longestMs: number;
  fps: number;
  panLongestMs: number;
  selectLongestMs: number;
  filterLongestMs: number;
  brushRestyleMs: number;
  brushLongestMs: number;
  brushShown: number;
  heapMB: number;
  reopenS: number;
  baselineS: number | null;
  webglFps?: number;
  renameMs: number;
  renameLongestMs: number;
  mergeMs: number;
  mergeLongestMs: number;
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  console.log('building the app and the bare page …');
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  await build({ root: path.join(ROOT, 'bench', 'bare'), configFile: false, base: './', logLevel: 'warn', build: { outDir: BARE_DIR, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 700 } });
  const port = await freePort();
  const server = await serve(port);
  const browser = await launchChromium();
  const rows: Row[] = [];
  try {
    for (const target of SIZES) {
      console.log(`\n~${target} nodes: generating and building …`);
      const built = buildCorpus(target);
      const { graph } = parseGraphAsset(JSON.parse(await readFile(built.file, 'utf8')));
      const elements = toCytoscapeElements(graph);
      const nodes = elements.filter((e) => e.group === 'nodes').length;
      const edges = elements.length - nodes;
      const graphUrl = `/graphs/${path.basename(built.file)}`;

      const open = async (page: Page, query = '') => {
        await page.addInitScript(LONGTASKS);
        await page.goto(`http://127.0.0.1:${port}/app/?graph=${encodeURIComponent(graphUrl)}${query}`);
        await page.waitForSelector('html[data-kg-ready]', { timeout: 120_000 });
        await page.waitForTimeout(300);
        // A string, not a function: tsx would wrap named functions in a helper the page does not have.
        return page.evaluate(`(() => {
          const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
          return { tti: mark('kg:interactive'), layout: mark('kg:layout-end') - mark('kg:layout-start'), longest: window.__longest,
            heap: (performance.memory?.usedJSHeapSize ?? NaN) / 2 ** 20 };
        })()`) as Promise<{ tti: number; layout: number; longest: number; heap: number }>;
      };
      // Corrections in a profile of their own: no filter or brush left on, none stored.
      const corrected = async () => {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const p = await ctx.newPage();
        await open(p);
        const r = await correct(p);
        console.log(`rename shown in ${r.renameMs.toFixed(0)} ms (longest task ${r.renameLongest.toFixed(0)} ms), merge shown in ${r.mergeMs.toFixed(0)} ms (longest task ${r.mergeLongest.toFixed(0)} ms)`);
        await ctx.close();
        return r;
      };
      if (ONLY_CORRECTIONS) {
        const r = await corrected();
        const row = { target, nodes, edges, docs: built.docs, renameMs: r.renameMs, renameLongestMs: r.renameLongest, mergeMs: r.mergeMs, mergeLongestMs: r.mergeLongest };
        console.log(JSON.stringify(row));
        rows.push({ ...row, buildS: built.buildS, buildPeakMB: built.peakMB, layoutS: NaN, ttiS: NaN, longestMs: NaN, fps: NaN, panLongestMs: NaN, selectLongestMs: NaN, filterLongestMs: NaN, brushRestyleMs: NaN, brushLongestMs: NaN, brushShown: NaN, heapMB: NaN, reopenS: NaN, baselineS: null });
        continue;
      }
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const first = await open(page);
      const pan = await panAndZoom(page);
      const selectLongestMs = await hoverAndSelect(page);
      const filterLongestMs = await filterMeetings(page);
      const brushed = await brushTimeline(page);
      console.log(`brush on the timeline: ${brushed.shown} of ${nodes} nodes left drawn, drawn as brushed in ${brushed.restyleMs.toFixed(0)} ms, longest task ${brushed.longest.toFixed(0)} ms`);
      // Reopened in the same profile: positions come from localStorage.
      const again = await context.newPage();
      const second = await open(again);
      await context.close();

      let webglFps: number | undefined;
      if (WEBGL && nodes >= 1000) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const p = await ctx.newPage();
        await open(p, '&renderer=webgl');
        webglFps = (await panAndZoom(p)).fps;
        await ctx.close();
      }

      // Baseline: the bare page, cose-bilkent on the main thread, default settings.
      await writeFile(path.join(BARE_DIR, 'elements.json'), JSON.stringify(elements));
      const bare = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const bp = await bare.newPage();
      let baselineS: number | null = null;
      try {
        await bp.goto(`http://127.0.0.1:${port}/bare/`);
        await bp.waitForSelector('html[data-kg-ready]', { timeout: BASELINE_CAP_S * 1000 });
        baselineS = (await bp.evaluate(() => performance.getEntriesByName('kg:interactive')[0]!.startTime)) / 1000;
      } catch {
        baselineS = null;
      }
      await bare.close().catch(() => undefined);

      const fixes = await corrected();
      const row: Row = {
        target, nodes, edges, docs: built.docs, buildS: built.buildS, buildPeakMB: built.peakMB,
        layoutS: first.layout / 1000, ttiS: first.tti / 1000, longestMs: first.longest, fps: pan.fps, panLongestMs: pan.longest, selectLongestMs, filterLongestMs,
        brushRestyleMs: brushed.restyleMs, brushLongestMs: brushed.longest, brushShown: brushed.shown,
        heapMB: first.heap, reopenS: second.tti / 1000, baselineS, webglFps,
        renameMs: fixes.renameMs, renameLongestMs: fixes.renameLongest, mergeMs: fixes.mergeMs, mergeLongestMs: fixes.mergeLongest,
      };
      console.log(JSON.stringify(row));
      rows.push(row);
    }
  } finally {
    await browser.close();
    server.close();
  }
  const f = (x: number | undefined, d = 1) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
  const table = [
    '| nodes | edges | articles | CLI build | build peak RSS | layout (worker) | time to interactive | longest main-thread task | pan/zoom fps (canvas) | longest task in pan/zoom | longest task on hover + select | longest task on a filter change | brush on the timeline: restyle / longest task | pan/zoom fps (WebGL) | JS heap | reopen (cached positions) | baseline: cose-bilkent on the main thread | rename: on the canvas / longest task | merge: on the canvas / longest task |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| ${r.nodes} | ${r.edges} | ${r.docs} | ${f(r.buildS)} s | ${f(r.buildPeakMB, 0)} MB | ${Number.isNaN(r.layoutS) ? (ONLY_CORRECTIONS ? '–' : 'cose-bilkent, page') : `${f(r.layoutS)} s`} | ${f(r.ttiS)} s | ${f(r.longestMs, 0)} ms | ${f(r.fps, 0)} | ${f(r.panLongestMs, 0)} ms | ${f(r.selectLongestMs, 0)} ms | ${f(r.filterLongestMs, 0)} ms | ${f(r.brushRestyleMs, 0)} ms / ${f(r.brushLongestMs, 0)} ms | ${f(r.webglFps, 0)} | ${f(r.heapMB, 0)} MB | ${f(r.reopenS)} s | ${r.baselineS === null ? (ONLY_CORRECTIONS ? '–' : `> ${BASELINE_CAP_S} s (stopped)`) : `${f(r.baselineS)} s`} | ${f(r.renameMs, 0)} ms / ${f(r.renameLongestMs, 0)} ms | ${f(r.mergeMs, 0)} ms / ${f(r.mergeLongestMs, 0)} ms |`),
  ].join('\n');
  const name = ONLY_CORRECTIONS ? 'scale-corrections' : 'scale';
  await writeFile(path.join(OUT, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
  await writeFile(path.join(OUT, `${name}.md`), `${table}\n`);
  console.log(`\n${table}\n\nwritten to ${path.relative(ROOT, OUT)}/${name}.{json,md}`);
}

await main();
