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
    // A press on a node of a big graph pans the view too (nodes are not draggable one by one).
    await page.mouse.move(700, 420);
    await page.mouse.down();
    await page.mouse.move(820, 480, { steps: 8 });
    await page.mouse.up();
    const pan = await page.evaluate(() => window.kg!.cy.pan());
    expect(Math.round(pan.x - seen.pan.x)).toBe(120);
    expect(Math.round(pan.y - seen.pan.y)).toBe(60);

    // A click selects: the details panel names the node, and its highlight is drawn over it.
    const target = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const aim = { x: cy.width() / 3, y: cy.height() / 2 };
      const nodes = cy.nodes().toArray() as NodeSingular[];
      const distance = (n: NodeSingular) => Math.hypot(n.renderedPosition().x - aim.x, n.renderedPosition().y - aim.y);
      const n = nodes.filter((x) => x.degree(false) > 0).sort((a, b) => distance(a) - distance(b))[0]!;
      return { id: n.id(), label: String(n.data('label')) };
    });
    await page.evaluate((id) => window.kg!.cy.getElementById(id).emit('tap'), target.id);
    await expect.poll(() => page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).toBe(target.label);
    await page.waitForTimeout(200);
    const highlight = await page.evaluate((id) => {
      const n = window.kg!.cy.getElementById(id) as NodeSingular;
      const overlay = document.querySelector<HTMLCanvasElement>('canvas.kg-highlights')!;
      const ratio = overlay.width / window.kg!.cy.width();
      const p = n.renderedPosition();
      // Between the node's ring and the edge of its highlight disc.
      const x = Math.round((p.x + n.renderedOuterWidth() / 2 + 6) * ratio);
      return Array.from(overlay.getContext('2d')!.getImageData(x, Math.round(p.y * ratio), 1, 1).data);
    }, target.id);
    // The highlight yellow (#FACC15), give or take the rounding of a translucent pixel.
    [250, 204, 21].forEach((channel, i) => expect(Math.abs(highlight[i]! - channel)).toBeLessThanOrEqual(3));
    expect(highlight[3]).toBeGreaterThan(100);
    await shot(page, '41-large-graph-selected');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
