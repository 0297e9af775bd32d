// Graph files that would import and never draw, through the file chooser:
// a blank node id (JSON and GraphML) and a graph beyond the drawing limits
// are refused with a message naming the problem, the graph already drawn
// stays on the canvas, and after a reload the refused graph is not back.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DRAW_LIMITS } from '../../src/core/io/limits.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, shot, type AppPage } from './support/page.ts';

let browser: Browser;
let app: AppPage;
let page: Page;
let seedOrder = 0;

const person = (label: string) => ({ label, kind: 'person', aliases: [], evidence: [{ doc: 'x.txt', start: 0, end: 5 }] });
const graphJson = (keys: string[], edges: { source: string; target: string }[] = []) =>
  JSON.stringify({ nodes: keys.map((key) => ({ key, attributes: person(key || 'blank') })), edges: edges.map((e) => ({ ...e, attributes: { relation: 'participant', evidence: [] } })) });

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
  seedOrder = await page.evaluate(() => window.kg!.graph.order);
});

afterAll(async () => {
  await browser?.close();
});

async function choose(name: string, text: string): Promise<string> {
  const panel = page.getByRole('button', { name: /^Your articles/ });
  if (!(await page.locator('[data-testid="add-files"]').count())) await panel.click();
  await page.locator('[data-testid="add-files"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  const report = page.locator('[data-testid="documents-report"]').filter({ hasText: name }).first();
  await report.waitFor({ timeout: 30_000 });
  return (await report.textContent()) ?? '';
}

/** Nodes Cytoscape has drawn and shows, and the graph's size. */
const drawn = () => page.evaluate(() => ({ visible: window.kg!.cy.nodes(':visible').length, order: window.kg!.graph.order, blank: window.kg!.graph.someNode((key) => key.trim() === '') }));

describe('graph files that could not be drawn', () => {
  it.each([
    ['blank.json', graphJson(['a', '', 'b']), 'io/json: nodes[1] has an empty id ("")'],
    ['blank.graphml', '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="a"/><node id=" "/></graph></graphml>', 'io/graphml: <node> #2 has an empty id (" ")'],
  ])('%s is refused, naming the id, and the graph on screen stays drawn', async (name, text, message) => {
    const report = await choose(name, text);
    expect(report).toContain(`${name} was not imported: ${message}`);
    expect(report).toContain('The graph on screen is unchanged.');
    const seen = await drawn();
    expect(seen.order).toBe(seedOrder);
    expect(seen.visible).toBeGreaterThan(10);
    expect(seen.blank).toBe(false);
  });

  it('a graph with more nodes than the app draws is refused with the count and the limit', async () => {
    const n = DRAW_LIMITS.nodes + 1;
    const report = await choose('too-many.json', graphJson(Array.from({ length: n }, (_, i) => `n${i}`)));
    expect(report).toContain(`too-many.json was not imported: io/limits: the graph has ${n.toLocaleString('en-US')} nodes; this app draws at most ${DRAW_LIMITS.nodes.toLocaleString('en-US')}.`);
    expect((await drawn()).order).toBe(seedOrder);
  });

  it('a node with too many self-loops is refused', async () => {
    const loops = Array.from({ length: DRAW_LIMITS.selfLoopsPerNode + 1 }, () => ({ source: 'a', target: 'a' }));
    const report = await choose('loops.json', graphJson(['a', 'b'], loops));
    expect(report).toContain(`loops.json was not imported: io/limits: the node "a" has ${DRAW_LIMITS.selfLoopsPerNode + 1} edges to itself; this app draws at most ${DRAW_LIMITS.selfLoopsPerNode} per node.`);
    await shot(page, '70-import-refused-limits');
    expect((await drawn()).order).toBe(seedOrder);
  });

  it('none of them comes back after a reload', async () => {
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    // The saved session is read after the seed is drawn: give it its turn.
    await page.waitForTimeout(500);
    const seen = await drawn();
    expect(seen.order).toBe(seedOrder);
    expect(seen.visible).toBeGreaterThan(10);
    expect(seen.blank).toBe(false);
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });
});
