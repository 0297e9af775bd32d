// The explorer on the seed corpus, driven as a person would: look, search,
// click on the canvas, read the evidence, export.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { buildGraph } from '../../src/core/index.ts';
import { importGraphFile } from '../../src/core/io/foreign.ts';
import { readDocs } from '../../scripts/graph-asset.ts';
import { FULL_PADDING } from '../../src/view/image-export.ts';
import { visibleElements } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { MEETING_STATUSES } from '../../src/core/schema.ts';
import { launchChromium } from './support/browser.ts';
import { ROOT } from './support/server.ts';
import { SHOTS, nodeScreenPosition, openApp, pngSize, readDownload, shot, type AppPage } from './support/page.ts';

let browser: Browser;
let app: AppPage;
let page: Page;
let expectedNodes: number;
/** Drawn nodes without an edge to another: hidden at first ("Hide unconnected" is on when they are over a quarter). */
let expectedLone: number;

beforeAll(async () => {
  const graph = buildGraph(await readDocs(path.join(ROOT, 'seeds')));
  expectedNodes = graph.filterNodes((_id, a) => a.kind !== 'document').length;
  expectedLone = visibleElements(graph, { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null }).unconnected.size;
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
});

const details = () => page.getByRole('region', { name: 'Details' });

describe('the explorer on the seed corpus', () => {
  it('renders as many nodes as the core builds, fitted into the window', async () => {
    await shot(page, '01-loaded');
    const state = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const box = cy.container()!.getBoundingClientRect();
      const visible = cy.nodes(':visible');
      const inside = visible.filter((n) => {
        const p = n.renderedPosition();
        return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
      });
      let overlaps = 0;
      const boxes = visible.map((n) => n.boundingBox({ includeLabels: false }));
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
        }),
      );
      const labelPx = parseFloat(String(visible[0]?.style('font-size') ?? '0')) * cy.zoom();
      return { nodes: cy.nodes().length, visible: visible.length, inside: inside.length, overlaps, labelPx };
    });
    expect(expectedNodes).toBeGreaterThan(0);
    expect(state.nodes).toBe(expectedNodes);
    expect(state.visible).toBe(expectedNodes - expectedLone);
    expect(state.inside).toBe(expectedNodes - expectedLone);
    expect(state.overlaps).toBe(0);
    // Labels drawn at 8 px or more on screen.
    expect(state.labelPx).toBeGreaterThanOrEqual(8);
    expect(app.errors).toEqual([]);
    expect(await page.locator('.summary').textContent()).toContain(`${expectedNodes} node`);
  });

  it('searches "Peskov": Enter selects him and shows an excerpt with "Peskov" highlighted', async () => {
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: 'Search' });
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.pressSequentially('Peskov', { delay: 20 });
    await page.getByRole('option', { name: /Peskov/ }).first().waitFor();
    await shot(page, '02-search-peskov');
    await search.press('Enter');
    const panel = details();
    await panel.waitFor();
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/Peskov/);
    const marks = panel.locator('.excerpt mark', { hasText: 'Peskov' });
    await marks.first().waitFor();
    expect(await marks.count()).toBeGreaterThan(0);
    // The selection is centred on the canvas.
    const offCentre = () =>
      page.evaluate(() => {
        const cy = window.kg!.cy;
        const sel = cy.nodes('.selected');
        if (sel.length !== 1) return Infinity;
        const p = sel[0]!.renderedPosition();
        return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2);
      });
    await expect.poll(offCentre, { timeout: 3000 }).toBeLessThan(30);
    await shot(page, '03-peskov-details');
  });

  it('Escape clears the selection and the canvas takes the freed width', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'detached' });
    await page.waitForTimeout(100);
    const size = await page.evaluate(() => {
      const cy = window.kg!.cy;
      return { cy: cy.width(), box: cy.container()!.getBoundingClientRect().width, selected: cy.nodes('.selected').length };
    });
    expect(size.selected).toBe(0);
    expect(Math.abs(size.cy - size.box)).toBeLessThanOrEqual(1);
  });

  it('clicking the Helsinki node on the canvas shows its evidence', async () => {
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(200);
    const at = await nodeScreenPosition(page, 'Helsinki');
    expect(at, 'a node labelled Helsinki').not.toBeNull();
    await page.mouse.move(at!.x, at!.y);
    await page.getByRole('tooltip').waitFor();
    expect(await page.getByRole('tooltip').textContent()).toMatch(/Helsinki.*Venue/s);
    await shot(page, '04-hover-helsinki');
    await page.mouse.click(at!.x, at!.y);
    const panel = details();
    await panel.waitFor();
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('Helsinki');
    const marks = panel.locator('.excerpt mark', { hasText: /Helsinki/i });
    expect(await marks.count()).toBeGreaterThan(0);
    // Canvas size follows the panel.
    const size = await page.evaluate(() => ({ cy: window.kg!.cy.width(), box: window.kg!.cy.container()!.getBoundingClientRect().width }));
    expect(Math.abs(size.cy - size.box)).toBeLessThanOrEqual(1);
    await shot(page, '05-helsinki-details');
  });

  it('clicking a connection shows the evidence of that edge', async () => {
    await details().getByRole('button', { name: /^\d+ excerpts? for/ }).first().click();
    const panel = details();
    await expect.poll(() => panel.locator('.kind').first().textContent()).toBe('Connection');
    expect(await panel.locator('.excerpt mark').count()).toBeGreaterThan(0);
    const selected = await page.evaluate(() => window.kg!.cy.edges('.selected').length);
    expect(selected).toBe(1);
    await shot(page, '05b-edge-details');
    await panel.locator('.ends').getByRole('button', { name: 'Helsinki', exact: true }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Helsinki');
  });

  it('"Open article" shows the whole article with the evidence in view', async () => {
    await details().getByRole('button', { name: 'Open article' }).first().click();
    const dialog = page.getByRole('dialog', { name: /./ }).filter({ has: page.locator('[data-testid="article-text"]') });
    await dialog.waitFor();
    const sentence = dialog.locator('.sentence');
    expect(await sentence.locator('mark').first().textContent()).toMatch(/Helsinki/i);
    const inView = await sentence.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const body = el.closest('.body')!.getBoundingClientRect();
      return r.top >= body.top - 1 && r.top <= body.bottom;
    });
    expect(inView).toBe(true);
    await shot(page, '06-article');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // Escape closed the article only; the selection stays.
    await details().waitFor();
  });

  it('filters by kind and focuses on a neighbourhood', async () => {
    const before = await page.evaluate(() => window.kg!.cy.nodes(':visible').length);
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).uncheck();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.nodes('[kind = "meeting"]:visible').length)).toBe(0);
    expect(await page.evaluate(() => window.kg!.cy.nodes(':visible').length)).toBeLessThan(before);
    await shot(page, '07-filter-no-meetings');
    await sidebar.getByRole('checkbox', { name: /Meetings/ }).check();
    await page.getByRole('radio', { name: '1 hop' }).click();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.nodes('.faded').length)).toBeGreaterThan(0);
    const focus = await page.evaluate(() => ({ faded: window.kg!.cy.nodes('.faded:visible').length, bright: window.kg!.cy.nodes(':visible').not('.faded').length }));
    expect(focus.bright).toBeGreaterThan(1);
    expect(focus.faded + focus.bright).toBe(before);
    await shot(page, '08-focus-1-hop');
    await page.getByRole('radio', { name: 'Off' }).click();
  });

  it('exports a PNG of the whole graph whose size matches the scale chosen', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.waitFor();
    await menu.getByRole('radiogroup', { name: 'Region' }).getByRole('radio', { name: 'Whole graph' }).check();
    await menu.getByRole('radio', { name: '3×' }).check();
    await menu.getByRole('radio', { name: 'Transparent' }).check();
    // The graph alone: the report band is tested in report-png.test.ts.
    await menu.getByRole('checkbox', { name: /Title, legend and source/ }).uncheck();
    await shot(page, '09-export-menu');
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/^seeds-knowledge-graph-full-3x-transparent-\d{4}-\d{2}-\d{2}\.png$/);
    writeFileSync(path.join(SHOTS, 'export-full-3x-transparent.png'), bytes);
    const size = pngSize(bytes);
    const bb = await page.evaluate(() => {
      const b = window.kg!.cy.elements().boundingBox();
      return { w: Math.ceil(b.w), h: Math.ceil(b.h) };
    });
    // The whole graph with a margin of FULL_PADDING CSS pixels all round.
    expect(size.width).toBe(Math.floor((bb.w + 2 * FULL_PADDING) * 3));
    expect(size.height).toBe(Math.floor((bb.h + 2 * FULL_PADDING) * 3));
    const pixels = await inkOf(page, bytes);
    expect(pixels.corner).toBe(0); // transparent background
    expect(pixels.ink).toBeGreaterThan(0.01); // not blank
  });

  it('exports a PNG of the current view at 2× with a white background', async () => {
    const menu = page.getByRole('dialog', { name: 'Export' });
    if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
    await menu.getByRole('radio', { name: 'Current view' }).check();
    await menu.getByRole('radio', { name: '2×' }).check();
    await menu.getByRole('radio', { name: 'White' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/^seeds-knowledge-graph-view-2x-\d{4}-\d{2}-\d{2}\.png$/);
    writeFileSync(path.join(SHOTS, 'export-view-2x-white.png'), bytes);
    const view = await page.evaluate(() => window.kg!.cy.container()!.getBoundingClientRect());
    expect(pngSize(bytes)).toEqual({ width: Math.floor(view.width * 2), height: Math.floor(view.height * 2) });
    const pixels = await inkOf(page, bytes);
    expect(pixels.corner).toBe(255);
    expect(pixels.ink).toBeGreaterThan(0.005);
    await shot(page, '10-export-done');
  });

  it('exports GraphML that parses back into the same graph', async () => {
    const menu = page.getByRole('dialog', { name: 'Export' });
    if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export' }).click();
    await menu.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'Whole graph' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'GraphML' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/^seeds-knowledge-graph-whole-\d{4}-\d{2}-\d{2}\.graphml$/);
    const text = bytes.toString('utf8');
    // The sentences travel beside the offsets; reading the file back removes them again.
    expect(text).toContain('attr.name="evidence_text"');
    const parsed = importGraphFile(text, name).graph;
    const shown = await page.evaluate(() => window.kg!.graph.export());
    expect(canonical(parsed.export())).toEqual(canonical(shown));
  });

  it('exports what is shown when a filter is on', async () => {
    await page.keyboard.press('Escape');
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await sidebar.getByRole('checkbox', { name: /Venues/ }).uncheck();
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByRole('radio', { name: 'What is shown' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'JSON' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/^seeds-knowledge-graph-shown-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(bytes.toString('utf8')) as { nodes: { attributes: { kind: string } }[] };
    const visible = await page.evaluate(() => window.kg!.cy.nodes(':visible').length);
    expect(data.nodes.length).toBe(visible);
    expect(data.nodes.some((n) => n.attributes.kind === 'venue')).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reset' }).click();
  });
});

/** Order-independent form of a serialized graph, for comparing two of them. */
function canonical(data: { nodes: { key: string; attributes?: object }[]; edges: { key?: string; source: string; target: string; attributes?: object }[] }) {
  return {
    nodes: [...data.nodes].map((n) => ({ key: n.key, attributes: n.attributes ?? {} })).sort((a, b) => a.key.localeCompare(b.key)),
    edges: [...data.edges]
      .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes ?? {} }))
      .sort((a, b) => `${a.source}|${a.target}|${a.key}`.localeCompare(`${b.source}|${b.target}|${b.key}`)),
  };
}

/** Decodes the PNG in the page: share of non-background pixels, and the top-left pixel's alpha (or red for white). */
async function inkOf(page: Page, bytes: Buffer): Promise<{ ink: number; corner: number }> {
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      const blank = d[i + 3] === 0 || (d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255);
      if (!blank) ink++;
    }
    const corner = d[3] === 0 ? 0 : d[0]!;
    return { ink: ink / (d.length / 4), corner };
  }, bytes.toString('base64'));
}
