// The map: opened from the toolbar (its code fetched only then, nothing from
// another origin), a mark selects its meeting, a country or a box filters the
// graph to the meetings there, the filter is in the link, axe finds nothing
// in either theme, and it fits at 420, 1280 and 1920 px.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { ROOT } from './support/server.ts';
import { pngSize, readDownload } from './support/page.ts';

let browser: Browser;
let base: string;
const SHOTS = '/work/shots';

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseURL');
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(url: string, { width = 1280, height = 800, colorScheme = 'light' as 'light' | 'dark' } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return { page, requests, errors };
}

const mapButton = (page: Page) => page.getByRole('button', { name: /^Map/ });
async function openMap(page: Page): Promise<void> {
  await mapButton(page).click();
  await page.locator('.mark').first().waitFor();
  // The first framing of the places (a d3-zoom transform) has been applied.
  await page.waitForTimeout(300);
}
const mark = (page: Page, label: RegExp) => page.getByRole('button', { name: label }).and(page.locator('.mark'));
/** The middle of a mark's disc, on the page (its box includes its label). */
async function markCentre(page: Page, label: RegExp): Promise<[number, number]> {
  const box = (await mark(page, label).locator('circle.halo').boundingBox())!;
  return [box.x + box.width / 2, box.y + box.height / 2];
}
async function clickMark(page: Page, label: RegExp): Promise<void> {
  const [x, y] = await markCentre(page, label);
  await page.mouse.click(x, y);
}
const idOf = (page: Page, label: string) => page.evaluate((l) => window.kg!.graph.findNode((_id, a) => a.label === l)!, label);
const shownNodes = (page: Page) => page.evaluate(() => window.kg!.cy.nodes(':visible').map((n) => n.id()).sort());
const selected = (page: Page) => page.evaluate(() => window.kg!.cy.$('.selected').map((e) => e.id()));

/**
 * What a place filter should show, worked out here from the graph: the
 * meetings held at the venues, their drawn neighbours, the venues and the
 * places they lie in.
 */
const expectedFor = (page: Page, venues: string[], places: string[]) =>
  page.evaluate(
    ({ venues, places }) => {
      const g = window.kg!.graph;
      const out = new Set(places);
      g.forEachNode((m, a) => {
        if (a.kind !== 'meeting' || !g.outEdges(m).some((e) => g.getEdgeAttribute(e, 'relation') === 'held_at' && venues.includes(g.target(e)))) return;
        out.add(m);
        g.forEachNeighbor(m, (n, na) => void (na.kind !== 'document' && out.add(n)));
      });
      return [...out].sort();
    },
    { venues, places },
  );

describe('the map', () => {
  it('is fetched when opened, and nothing comes from another origin', async () => {
    const { page, requests, errors } = await open(base);
    expect(requests.filter((u) => /PlaceMap/.test(u))).toEqual([]);
    await openMap(page);
    expect(requests.filter((u) => /PlaceMap-.*\.js$/.test(u))).toHaveLength(1);
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    // The seeds' venues: Washington and the White House share a mark.
    const labels = await page.locator('.mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.sort()).toEqual(['Hamburg: 1 meeting', 'Helsinki: 1 meeting', 'Moscow: 1 meeting', 'Washington, White House: 3 meetings']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clicking Helsinki selects the Helsinki summit and shows its evidence', async () => {
    const { page } = await open(base);
    await openMap(page);
    await clickMark(page, /^Helsinki/);
    const summit = await page.evaluate(() => window.kg!.graph.findNode((_id, a) => a.kind === 'meeting' && /summit in Helsinki/.test(a.label))!);
    await expect.poll(() => selected(page)).toEqual([summit]);
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toMatch(/summit in Helsinki/);
    // The sentence the summit comes from, as the article has it.
    const evidence = await page.evaluate((id) => window.kg!.graph.getNodeAttribute(id, 'evidence')[0]!, summit);
    const sentence = readFileSync(path.join(ROOT, 'seeds', evidence.doc), 'utf8').slice(evidence.start, evidence.end).replace(/\s+/g, ' ');
    const excerpts = (await details.locator('.excerpt').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(excerpts.some((t) => t.includes(sentence.slice(0, 40)))).toBe(true);
    await page.context().close();
  });

  it('clicking a country filters the graph to the meetings there; the link and Clear bring it back', async () => {
    const { page } = await open(base);
    const everything = await shownNodes(page);
    await openMap(page);
    const [finland, helsinki] = [await idOf(page, 'Finland'), await idOf(page, 'Helsinki')];
    await page.locator('path.country', { has: page.locator('title', { hasText: /^Finland/ }) }).click();
    const want = await expectedFor(page, [helsinki], [finland, helsinki]);
    expect(want.length).toBeGreaterThan(3);
    await expect.poll(() => shownNodes(page)).toEqual(want);
    await expect(page.getByRole('status').filter({ hasText: 'The graph shows' }).textContent()).resolves.toMatch(/only the meetings in Finland \(1\)/);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.hash.slice(1)).getAll('p'))).toEqual([finland]);

    // The same address in a new page: the same filter, without opening the map.
    const other = (await open(page.url())).page;
    await expect.poll(() => shownNodes(other), { timeout: 10_000 }).toEqual(want);
    await other.context().close();

    await page.getByRole('button', { name: 'Clear place filter' }).click();
    await expect.poll(() => shownNodes(page)).toEqual(everything);
    await page.context().close();
  });

  it('a box (Select area, or Shift and drag) filters the graph to the places inside it', async () => {
    const { page } = await open(base);
    await openMap(page);
    const [washington, whiteHouse, us] = [await idOf(page, 'Washington'), await idOf(page, 'White House'), await idOf(page, 'United States')];
    const drag = async (label: RegExp, shift: boolean) => {
      const [x, y] = await markCentre(page, label);
      if (shift) await page.keyboard.down('Shift');
      await page.mouse.move(x - 25, y - 25);
      await page.mouse.down();
      await page.mouse.move(x, y, { steps: 4 });
      await page.mouse.move(x + 25, y + 25, { steps: 4 });
      await page.mouse.up();
      if (shift) await page.keyboard.up('Shift');
    };

    await page.getByRole('button', { name: 'Select area' }).click();
    await drag(/^Washington/, false);
    const want = await expectedFor(page, [washington, whiteHouse], [washington, whiteHouse, us]);
    await expect.poll(() => shownNodes(page)).toEqual(want);
    expect(want).toContain(await idOf(page, 'Sergey Lavrov'));

    await page.getByRole('button', { name: 'Pan', exact: true }).click();
    const hamburg = await idOf(page, 'Hamburg');
    await drag(/^Hamburg/, true);
    await expect.poll(() => shownNodes(page)).toEqual(await expectedFor(page, [hamburg], [hamburg, await idOf(page, 'Germany')]));
    await page.context().close();
  });

  it('saves the map as SVG and PNG, titled and with its sources', async () => {
    const { page } = await open(base);
    await openMap(page);
    await page.locator('path.country', { has: page.locator('title', { hasText: /^Finland/ }) }).click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the map as SVG' }).click()]);
    const { name, bytes } = await readDownload(svgDownload);
    expect(name).toMatch(/^seeds-knowledge-graph-map-\d{4}-\d\d-\d\d\.svg$/);
    const text = bytes.toString('utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(text).toContain('seeds — meetings by place; only the meetings in Finland');
    expect(text).toMatch(/Places and meetings from 5 articles of seeds; country shapes: Natural Earth/);
    expect(text).toContain('>Helsinki</text>');
    // Standalone: no class for a stylesheet to find, no CSS property left unresolved.
    expect(text).not.toMatch(/class=|var\(--/);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the map as PNG' }).click()]);
    const png = await readDownload(pngDownload);
    writeFileSync(`${SHOTS}/map-export.png`, png.bytes);
    const map = (await page.getByRole('group', { name: "World map of the graph's places" }).boundingBox())!;
    // Twice the map's size, with the title and source bands.
    expect(pngSize(png.bytes)).toEqual({ width: Math.round(map.width) * 2, height: (Math.round(map.height) + 36 + 26) * 2 });
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core with the map open in the ${colorScheme} theme`, async () => {
      const { page } = await open(base, { colorScheme });
      await openMap(page);
      await clickMark(page, /^Washington/);
      await page.getByRole('heading', { name: /^At Washington/ }).waitFor();
      const violations = await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  for (const [width, height] of [
    [420, 900],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    it(`fits at ${width} px wide, in both themes`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open(base, { width, height, colorScheme });
        await openMap(page);
        await clickMark(page, /^Helsinki/);
        await page.getByRole('region', { name: 'Details' }).waitFor();
        const pane = (await page.locator('#map-pane').boundingBox())!;
        expect(pane.width).toBeGreaterThan(width < 861 ? width - 2 : 300);
        expect(pane.x + pane.width).toBeLessThanOrEqual(width + 0.5);
        // Nothing runs off the side of the page, and the Map button keeps the toolbar to one row where it was one.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const toolbar = (await page.locator('header.top').boundingBox())!;
        if (width >= 1280) expect(toolbar.height).toBeLessThanOrEqual(51);
        await page.screenshot({ path: `${SHOTS}/map-${width}-${colorScheme}.png`, fullPage: width < 861 });
        await page.context().close();
      }
    });
  }
});
