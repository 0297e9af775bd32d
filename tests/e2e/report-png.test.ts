// Less clutter and a report-ready PNG (issue 12, items 5 and 6), on the seed
// corpus: unconnected nodes hidden by default and revealed by a search; the
// PNG with a title, a legend of what it shows and a source line.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { buildGraph } from '../../src/core/index.ts';
import { readDocs } from '../../scripts/graph-asset.ts';
import { visibleElements } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { MEETING_STATUSES, type KnowledgeGraph } from '../../src/core/schema.ts';
import { launchChromium } from './support/browser.ts';
import { ROOT } from './support/server.ts';
import { SHOTS, openApp, pngSize, readDownload, shot, type AppPage } from './support/page.ts';

let browser: Browser;
let app: AppPage;
let page: Page;
let graph: KnowledgeGraph;
let lone: string[];

beforeAll(async () => {
  graph = buildGraph(await readDocs(path.join(ROOT, 'seeds')));
  lone = [...visibleElements(graph, { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null }).unconnected];
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
});

const sidebar = () => page.getByRole('complementary', { name: 'Legend and filters' });
const toggle = () => sidebar().getByRole('checkbox', { name: /Hide unconnected/ });
const drawn = () => page.evaluate(() => window.kg!.cy.nodes(':visible').length);
const summary = () => page.locator('.summary').textContent();

/** The box the given nodes take with their labels, in model pixels, and the whole visible graph's. */
async function areas(ids: readonly string[]): Promise<{ lone: { w: number; h: number }; all: { w: number; h: number } }> {
  return page.evaluate((wanted) => {
    const cy = window.kg!.cy;
    const of = (c: ReturnType<typeof cy.nodes>) => {
      const b = c.boundingBox({ includeLabels: true });
      return { w: Math.round(b.w), h: Math.round(b.h) };
    };
    return { lone: of(cy.nodes().filter((n) => wanted.includes(n.id()))), all: of(cy.nodes(':visible')) };
  }, ids);
}

describe('hide unconnected', () => {
  it('hides the unconnected seed nodes by default: canvas, status line and toggle agree', async () => {
    const total = graph.filterNodes((_id, a) => a.kind !== 'document').length;
    expect(lone.length).toBeGreaterThan(total / 4);
    await expect(toggle().isChecked()).resolves.toBe(true);
    const label = await toggle().locator('xpath=..').textContent();
    expect(label?.replace(/\s+/g, ' ').trim()).toBe(`Hide unconnected ${lone.length}`);
    expect(await drawn()).toBe(total - lone.length);
    expect(await summary()).toContain(`${total - lone.length} of ${total} nodes`);
    expect(await summary()).toContain(`${lone.length} unconnected hidden`);
    await shot(page, 'report-01-unconnected-hidden');
  });

  it('shows them packed by kind when unticked', async () => {
    const total = graph.filterNodes((_id, a) => a.kind !== 'document').length;
    await toggle().uncheck();
    await expect.poll(drawn).toBe(total);
    expect(await summary()).not.toContain('unconnected hidden');
    const a = await areas(lone);
    console.log(`unconnected nodes: ${a.lone.w} × ${a.lone.h} px of ${a.all.w} × ${a.all.h} (${((100 * a.lone.w * a.lone.h) / (a.all.w * a.all.h)).toFixed(0)} % of the box)`);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await shot(page, 'report-02-unconnected-shown');
    await toggle().check();
    await expect.poll(drawn).toBe(total - lone.length);
  });

  it('a search for a hidden unconnected node reveals it, and only it', async () => {
    const total = graph.filterNodes((_id, a) => a.kind !== 'document').length;
    const id = lone.find((n) => graph.getNodeAttribute(n, 'kind') === 'country')!;
    const label = graph.getNodeAttribute(id, 'label');
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill(label);
    await page.getByRole('option', { name: new RegExp(label) }).first().waitFor();
    await search.press('Enter');
    await page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2, name: label }).waitFor();
    await expect.poll(() => page.evaluate((n) => window.kg!.cy.getElementById(n).visible(), id)).toBe(true);
    expect(await drawn()).toBe(total - lone.length + 1);
    await expect(toggle().isChecked()).resolves.toBe(true);
    expect(await toggle().locator('xpath=..').textContent()).toContain(String(lone.length - 1));
    await shot(page, 'report-03-revealed');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(drawn).toBe(total - lone.length);
  });
});
