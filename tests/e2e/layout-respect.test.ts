// A layout that respects the user: pasting an article keeps cose-bilkent and
// every node already drawn where it was, the new nodes next to a neighbour;
// a layout picked in the menu comes back after a reload; the menu is there at
// every window width.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';
import { closePanel, openPanel, paste } from './support/articles.ts';

const TITLE = 'Macron hosts Scholz in Paris';
const BODY = 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Sunday. The two leaders held talks at the Elysee Palace about the war in Ukraine. Government spokesman Olivier Veran said the meeting was productive.';

type Positions = Record<string, { x: number; y: number }>;

const positions = (page: Page): Promise<Positions> =>
  page.evaluate(() => Object.fromEntries(window.kg!.cy.nodes().map((n) => [n.id(), { ...n.position() }])));

const layoutMenu = (page: Page) => page.getByRole('combobox', { name: 'Layout' });

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('a layout that respects the user', () => {
  it('adding an article keeps cose-bilkent and the old nodes in place; a picked layout comes back after a reload', async () => {
    const { page, errors } = await openApp(browser, inject('baseURL'), { width: 1280, height: 800 });
    expect(await layoutMenu(page).inputValue()).toBe('cose-bilkent');
    const before = await positions(page);
    await shot(page, '90-respect-seeds');

    await openPanel(page);
    await paste(page, TITLE, BODY, '2023-01-22');
    await closePanel(page);
    await page.waitForSelector('html[data-kg-ready]');
    expect(await layoutMenu(page).inputValue()).toBe('cose-bilkent');
    const after = await positions(page);
    const oldIds = Object.keys(before).filter((id) => id in after);
    const moves = oldIds.map((id) => Math.hypot(after[id]!.x - before[id]!.x, after[id]!.y - before[id]!.y));
    const maxMove = Math.max(...moves);
    // Each new node with an edge ends up near one of its neighbours.
    const added = await page.evaluate(
      (old) =>
        window.kg!.cy
          .nodes()
          .filter((n) => !old.includes(n.id()) && n.connectedEdges().length > 0)
          .map((n) => ({ id: n.id(), label: String(n.data('label')), neighbours: n.neighborhood('node').map((m) => m.id()) })),
      oldIds,
    );
    const fresh = added.map((n) => {
      const p = after[n.id]!;
      return { label: n.label, nearest: Math.min(...n.neighbours.map((m) => Math.hypot(after[m]!.x - p.x, after[m]!.y - p.y))) };
    });
    const took = await page.evaluate(() => performance.getEntriesByName('kg:incremental-layout').map((m) => m.duration));
    console.log(`incremental layout: ${oldIds.length} old + ${Object.keys(after).length - oldIds.length} new nodes, old nodes moved at most ${maxMove.toFixed(2)} px, new nodes' nearest neighbour at most ${Math.max(...fresh.map((f) => f.nearest)).toFixed(0)} px, settled in ${took.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(oldIds.length).toBe(Object.keys(before).length);
    expect(fresh.length).toBeGreaterThan(2);
    expect(maxMove).toBeLessThan(1);
    for (const f of fresh) expect(f.nearest, f.label).toBeLessThan(250);
    await shot(page, '91-respect-article-added');

    // The user's pick, kept across a reload and drawn with.
    await layoutMenu(page).selectOption('circle');
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    await page.waitForFunction(() => window.kg?.graph.someNode((id) => id.includes('macron')) || (window.kg?.cy.nodes().length ?? 0) > 82);
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    expect(await layoutMenu(page).inputValue()).toBe('circle');
    const ring = await page.evaluate(() => {
      const ps = window.kg!.cy.nodes().map((n) => n.position());
      const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
      const cy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
      const r = ps.map((p) => Math.hypot(p.x - cx, p.y - cy));
      return { min: Math.min(...r), max: Math.max(...r) };
    });
    // On a circle: every node at the same distance from the middle.
    expect(ring.max - ring.min).toBeLessThan(ring.max * 0.02);
    await shot(page, '92-respect-circle-after-reload');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const width of [420, 1280, 1920]) {
    it(`at ${width} px wide the layout menu is on screen and changes the layout`, async () => {
      const { page, errors } = await openApp(browser, inject('baseURL'), { width, height: 860 });
      const menu = layoutMenu(page);
      const box = (await menu.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await menu.selectOption('grid');
      expect(await menu.inputValue()).toBe('grid');
      // A grid: few distinct rows for many nodes.
      const rows = await page.evaluate(() => new Set(window.kg!.cy.nodes().map((n) => Math.round(n.position('y')))).size);
      const nodes = await page.evaluate(() => window.kg!.cy.nodes().length);
      expect(rows).toBeLessThan(nodes / 3);
      const toolbar = await page.locator('header.top').boundingBox();
      console.log(`${width} px: toolbar ${toolbar?.height.toFixed(0)} px high, layout menu at ${box.x.toFixed(0)},${box.y.toFixed(0)}`);
      await shot(page, `93-respect-menu-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
