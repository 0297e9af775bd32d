// `?graph=` is an address anyone can hand the user: it is fetched only from
// this site, read at most 30 MB, and checked like every import. Whatever is
// wrong with it, no request leaves the origin, the page raises no error, a
// banner says why, and the corpus's own graph is drawn and usable instead.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DRAW_LIMITS, MAX_GRAPH_BYTES } from '../../src/core/io/limits.ts';
import { launchChromium } from './support/browser.ts';
import { shot } from './support/page.ts';
import { ROOT } from './support/server.ts';

// The build the global setup serves (tests/e2e/global-setup.ts); vite preview serves files added to it later.
const OUT_DIR = path.join(ROOT, 'test-output', `e2e-dist${process.env.KG_E2E_TAG ? `-${process.env.KG_E2E_TAG}` : ''}`);
const FILES = path.join(OUT_DIR, 'graph-param');

let browser: Browser;
let origin = '';
let seedOrder = 0;

const person = (label: string) => ({ label, kind: 'person', aliases: [], evidence: [{ doc: 'x.txt', start: 0, end: 5 }] });
const serialized = (nodes: { key: string; attributes: object }[]) => JSON.stringify({ nodes, edges: [] });

function serve(name: string, body: string | Buffer): string {
  writeFileSync(path.join(FILES, name), body);
  return `./graph-param/${name}`;
}

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(graph: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('baseURL')}?graph=${encodeURIComponent(graph)}`);
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return { page, requests, errors };
}

/** The banner, and whether the seed graph is drawn and answers a search. */
async function outcome({ page }: Opened): Promise<{ banner: string; order: number; visible: number; hits: number }> {
  const banner = (await page.getByRole('alert').filter({ hasText: 'was not opened' }).first().textContent({ timeout: 10_000 })) ?? '';
  const seen = await page.evaluate(() => ({ order: window.kg!.graph.order, visible: window.kg!.cy.nodes(':visible').length }));
  const first = await page.evaluate(() => window.kg!.graph.findNode((_k, a) => a.kind === 'leader'));
  const label = await page.evaluate((id) => window.kg!.graph.getNodeAttribute(id!, 'label'), first);
  await page.locator('input[type="search"]').fill(label);
  const hit = page.locator('[role="option"]:not(.empty)');
  await hit.first().waitFor({ timeout: 5_000 });
  const hits = await hit.count();
  return { banner, ...seen, hits };
}

beforeAll(async () => {
  mkdirSync(FILES, { recursive: true });
  browser = await launchChromium();
  origin = new URL(inject('baseURL')).origin;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  seedOrder = await page.evaluate(() => window.kg!.graph.order);
  await context.close();
});

afterAll(async () => {
  await browser?.close();
  rmSync(FILES, { recursive: true, force: true });
});

describe('?graph=', () => {
  it.each([
    ['https://example.com/x.json', 'https://example.com is another site'],
    ['//example.org/x.json', 'http://example.org is another site'],
    ['data:application/json,{"nodes":[],"edges":[]}', 'only over http or https, not data:'],
    ['javascript:alert(1)', 'only over http or https, not javascript:'],
  ])('%s: nothing is fetched from elsewhere, a message, the seed graph usable', async (graph, message) => {
    const opened = await open(graph);
    const seen = await outcome(opened);
    expect(seen.banner).toContain(message);
    expect(seen.banner).toContain("The corpus's own graph is shown instead.");
    expect(seen.order).toBe(seedOrder);
    expect(seen.visible).toBeGreaterThan(10);
    expect(seen.hits).toBeGreaterThan(0);
    expect(opened.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(opened.errors).toEqual([]);
    if (graph.startsWith('https:')) await shot(opened.page, '71-graph-param-refused');
    await opened.page.context().close();
  });

  it('a same-origin graph over 30 MB is refused by its size', async () => {
    const pad = 'x'.repeat(1024 * 1024);
    const nodes = Array.from({ length: 31 }, (_, i) => ({ key: `n${i}`, attributes: { ...person(`N${i}`), pad } }));
    const body = serialized(nodes);
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_GRAPH_BYTES);
    const opened = await open(serve('big.json', body));
    const seen = await outcome(opened);
    expect(seen.banner).toContain('graphs can be at most 30.0 MB');
    expect(seen.order).toBe(seedOrder);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });

  it.each([
    ['nodes without kind or evidence', serialized([{ key: 'a', attributes: { label: 'A' } }]), 'the graph does not follow the graph schema: node "a" has no kind'],
    ['a "__proto__" node key', '{"nodes":[{"key":"a","attributes":{}},{"key":"__proto__","attributes":{}}],"edges":[{"source":"__proto__","target":"a"}]}', 'nodes[1] uses the node key "__proto__"'],
    ['a "constructor" node key', serialized([{ key: 'constructor', attributes: person('C') }]), 'nodes[0] uses the node key "constructor"'],
    ['a blank node id', serialized([{ key: ' ', attributes: person('B') }]), 'nodes[0] has an empty id (" ")'],
    ['more nodes than the app draws', serialized(Array.from({ length: DRAW_LIMITS.nodes + 1 }, (_, i) => ({ key: `n${i}`, attributes: person(`N${i}`) }))), `this app draws at most ${DRAW_LIMITS.nodes.toLocaleString('en-US')}`],
    ['not JSON', '<html>', 'the graph is not valid JSON'],
  ])('%s: a message, no page error, the seed graph usable', async (_name, body, message) => {
    const opened = await open(serve(`${_name.replace(/\W+/g, '-')}.json`, body));
    const seen = await outcome(opened);
    expect(seen.banner).toContain(message);
    expect(seen.order).toBe(seedOrder);
    expect(seen.visible).toBeGreaterThan(10);
    expect(seen.hits).toBeGreaterThan(0);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });

  it('"__proto__" and "constructor" as attribute names: the graph opens, and the page raises no error', async () => {
    const body = '{"nodes":[{"key":"a","attributes":{"label":"Alpha","kind":"person","aliases":[],"evidence":[],"__proto__":{"polluted":1},"constructor":"x"}},{"key":"b","attributes":{"label":"Beta","kind":"leader","aliases":[],"evidence":[]}}],"edges":[{"source":"a","target":"b","attributes":{"relation":"participant","evidence":[],"__proto__":{"x":1}}}]}';
    const opened = await open(serve('proto-attributes.json', body));
    const state = await opened.page.evaluate(() => ({ order: window.kg!.graph.order, drawn: window.kg!.cy.nodes().length, polluted: ({} as Record<string, unknown>).polluted ?? null }));
    const banner = await opened.page.getByRole('alert').filter({ hasText: 'was not opened' }).count();
    // Either it opens as it is, or it is refused with a message; never a page error or polluted prototypes.
    if (banner === 0) {
      expect(state).toEqual({ order: 2, drawn: 2, polluted: null });
      // Its details list the odd attribute names as text.
      await opened.page.evaluate(() => void window.kg!.cy.getElementById('a').emit('tap'));
      const details = opened.page.getByRole('region', { name: 'Details' });
      await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Alpha');
      await details.getByText('constructor').first().waitFor({ timeout: 5_000 });
    } else expect(state.order).toBe(seedOrder);
    expect(state.polluted).toBeNull();
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });

  it('a same-origin graph that is fine opens as it is', async () => {
    const opened = await open(serve('good.json', serialized([{ key: 'a', attributes: person('Alpha') }, { key: 'b', attributes: person('Beta') }])));
    expect(await opened.page.evaluate(() => window.kg!.graph.order)).toBe(2);
    expect(await opened.page.getByRole('alert').filter({ hasText: 'was not opened' }).count()).toBe(0);
    expect(opened.errors).toEqual([]);
    await opened.page.context().close();
  });
});
