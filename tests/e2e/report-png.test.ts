// Less clutter and a report-ready PNG (issue 12, items 5 and 6), on the seed
// corpus: unconnected nodes hidden by default and revealed by a search; the
// PNG with a title, a legend of what it shows and a source line.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { buildGraph } from '../../src/core/index.ts';
import { readDocs } from '../../scripts/graph-asset.ts';
import { visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { legendOf } from '../../src/app/lib/report-text.ts';
import { KIND_STYLES, RELATION_STYLES } from '../../src/view/style.ts';
import { reportScale } from '../../src/view/image-export.ts';
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
    // Centred on the canvas once the view has moved to it.
    const offCentre = () =>
      page.evaluate((n) => {
        const cy = window.kg!.cy;
        const p = cy.getElementById(n).renderedPosition();
        return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
      }, id);
    await expect.poll(offCentre, { timeout: 3000 }).toBeLessThan(30);
    await shot(page, 'report-03-revealed');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(drawn).toBe(total - lone.length);
  });
});

/** Downloads a PNG of the current view at 2× on white, with or without the report band. */
async function exportView(report: boolean): Promise<Buffer> {
  const menu = page.getByRole('dialog', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
  await menu.getByRole('radio', { name: 'Current view' }).check();
  await menu.getByRole('radio', { name: '2×' }).check();
  await menu.getByRole('radio', { name: 'White' }).check();
  const box = menu.getByRole('checkbox', { name: /Title, legend and source/ });
  if (report) await box.check();
  else await box.uncheck();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG' }).click()]);
  return (await readDownload(download)).bytes;
}

interface Found {
  colour: string;
  /** Box of the pixels of exactly this colour below row `from`, or null. */
  box: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Decodes the PNG in the page and finds where each colour is drawn below row `from`. */
async function findColours(bytes: Buffer, from: number, colours: string[]): Promise<Found[]> {
  return page.evaluate(
    async ({ b64, from, colours }) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      const bmp = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(0, from, bmp.width, bmp.height - from).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const boxes = colours.map(() => null as { x1: number; y1: number; x2: number; y2: number } | null);
      for (let p = 0; p < d.length; p += 4) {
        const k = rgb.findIndex(([r, g, b]) => d[p] === r && d[p + 1] === g && d[p + 2] === b && d[p + 3] === 255);
        if (k < 0) continue;
        const x = (p / 4) % bmp.width;
        const y = Math.floor(p / 4 / bmp.width) + from;
        const b = boxes[k];
        boxes[k] = b ? { x1: Math.min(b.x1, x), y1: Math.min(b.y1, y), x2: Math.max(b.x2, x), y2: Math.max(b.y2, y) } : { x1: x, y1: y, x2: x, y2: y };
      }
      return colours.map((colour, i) => ({ colour, box: boxes[i]! }));
    },
    { b64: bytes.toString('base64'), from, colours },
  );
}

describe('the report PNG', () => {
  it('adds a title, a legend of what is shown and a source under the graph', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    await sidebar().getByRole('checkbox', { name: /Organizations/ }).uncheck();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const plain = await exportView(false);
    const report = await exportView(true);
    writeFileSync(path.join(SHOTS, 'report-view-2x-plain.png'), plain);
    writeFileSync(path.join(SHOTS, 'report-view-2x-legend.png'), report);
    const p = pngSize(plain);
    const r = pngSize(report);
    expect(r.width).toBe(p.width);
    expect(r.height).toBeGreaterThan(p.height + 100);
    await shot(page, 'report-04-export-menu');

    // The legend lists what the view shows: the filters' view of the graph, all of it fitted in the window.
    const f: FilterSettings = {
      kinds: new Set(DRAWN_KINDS.filter((k) => k !== 'organization')),
      statuses: new Set(MEETING_STATUSES),
      articles: null,
      hideUnconnected: true,
    };
    const legend = legendOf(graph, visibleElements(graph, f));
    const kinds = legend.flatMap((e) => ('kind' in e && (!e.status || e.status === 'held') ? [KIND_STYLES[e.kind].fill] : []));
    const solid = legend.flatMap((e) => ('relation' in e && RELATION_STYLES[e.relation].line === 'solid' ? [RELATION_STYLES[e.relation].color] : []));
    expect(kinds).not.toContain(KIND_STYLES.organization.fill);
    const found = await findColours(report, p.height, [...kinds, ...solid, KIND_STYLES.organization.fill]);
    const marks = found.slice(0, kinds.length);
    // Each kind's mark: its fill colour in a shape 16 CSS px across (at 2×, and larger for a wide image), in the band under the graph.
    const side = 16 * 2 * reportScale(p.width / 2);
    for (const m of marks) {
      expect(m.box, m.colour).not.toBeNull();
      expect(m.box!.x2 - m.box!.x1, m.colour).toBeGreaterThan(side / 2);
      expect(m.box!.x2 - m.box!.x1, m.colour).toBeLessThanOrEqual(side);
      expect(m.box!.y2 - m.box!.y1, m.colour).toBeLessThanOrEqual(side);
      expect(m.box!.y1).toBeGreaterThan(p.height);
    }
    // In the legend's order, left to right along a row.
    for (let i = 1; i < marks.length; i++) {
      const [a, b] = [marks[i - 1]!.box!, marks[i]!.box!];
      expect(b.y1 > a.y2 || (Math.abs(b.y1 - a.y1) < 12 && b.x1 > a.x2), `${marks[i]!.colour} after ${marks[i - 1]!.colour}`).toBe(true);
    }
    // Solid relation lines drawn below the kinds' marks.
    for (const line of found.slice(kinds.length, kinds.length + solid.length)) {
      expect(line.box, line.colour).not.toBeNull();
      expect(line.box!.y1).toBeGreaterThan(marks[marks.length - 1]!.box!.y1);
    }
    // Organizations are filtered out: not in the legend.
    expect(found.at(-1)!.box).toBeNull();
  });

  it('a whole-graph export with the band is as wide as the graph or the band', async () => {
    const menu = page.getByRole('dialog', { name: 'Export' });
    if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
    await menu.getByRole('radiogroup', { name: 'Region' }).getByRole('radio', { name: 'Whole graph' }).check();
    await menu.getByRole('checkbox', { name: /Title, legend and source/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG' }).click()]);
    const { bytes } = await readDownload(download);
    writeFileSync(path.join(SHOTS, 'report-full-2x-legend.png'), bytes);
    const size = pngSize(bytes);
    const bb = await page.evaluate(() => {
      const b = window.kg!.cy.elements().boundingBox();
      return { w: Math.ceil(b.w), h: Math.ceil(b.h) };
    });
    expect(size.width).toBe(Math.floor((bb.w + 48) * 2));
    expect(size.height).toBeGreaterThan((bb.h + 48) * 2);
    expect(app.errors).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset' }).click();
  });
});
