// Drawing limits benchmark (npm run bench:limits; not a test). Opens synthetic
// graphs with `?graph=` in headless Chromium, one quantity growing at a time
// (nodes, edges, self-loops on one node, parallel edges between one pair), and
// records the time to interactive (laid out and first drawn) and the longest
// main-thread task. A quantity stops growing once a size takes more than
// SLOW_S seconds or stalls the main thread more than STALL_MS: the limits in
// src/core/io/limits.ts are set below those sizes. LIMITS_QUANTITIES and
// LIMITS_SIZES_<QUANTITY> pick what runs; LIMITS_NO_CHECK=1 measures beyond
// the limits (the app then refuses, so this only works on a build without them).
import { mkdir, writeFile } from 'node:fs/promises';
import { serveFolders } from './static-server.ts';
import path from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser.ts';
import { ROOT, freePort } from '../tests/e2e/support/server.ts';

const OUT = path.join(ROOT, 'test-output', 'bench-limits');
const APP_DIR = path.join(OUT, 'app');
const GRAPH_DIR = path.join(OUT, 'graphs');
const CAP_S = Number(process.env.LIMITS_CAP_S ?? 40);
const SLOW_S = 10;
const STALL_MS = 1000;

const QUANTITIES = {
  nodes: [2000, 5000, 10000, 15000, 20000, 40000],
  edges: [10000, 25000, 50000, 100000],
  'self-loops': [100, 500, 2000, 5000, 20000],
  parallel: [100, 500, 2000, 5000, 20000],
} as const;
type Quantity = keyof typeof QUANTITIES;

const KINDS = ['person', 'leader', 'official', 'organization', 'country', 'venue', 'meeting'] as const;
const EVIDENCE = [{ doc: 'bench.txt', start: 0, end: 10 }];

/** A deterministic pseudo-random generator (mulberry32), so every run opens the same graph. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A schema-conforming graphology serialization with `nodes` nodes and the given edges. */
function serialization(nodes: number, edges: (add: (s: number, t: number) => void) => void): string {
  const nodeList = Array.from({ length: nodes }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    return { key: `n${i}`, attributes: { label: `Node ${i}`, kind, aliases: [], evidence: EVIDENCE, ...(kind === 'meeting' ? { status: 'held' } : {}) } };
  });
  const edgeList: unknown[] = [];
  edges((s, t) => edgeList.push({ key: `e${edgeList.length}`, source: `n${s}`, target: `n${t}`, attributes: { relation: 'participant', evidence: EVIDENCE } }));
  return JSON.stringify({ options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes: nodeList, edges: edgeList });
}

function graphFor(quantity: Quantity, size: number): { text: string; nodes: number; edges: number } {
  const rand = random(size);
  const pick = (n: number) => Math.floor(rand() * n);
  switch (quantity) {
    case 'nodes': {
      // About the generated corpora's ratio: 2.4 edges per node.
      const edges = Math.round(size * 2.4);
      return { text: serialization(size, (add) => { for (let i = 0; i < edges; i++) add(pick(size), pick(size)); }), nodes: size, edges };
    }
    case 'edges':
      return { text: serialization(2000, (add) => { for (let i = 0; i < size; i++) add(pick(2000), pick(2000)); }), nodes: 2000, edges: size };
    case 'self-loops':
      return { text: serialization(2, (add) => { add(0, 1); for (let i = 0; i < size; i++) add(0, 0); }), nodes: 2, edges: size + 1 };
    case 'parallel':
      return { text: serialization(2, (add) => { for (let i = 0; i < size; i++) add(0, 1); }), nodes: 2, edges: size };
  }
}

const serve = (port: number) => serveFolders({ app: APP_DIR, graphs: GRAPH_DIR }, port);

const LONGTASKS = `
  window.__longest = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

interface Row {
  quantity: Quantity;
  size: number;
  nodes: number;
  edges: number;
  megabytes: number;
  /** Seconds to interactive, null when not interactive within CAP_S. */
  ttiS: number | null;
  longestMs: number;
  errors: string[];
}

async function main(): Promise<void> {
  await mkdir(GRAPH_DIR, { recursive: true });
  if (process.env.LIMITS_SKIP_BUILD !== '1') {
    console.log('building the app …');
    await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await serve(port);
  const browser = await launchChromium();
  const rows: Row[] = [];
  const wanted = (process.env.LIMITS_QUANTITIES?.split(',') ?? Object.keys(QUANTITIES)) as Quantity[];
  try {
    for (const quantity of wanted) {
      const env = process.env[`LIMITS_SIZES_${quantity.toUpperCase().replace('-', '_')}`];
      const sizes = env ? env.split(',').map(Number) : QUANTITIES[quantity];
      for (const size of sizes) {
        const graph = graphFor(quantity, size);
        const name = `${quantity}-${size}.json`;
        await writeFile(path.join(GRAPH_DIR, name), graph.text);
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript(LONGTASKS);
        await page.goto(`http://127.0.0.1:${port}/app/?graph=${encodeURIComponent(`/graphs/${name}`)}`);
        let ttiS: number | null = null;
        try {
          await page.waitForSelector('html[data-kg-ready]', { timeout: CAP_S * 1000 });
          await page.waitForTimeout(300);
          ttiS = ((await page.evaluate(`performance.getEntriesByName('kg:interactive')[0]?.startTime ?? NaN`)) as number) / 1000;
        } catch {
          ttiS = null;
        }
        const longestMs = (await page.evaluate('window.__longest').catch(() => NaN)) as number;
        await context.close().catch(() => undefined);
        const row: Row = { quantity, size, nodes: graph.nodes, edges: graph.edges, megabytes: graph.text.length / 2 ** 20, ttiS, longestMs, errors };
        console.log(JSON.stringify(row));
        rows.push(row);
        if (ttiS === null || ttiS > SLOW_S || longestMs > STALL_MS) break;
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const f = (x: number | null, d = 1) => (x === null || Number.isNaN(x) ? '–' : x.toFixed(d));
  const table = [
    '| quantity | size | nodes | edges | MB | time to interactive | longest main-thread task | page errors |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.quantity} | ${r.size} | ${r.nodes} | ${r.edges} | ${f(r.megabytes)} | ${r.ttiS === null ? `> ${CAP_S} s` : `${f(r.ttiS)} s`} | ${f(r.longestMs, 0)} ms | ${r.errors.length ? r.errors[0] : ''} |`),
  ].join('\n');
  await writeFile(path.join(OUT, 'limits.json'), `${JSON.stringify(rows, null, 2)}\n`);
  await writeFile(path.join(OUT, 'limits.md'), `${table}\n`);
  console.log(`\n${table}\n\nwritten to ${path.relative(ROOT, OUT)}/limits.{json,md}`);
}

await main();
