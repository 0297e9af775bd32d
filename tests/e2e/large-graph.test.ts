// A big graph (generated articles) opens the way big graphs do: laid out by
// ForceAtlas2 in the worker, all of it drawn, spread out rather than piled up,
// nodes without edges in rows below the drawing, and it pans under the mouse.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { NodeSingular } from 'cytoscape';
import { buildGraph } from '../../src/core/index.ts';
import { toJSON } from '../../src/core/io/json.ts';
import { toCytoscapeElements } from '../../src/view/elements.ts';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';

let browser: Browser;
let asset = '';
let drawnNodes = 0;

beforeAll(async () => {
  const docs = [];
  for await (const a of generateCorpus({ docs: 200, seed: 5 })) docs.push({ id: a.name, text: a.text });
  const graph = buildGraph(docs);
  asset = toJSON(graph);
  drawnNodes = toCytoscapeElements(graph).filter((e) => e.group === 'nodes').length;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a big graph', () => {
  it('is laid out in the worker, spread out, lone nodes below, and pans', async () => {
    expect(drawnNodes).toBeGreaterThan(1000);
    const { page, errors } = await openApp(browser, inject('baseURL'), { graphAsset: asset });
    await shot(page, '40-large-graph');
    expect(await page.getByLabel('Layout').inputValue()).toBe('forceatlas2');
    const seen = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const nodes = cy.nodes().toArray() as NodeSingular[];
      const connected = nodes.filter((n) => n.degree(false) > 0);
      const lone = nodes.filter((n) => n.degree(false) === 0);
      const boxes = connected.map((n) => n.renderedBoundingBox({ includeLabels: false }));
      // Nodes drawn on top of another node, as the user sees them at the fitted zoom.
      let covered = 0;
      boxes.forEach((a, i) => {
        const cx = (a.x1 + a.x2) / 2;
        const cyy = (a.y1 + a.y2) / 2;
        if (boxes.some((b, j) => j !== i && cx > b.x1 && cx < b.x2 && cyy > b.y1 && cyy < b.y2)) covered++;
      });
      const extent = cy.extent();
      return {
        nodes: cy.nodes().length,
        covered: covered / boxes.length,
        lone: lone.length,
        loneBelow: lone.every((n) => n.position('y') > Math.max(...connected.map((c) => c.position('y')))),
        allInView: nodes.every((n) => n.position('x') >= extent.x1 && n.position('x') <= extent.x2 && n.position('y') >= extent.y1 && n.position('y') <= extent.y2),
        pan: cy.pan(),
      };
    });
    expect(seen.nodes).toBe(drawnNodes);
    expect(seen.allInView).toBe(true);
    expect(seen.covered).toBeLessThan(0.3);
    expect(seen.lone).toBeGreaterThan(0);
    expect(seen.loneBelow).toBe(true);
    // What is drawn where: at the centre of each lone node (nothing else is
    // drawn there), the colour of its kind, whether the frame was drawn plainly
    // or from Cytoscape's cached picture.
    const centres = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
      const ratio = canvas.width / cy.width();
      const lone = (cy.nodes().toArray() as NodeSingular[]).filter((n) => n.degree(false) === 0).slice(0, 12);
      return lone.map((n) => {
        const p = n.renderedPosition();
        const px = Array.from(canvas.getContext('2d')!.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data);
        return { px, fill: String(n.style('background-color')) };
      });
    });
    const rgb = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
    const matching = centres.filter(({ px, fill }) => rgb(fill).every((c, i) => Math.abs(c - px[i]!) <= 40) && px[3]! > 200);
    expect(matching.length).toBeGreaterThanOrEqual(10);
    // Filters restyle a big graph a slice at a time: all meetings go, and come back,
    // also when the box is ticked again before the first change is done.
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    const meetingsShown = () => page.evaluate(() => window.kg!.cy.nodes('[kind = "meeting"]:visible').length);
    const meetings = await meetingsShown();
    const hidden = () => page.evaluate(() => window.kg!.cy.elements('.hidden').length);
    expect(await hidden()).toBe(0);
    expect(meetings).toBeGreaterThan(500);
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).uncheck();
    await expect.poll(meetingsShown).toBe(0);
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).check();
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).uncheck();
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).check();
    await expect.poll(meetingsShown).toBe(meetings);
    await expect.poll(hidden).toBe(0);

    // A press on a node of a big graph pans the view too (nodes are not draggable one by one).
    await page.mouse.move(700, 420);
    await page.mouse.down();
    await page.mouse.move(820, 480, { steps: 8 });
    await page.mouse.up();
    const pan = await page.evaluate(() => window.kg!.cy.pan());
    expect(Math.round(pan.x - seen.pan.x)).toBe(120);
    expect(Math.round(pan.y - seen.pan.y)).toBe(60);

    // The pointer finds nodes (big graphs look them up in a grid): zoomed in
    // where nodes are apart, a hover names the node under it and a click
    // selects it: the details panel names it, and its highlight is drawn over it.
    const target = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const nodes = (cy.nodes().toArray() as NodeSingular[]).filter((x) => x.degree(false) > 0);
      const n = nodes.sort((a, b) => a.position('x') - b.position('x'))[Math.floor(nodes.length / 3)]!;
      cy.zoom({ level: 1.5, position: n.position() });
      cy.center(n);
      const box = cy.container()!.getBoundingClientRect();
      const p = n.renderedPosition();
      // A little off the centre: Cytoscape's point-in-star test misses a star's exact centre.
      return { id: n.id(), label: String(n.data('label')), x: box.left + p.x + 2, y: box.top + p.y + 2 };
    });
    await page.mouse.move(target.x - 30, target.y - 30);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(target.label);
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe(target.label);
    await page.waitForTimeout(200);
    await shot(page, '41-large-graph-selected');
    const ring = await page.evaluate((id) => {
      const n = window.kg!.cy.getElementById(id) as NodeSingular;
      const overlay = document.querySelector<HTMLCanvasElement>('canvas.kg-highlights')!;
      const ratio = overlay.width / window.kg!.cy.width();
      const p = n.renderedPosition();
      // Between the node's ring and the edge of its highlight disc, in eight directions.
      const r = n.renderedOuterWidth() / 2 + 6;
      return Array.from({ length: 8 }, (_, k) => {
        const [x, y] = [p.x + r * Math.cos((k * Math.PI) / 4), p.y + r * Math.sin((k * Math.PI) / 4)];
        return Array.from(overlay.getContext('2d')!.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data);
      });
    }, target.id);
    // The highlight yellow (#FACC15), give or take the rounding of a translucent pixel, all
    // round the node but where a neighbour's name or edge is drawn over it.
    const yellow = ring.filter((px) => [250, 204, 21].every((channel, i) => Math.abs(px[i]! - channel) <= 3) && px[3]! > 100);
    expect(yellow.length).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
