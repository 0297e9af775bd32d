// Graphs of other tools through the file chooser are drawn whole (issue 14):
// Gephi numbers nodes and edges both from 0, and the canvas drew only the
// edges whose id no node had (177 of miserables.graphml's 254) while the
// footer counted all of them. Files are read in place from ../shared/interop.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot, type AppPage } from './support/page.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../../shared/interop');
const hasInterop = existsSync(path.join(INTEROP, 'SOURCES.md'));

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  if (!hasInterop) return;
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
});

async function choose(file: string): Promise<void> {
  const panel = page.getByRole('button', { name: /^Your articles/ });
  if (!(await page.locator('[data-testid="add-files"]').count())) await panel.click();
  await page.locator('[data-testid="add-files"]').setInputFiles({ name: file, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(INTEROP, file)) });
  // The dialog opened to reach the chooser is closed, as a user would, to see the graph.
  if (await page.locator('dialog.your-articles[open]').count()) await page.getByRole('button', { name: 'Close your articles' }).click();
}

/** The graph's nodes and edges (those between drawn nodes) and what the canvas holds. */
const counts = () =>
  page.evaluate(() => {
    const { cy, graph } = window.kg!;
    const drawn = (key: string) => graph.getNodeAttribute(key, 'kind') !== 'document';
    return {
      nodes: graph.filterNodes(drawn).length,
      edges: graph.filterEdges((_k, _a, s, t) => drawn(s) && drawn(t)).length,
      cyNodes: cy.nodes().length,
      cyEdges: cy.edges().length,
    };
  });

describe.skipIf(!hasInterop)('graphs of other tools, drawn whole (../shared/interop; skipped when absent)', () => {
  it.each([
    { file: 'G02-gephi-export-miserables.graphml', nodes: 77, edges: 254 },
    { file: 'G01-gephi-airlines.graphml', nodes: 235, edges: 2101 },
    { file: 'J04-cytoscapejs-elements-array.json', nodes: 21, edges: 593 },
  ])('$file: the canvas holds all $edges edges, and clicking one whose id a node also has shows its details', async ({ file, nodes, edges }) => {
    await choose(file);
    await page.waitForFunction((n) => window.kg?.graph.order === n && document.documentElement.dataset.kgReady === 'true', nodes, { timeout: 60_000 });
    const seen = await counts();
    expect(seen).toEqual({ nodes, edges, cyNodes: nodes, cyEdges: edges });
    // What is shown is said: the file's name in the header and the status line, no seed article listed.
    await expect.poll(() => page.locator('h1 .corpus').textContent()).toBe(file);
    expect(await page.locator('.summary').textContent()).toContain(`imported graph ${file}`);
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    expect(await sidebar.getByText(`The imported graph ${file}`, { exact: false }).count()).toBe(1);
    expect(await sidebar.getByRole('button', { name: /^Read / }).count()).toBe(0);

    // A point on an edge whose graph key is also a node's (every edge of a Gephi file), as far as can be from other nodes and edges.
    const target = await page.evaluate(() => {
      const { cy, graph } = window.kg!;
      type P = { x: number; y: number };
      const toSegment = (p: P, a: P, b: P) => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const edges = cy.edges(':visible').filter((e) => !e.isLoop()).toArray() as EdgeSingular[];
      const nodes = cy.nodes(':visible').toArray() as NodeSingular[];
      const clashing = edges.filter((e) => graph.hasNode(String(e.data('key'))));
      const box = cy.container()!.getBoundingClientRect();
      // A user clicks what they see: not a point under the import notice or a panel.
      const onCanvas = (p: P) => cy.container()!.contains(document.elementFromPoint(box.left + p.x, box.top + p.y));
      let best = { clearance: -Infinity, point: { x: 0, y: 0 }, edge: edges[0]! };
      for (const edge of (clashing.length ? clashing : edges).slice(0, 400)) {
        const a = edge.source().renderedPosition();
        const b = edge.target().renderedPosition();
        for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
          const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          if (!onCanvas(p)) continue;
          let clearance = Math.min(...nodes.map((n) => Math.hypot(p.x - n.renderedPosition().x, p.y - n.renderedPosition().y) - n.renderedOuterWidth() / 2));
          for (const other of edges) {
            if (other.same(edge) || (other.source().same(edge.source()) && other.target().same(edge.target()))) continue;
            clearance = Math.min(clearance, toSegment(p, other.source().renderedPosition(), other.target().renderedPosition()));
          }
          if (clearance > best.clearance) best = { clearance, point: p, edge };
        }
      }
      const key = String(best.edge.data('key'));
      const [source, target] = graph.extremities(key).map((n) => graph.getNodeAttribute(n, 'label'));
      return { x: box.left + best.point.x, y: box.top + best.point.y, clearance: best.clearance, clashes: graph.hasNode(key), source, target };
    });
    expect(target.clearance, 'a point on an edge clear of the others').toBeGreaterThan(3);
    if (file.startsWith('G0')) expect(target.clashes, 'a Gephi edge id that is also a node id').toBe(true);
    await page.mouse.click(target.x, target.y);
    const panel = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => panel.locator('.kind').first().textContent({ timeout: 1_000 }).catch(() => null), { timeout: 10_000 }).toBe('Connection');
    const ends = (await panel.locator('.ends').textContent()) ?? '';
    expect(ends).toContain(target.source);
    expect(ends).toContain(target.target);
    await shot(page, `80-interop-${file.slice(0, 3)}-edge`);
  });
});
