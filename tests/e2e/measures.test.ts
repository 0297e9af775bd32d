// Measures and groups as the user sees them: sized by betweenness, Trump and
// Putin are the biggest nodes and head "Most central" (a click selects);
// coloured by group, the nodes change colour and the legend says so; on a
// 5,000-node graph switching the measure and colouring keeps every
// main-thread task short (the slow measures run in a worker).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildGraph } from '../../src/core/index.ts';
import { toJSON } from '../../src/core/io/json.ts';
import { toCytoscapeElements } from '../../src/view/elements.ts';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Node labels, the widest first, as drawn. */
const byWidth = (page: Page) =>
  page.evaluate(() =>
    window
      .kg!.cy.nodes()
      .map((n) => ({ label: String(n.data('label')), width: n.width() }))
      .sort((a, b) => b.width - a.width),
  );

const fills = (page: Page) => page.evaluate(() => Object.fromEntries(window.kg!.cy.nodes().map((n) => [n.id(), String(n.style('background-color'))])));

describe('measures and groups', () => {
  it('sizes by betweenness, lists the most central, colours by group with a legend that says so', async () => {
    const { page, errors } = await openApp(browser, inject('baseURL'), { width: 1280, height: 900 });
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await expect.poll(() => sidebar.getByText('Colour: kind', { exact: true }).isVisible()).toBe(true);
    const before = await byWidth(page);

    await page.getByLabel('Size by').selectOption('betweenness');
    // Betweenness is computed once asked for (its code loads then): the sizes change a moment later.
    await expect.poll(async () => (await byWidth(page)).map((n) => n.width)).not.toEqual(before.map((n) => n.width));
    await expect.poll(async () => (await byWidth(page)).slice(0, 2).map((n) => n.label)).toEqual(['Donald Trump', 'Vladimir Putin']);
    const after = await byWidth(page);
    // The sizes did change: the third node is now well below the top two.
    expect(after[0]!.width).toBeGreaterThan(after[2]!.width + 10);
    expect(after.map((n) => n.width)).not.toEqual(before.map((n) => n.width));

    const central = sidebar.getByRole('list', { name: 'Most central' }).getByRole('listitem');
    await expect.poll(() => central.count()).toBe(5);
    expect(await central.nth(0).getByRole('button').textContent()).toBe('Donald Trump');
    expect(await central.nth(1).getByRole('button').textContent()).toBe('Vladimir Putin');
    await central.nth(1).getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.nodes('.selected').map((n) => String(n.data('label'))))).toEqual(['Vladimir Putin']);
    await shot(page, '95-measures-betweenness');

    const kindFills = await fills(page);
    await page.getByLabel('Colour by').selectOption('group');
    await expect.poll(() => sidebar.getByRole('heading', { name: 'Colour: group' }).isVisible()).toBe(true);
    const groupFills = await fills(page);
    const changed = Object.keys(kindFills).filter((id) => kindFills[id] !== groupFills[id]);
    expect(changed.length).toBeGreaterThan(Object.keys(kindFills).length / 2);
    // Trump and Putin share a group, named after them, in the colour their nodes have.
    const groups = sidebar.getByRole('list', { name: 'Colour: group' }).getByRole('listitem');
    const theirs = groups.filter({ hasText: 'Donald Trump, Vladimir Putin' });
    expect(await theirs.locator('span').first().textContent()).toMatch(/^Group \d+ \(Donald Trump, Vladimir Putin, …\)$/);
    const swatch = await theirs.locator('circle').getAttribute('fill');
    const trumpFill = await page.evaluate(() => String(window.kg!.cy.nodes().filter((n) => n.data('label') === 'Donald Trump')[0]!.style('background-color')));
    const hex = (rgb: string) => '#' + rgb.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, '0')).join('').toUpperCase();
    expect(hex(trumpFill)).toBe(swatch);
    expect(await sidebar.getByText('Shape: kind. Colour: group (see Measures).').isVisible()).toBe(true);
    await sidebar.getByRole('heading', { name: 'Colour: group' }).scrollIntoViewIfNeeded();
    await shot(page, '96-measures-groups');

    await page.getByLabel('Colour by').selectOption('kind');
    await expect.poll(() => fills(page)).toEqual(kindFills);
    expect(errors).toEqual([]);
  });
});

describe('measures on a big graph', () => {
  let asset = '';
  let drawnNodes = 0;

  beforeAll(async () => {
    // About 6.4 drawn nodes an article (bench/scale.ts): some 5,000 nodes.
    const docs = [];
    for await (const a of generateCorpus({ docs: 780, seed: 1 })) docs.push({ id: a.name, text: a.text });
    const graph = buildGraph(docs);
    asset = toJSON(graph);
    drawnNodes = toCytoscapeElements(graph).filter((e) => e.group === 'nodes').length;
  }, 120_000);

  it('switches measure and colouring at 5,000 nodes without stalling the page, showing progress', async () => {
    expect(drawnNodes).toBeGreaterThan(5000);
    const { page, errors } = await openApp(browser, inject('baseURL'), { width: 1280, height: 900, graphAsset: asset });
    const applied = () => page.evaluate(() => performance.getEntriesByName('kg:measures-applied').length);
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    const central = sidebar.getByRole('list', { name: 'Most central' });
    // The longest task while each switch is applied (screenshots taken between windows, not timed).
    const timed = async (change: () => Promise<void>): Promise<number> => {
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; observer?: PerformanceObserver };
        w.longest = 0;
        w.observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
        });
        w.observer.observe({ type: 'longtask' });
      });
      const n = await applied();
      await change();
      await expect.poll(applied, { timeout: 60_000 }).toBeGreaterThan(n);
      // The frames after the last slice, and the cached pictures remade after them.
      await page.waitForTimeout(1500);
      return page.evaluate(() => {
        const w = window as unknown as { longest: number; observer: PerformanceObserver };
        w.observer.disconnect();
        return Math.round(w.longest);
      });
    };

    const longest: Record<string, number> = {};
    longest.betweenness = await timed(async () => {
      await page.getByLabel('Size by').selectOption('betweenness');
      // The worker's step is shown while it runs.
      await expect.poll(() => sidebar.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/step [12] of 2/);
      expect(await central.isVisible()).toBe(false);
    });
    await expect.poll(() => central.getByRole('listitem').count()).toBe(5);
    expect((await byWidth(page))[0]!.label).toBe(await central.getByRole('button').first().textContent());
    longest.group = await timed(() => page.getByLabel('Colour by').selectOption('group').then(() => undefined));
    await expect.poll(() => sidebar.getByRole('heading', { name: 'Colour: group' }).isVisible()).toBe(true);
    longest.evidence = await timed(() => page.getByLabel('Size by').selectOption('evidence').then(() => undefined));
    await shot(page, '98-measures-big-groups');
    console.log(`measures at ${drawnNodes} nodes: longest main-thread task (ms) ${JSON.stringify(longest)}`);
    // The 200 ms goal is a figure the log prints (and the closing note reports), measured on a quiet machine;
    // here only a stall is a failure: timed bounds in tests fail with the machine's load, not the code.
    expect(Math.max(...Object.values(longest))).toBeLessThan(1_000);
    expect(errors).toEqual([]);
  }, 240_000);
});
