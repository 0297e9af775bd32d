// The timeline under the graph, as a user drives it: it shows the seeds'
// dated meetings and a tray of the undated; brushing 2018 leaves only 2018's
// meetings and the people and places they involve on the canvas; a click on a
// mark selects its meeting; a selection in the graph lights its meetings; the
// range goes in the address and comes back from it; axe finds nothing wrong
// in either theme; it hides and shows at 420 px wide.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { axeViolations } from './support/axe.ts';

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
  await page.locator('.timeline .mark').first().waitFor({ timeout: 15_000 });
  return page;
}

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

/** Page x of a time on the timeline, read off two ticks of its axis (years at the first zoom). */
async function axisX(page: Page, year: number): Promise<number> {
  return page.evaluate((wanted) => {
    const svg = document.querySelector('.timeline svg[aria-label="Meetings by date"]')!;
    const left = svg.getBoundingClientRect().left;
    const ticks = [...svg.querySelectorAll<SVGGElement>('.axis .tick')].map((t) => ({ year: Number(t.textContent), x: t.transform.baseVal[0]!.matrix.e }));
    const years = ticks.filter((t) => Number.isInteger(t.year) && t.year > 1900);
    if (years.length < 2) throw new Error(`axis ticks: ${JSON.stringify(ticks)}`);
    const [a, b] = [years[0]!, years[years.length - 1]!];
    return left + a.x + ((wanted - a.year) * (b.x - a.x)) / (b.year - a.year);
  }, year);
}

/** Drags across the timeline (by default its empty lowest lane), from one page x to another. */
async function brush(page: Page, x0: number, x1: number, at?: number): Promise<void> {
  const box = (await page.getByRole('group', { name: 'Meetings by date' }).boundingBox())!;
  const y = at ?? box.y + 78;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x1, y, { steps: 12 });
  await page.mouse.up();
}

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
    await expect(page.locator('.timeline .mark').count()).resolves.toBe(counts.dated);
    await expect(page.getByRole('group', { name: 'Undated meetings' }).getByRole('button').count()).resolves.toBe(counts.undated);
    // Helsinki's summit is a day (a point); "2018" is a year (a bar a year wide, wider than the day's point).
    const helsinki = page.getByRole('button', { name: /Helsinki.*16 Jul 2018, held/ });
    const year = page.getByRole('button', { name: /Washington \(2018\), 2018, proposed/ });
    await expect(helsinki.locator('path').count()).resolves.toBe(1);
    const [day, span] = [(await helsinki.boundingBox())!, (await year.boundingBox())!];
    expect(span.width).toBeGreaterThan(2 * day.width);
    // The status is drawn as in the graph: a proposed meeting's line is dotted, a held one's solid.
    await expect(year.locator('rect').getAttribute('stroke-dasharray')).resolves.toBe('1 2');
    await expect(helsinki.locator('path').getAttribute('stroke-dasharray')).resolves.toBeNull();
    // Hovering shows label, date and status.
    await helsinki.hover();
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
    await expect(page.locator('.timeline .mark.dim').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(all);
    expect(await param(page, 't')).toBeNull();
    // A drag that starts on a mark (here the bar of "2018") brushes too, and selects nothing.
    const bar = (await page.getByRole('button', { name: /Washington \(2018\), 2018/ }).boundingBox())!;
    await brush(page, bar.x + 2, (await axisX(page, 2019)) - 1, bar.y + bar.height / 2);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(want);
    expect(await page.evaluate(() => window.kg!.cy.$('.selected').length)).toBe(0);
    // A click on the timeline's background clears the range.
    const box = (await page.getByRole('group', { name: 'Meetings by date' }).boundingBox())!;
    await page.mouse.click(box.x + 20, box.y + 78);
    await expect.poll(() => drawn(page), { timeout: 10_000 }).toEqual(all);
    await page.context().close();
  });

  it('selects a meeting when its mark is clicked, and lights the meetings of a node selected in the graph', async () => {
    const page = await open(base);
    const helsinki = page.getByRole('button', { name: /Helsinki.*16 Jul 2018/ });
    const id = (await helsinki.getAttribute('data-id'))!;
    await helsinki.click();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.$('.selected').map((e) => e.id()))).toEqual([id]);
    const label = await page.evaluate((i) => window.kg!.graph.getNodeAttribute(i, 'label'), id);
    await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(label);
    await expect(helsinki.getAttribute('class')).resolves.toContain('lit');

    const trump = await page.evaluate(() => window.kg!.graph.findNode((_id, a) => a.label === 'Donald Trump')!);
    await page.evaluate((i) => void window.kg!.cy.getElementById(i).emit('tap'), trump);
    const trumpMeetings = await page.evaluate((t) => window.kg!.graph.neighbors(t).filter((n) => window.kg!.graph.getNodeAttribute(n, 'kind') === 'meeting').sort(), trump);
    const litIds = () => page.evaluate(() => [...document.querySelectorAll('.timeline .lit')].map((e) => e.getAttribute('data-id') ?? e.textContent).sort());
    await expect.poll(async () => (await litIds()).length).toBe(trumpMeetings.length);
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

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core with the timeline shown, ${colorScheme} theme; screenshots at 420, 1280 and 1920 px`, async () => {
      for (const width of [420, 1280, 1920]) {
        const page = await open(`${base}#t=2018-01-01..2018-12-31`, { width, height: width === 1920 ? 1080 : 800, colorScheme });
        await page.getByRole('button', { name: /Helsinki.*16 Jul 2018/ }).hover();
        if (width === 1280) expect(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])).toEqual([]);
        if (width === 420) await page.locator('.timeline').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/timeline-${width}-${colorScheme}.png` });
        await page.context().close();
      }
    });
  }

  it('hides and shows at 420 px wide', async () => {
    const page = await open(base, { width: 420 });
    const toggle = page.getByRole('button', { name: 'Timeline', exact: true });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await toggle.click();
    await expect(page.locator('.timeline').count()).resolves.toBe(0);
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await page.locator('.timeline .mark').first().waitFor();
    await page.context().close();
  });
});
