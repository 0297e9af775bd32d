// The timeline under the graph, as a user drives it: it shows the seeds'
// dated meetings and a tray of the undated; brushing 2018 leaves only 2018's
// meetings and the people and places they involve on the canvas; a click on a
// mark selects its meeting; a selection in the graph lights its meetings; the
// range goes in the address and comes back from it; axe finds nothing wrong
// in either theme; it hides and shows at 420 px wide.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';
import { pngSize, readDownload } from './support/page.ts';
import { openPanel, report } from './support/articles.ts';
import { axisX, brush } from './support/timeline.ts';

let browser: Browser;
let base: string;
const SHOTS = '/work/shots';

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseURL');
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, { width = 1280, height = 800, colorScheme = 'light' as 'light' | 'dark' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  await page.locator('.timeline .layer').first().waitFor({ timeout: 15_000 });
  return page;
}

/**
 * Moves the timeline's keyboard focus to the mark whose name matches (Home,
 * then the right arrow) and returns the ring drawn round it, in page pixels.
 */
async function focusMark(page: Page, name: RegExp): Promise<{ x: number; y: number; width: number; height: number; id: string }> {
  const keys = page.locator('.timeline .keys');
  await keys.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 50 && !name.test((await keys.getAttribute('aria-label')) ?? ''); i++) await page.keyboard.press('ArrowRight');
  expect(await keys.getAttribute('aria-label')).toMatch(name);
  const box = (await page.locator('.timeline .ring').boundingBox())!;
  return { ...box, id: (await keys.getAttribute('data-id'))! };
}

const centre = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** The ids of the nodes drawn on the canvas now. */
const drawn = (page: Page) => page.evaluate(() => window.kg!.cy.nodes().filter((n) => n.visible()).map((n) => n.id()).sort());

/** From the graph's own data: the meetings dated in 2018 and every drawn node they have an edge to. */
const expected2018 = (page: Page) =>
  page.evaluate(() => {
    const g = window.kg!.graph;
    const out = new Set<string>();
    g.forEachNode((id, a) => {
      if (a.kind !== 'meeting' || !/^2018(?![\d])/.test(a.date ?? '')) return;
      out.add(id);
      for (const n of g.neighbors(id)) if (g.getNodeAttribute(n, 'kind') !== 'document') out.add(n);
    });
    return [...out].sort();
  });

const param = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);

describe('the timeline', () => {
  it('shows the dated meetings at their precision and the undated in a tray', async () => {
    const page = await open(base);
    const counts = await page.evaluate(() => {
      let dated = 0;
      let undated = 0;
      window.kg!.graph.forEachNode((_id, a) => {
        if (a.kind === 'meeting') (/^\d{4}/.test(a.date ?? '') ? dated++ : undated++);
      });
      return { dated, undated };
    });
    expect(counts.dated).toBeGreaterThan(2);
    const drawnMarks = await page.locator('.timeline .layer').evaluateAll((paths) => paths.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0));
    expect(drawnMarks).toBe(counts.dated);
    await expect(page.locator('.timeline .hint').textContent()).resolves.toMatch(new RegExp(`^${counts.dated} dated meetings`));
    await expect(page.getByRole('group', { name: 'Undated meetings' }).getByRole('button').count()).resolves.toBe(counts.undated);
    // Helsinki's summit is a day (a point); "2018" is a year (a bar a year wide, wider than the day's point).
    const day = await focusMark(page, /Helsinki.*16 Jul 2018, held/);
    const span = await focusMark(page, /Washington \(2018\), 2018, proposed/);
    expect(span.width).toBeGreaterThan(2 * day.width);
    // The status is drawn as in the graph: a proposed meeting's line is dotted, a held one's solid.
    await expect(page.locator('.timeline .layer.status-proposed').getAttribute('stroke-dasharray')).resolves.toBe('1 2');
    await expect(page.locator('.timeline .layer.status-held').getAttribute('stroke-dasharray')).resolves.toBeNull();
    // Hovering shows label, date and status.
    await page.locator('.timeline .keys').blur();
    await page.mouse.move(centre(day).x, centre(day).y);
    await expect(page.locator('.timeline [role="tooltip"]').textContent()).resolves.toMatch(/Helsinki.*16 Jul 2018 · held/);
    await page.context().close();
  });

  it('filters the graph to 2018 when 2018 is brushed, and back when the brush is cleared', async () => {
    const page = await open(base);
    const all = await drawn(page);
    const want = await expected2018(page);
    expect(want.length).toBeGreaterThan(2);
    await brush(page, (await axisX(page, 2018)) + 1, (await axisX(page, 2019)) - 1);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(want);
    expect(await param(page, 't')).toMatch(/^201[78]-\d\d-\d\d\.\.2018-12-\d\d$/);
    await expect(page.locator('.timeline [role="status"]').textContent()).resolves.toMatch(/2018 – .*2018 · 2 meetings/);
    // Out-of-range marks stay on the timeline, dimmed.
    await expect(page.locator('.timeline .layer.dim').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(all);
    expect(await param(page, 't')).toBeNull();
    // A drag that starts on a mark (here the bar of "2018") brushes too, and selects nothing.
    const bar = await focusMark(page, /Washington \(2018\), 2018/);
    await page.locator('.timeline .keys').blur();
    await brush(page, bar.x + 6, (await axisX(page, 2019)) - 1, centre(bar).y);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(want);
    expect(await page.evaluate(() => window.kg!.cy.$('.selected').length)).toBe(0);
    // A click on the timeline's background clears the range.
    const box = (await page.getByRole('group', { name: 'Meetings by date' }).boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + 52);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(all);
    await page.context().close();
  });

  it('selects a meeting when its mark is clicked, and lights the meetings of a node selected in the graph', async () => {
    const page = await open(base);
    const helsinki = await focusMark(page, /Helsinki.*16 Jul 2018/);
    const selected = () => page.evaluate(() => window.kg!.cy.$('.selected').map((e) => e.id()));
    await page.locator('.timeline .keys').blur();
    await page.mouse.click(centre(helsinki).x, centre(helsinki).y);
    await expect.poll(selected).toEqual([helsinki.id]);
    const label = await page.evaluate((i) => window.kg!.graph.getNodeAttribute(i, 'label'), helsinki.id);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(label);
    await expect(page.locator('.timeline .halo').getAttribute('data-count')).resolves.toBe('1');
    // The keyboard selects too: Enter on the focused mark.
    const other = await focusMark(page, /2025/);
    await page.keyboard.press('Enter');
    await expect.poll(selected).toEqual([other.id]);

    const trump = await page.evaluate(() => window.kg!.graph.findNode((_id, a) => a.label === 'Donald Trump')!);
    await page.evaluate((i) => void window.kg!.cy.getElementById(i).emit('tap'), trump);
    const trumpMeetings = await page.evaluate((t) => window.kg!.graph.neighbors(t).filter((n) => window.kg!.graph.getNodeAttribute(n, 'kind') === 'meeting').sort(), trump);
    // Lit: haloed on the timeline, or marked in the undated tray.
    const lit = () => page.evaluate(() => Number(document.querySelector('.timeline .halo')?.getAttribute('data-count') ?? 0) + document.querySelectorAll('.timeline .chip.lit').length);
    await expect.poll(lit).toBe(trumpMeetings.length);
    // The details list Trump's meetings with their dates, earliest first.
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByText('16 Jul 2018 · held').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('opens the range a link holds', async () => {
    const first = await open(base);
    const want = await expected2018(first);
    await first.context().close();
    const page = await open(`${base}#t=2018-01-01..2018-12-31`);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(want);
    await expect(page.locator('.timeline [role="status"]').textContent()).resolves.toMatch(/^1 Jan 2018 – 31 Dec 2018/);
    const selection = await page.locator('.timeline .brush .selection').boundingBox();
    expect(selection?.width ?? 0).toBeGreaterThan(10);
    await page.context().close();
  });

  it('keeps the range in a workspace file, and opens it from one', async () => {
    const page = await open(`${base}#t=2018-01-01..2018-12-31`);
    const want = await expected2018(page);
    await openPanel(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Save workspace file/ }).click()]);
    const { bytes } = await readDownload(download);
    const workspace = JSON.parse(bytes.toString('utf8')) as { view: { timeRange?: unknown } };
    expect(workspace.view.timeRange).toEqual({ from: '2018-01-01', to: '2018-12-31' });
    await page.context().close();

    const other = await open(base);
    await openPanel(other);
    await other.locator('[data-testid="add-files"]').setInputFiles([{ name: 'ranged.json', mimeType: 'application/json', buffer: bytes }]);
    await other.locator('[data-testid="workspace-offer"]').getByRole('button', { name: /^Replace mine/ }).click();
    await report(other, /^Opened the workspace ranged\.json/);
    await expect.poll(() => drawn(other), { timeout: 10_000 }).toEqual(want);
    await expect(other.locator('.timeline [role="status"]').textContent()).resolves.toMatch(/^1 Jan 2018 – 31 Dec 2018/);
    await other.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core with the timeline shown, ${colorScheme} theme; screenshots at 420, 1280 and 1920 px`, async () => {
      for (const width of [420, 1280, 1920]) {
        const page = await open(`${base}#t=2018-01-01..2018-12-31`, { width, height: width === 1920 ? 1080 : 800, colorScheme });
        const helsinki = await focusMark(page, /Helsinki.*16 Jul 2018/);
        await page.locator('.timeline .keys').blur();
        await page.mouse.move(centre(helsinki).x, centre(helsinki).y);
        if (width === 1280) expect(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])).toEqual([]);
        if (width === 420) await page.locator('.timeline').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/timeline-${width}-${colorScheme}.png` });
        await page.context().close();
      }
    });
  }

  it('saves the timeline as a PNG with a title and a source line', async () => {
    const page = await open(`${base}#t=2018-01-01..2018-12-31`);
    const plot = (await page.getByRole('group', { name: 'Meetings by date' }).boundingBox())!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the timeline as PNG' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/^seeds-knowledge-graph-timeline-\d{4}-\d\d-\d\d\.png$/);
    const size = pngSize(bytes);
    // Twice the drawing's size, with room for the title above and the source below.
    expect(size.width).toBe(2 * Math.round(plot.width));
    expect(size.height).toBeGreaterThan(2 * plot.height + 60);
    writeFileSync(`${SHOTS}/timeline-export.png`, bytes);
    await page.context().close();
  });

  it('hides and shows at 420 px wide', async () => {
    const page = await open(base, { width: 420 });
    const toggle = page.getByRole('button', { name: 'Timeline', exact: true });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await toggle.click();
    await expect(page.locator('.timeline').count()).resolves.toBe(0);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await page.locator('.timeline .layer').first().waitFor();
    await page.context().close();
  });
});
