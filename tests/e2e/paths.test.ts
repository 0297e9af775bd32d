// How two people are connected, on the seed corpus: a path typed in the search
// box, "Connect to…" from a node's details, relations left out, no path; a
// big graph's path on the highlight overlay.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { NodeSingular } from 'cytoscape';
import { buildGraph } from '../../src/core/index.ts';
import { findPaths } from '../../src/core/graph/paths.ts';
import { toJSON } from '../../src/core/io/json.ts';
import { generateCorpus } from '../../scripts/gen-corpus.ts';
import { launchChromium } from './support/browser.ts';
import { openApp, shot, type AppPage } from './support/page.ts';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
});

const details = () => page.getByRole('region', { name: 'Details' });
const searchBox = () => page.getByRole('combobox', { name: 'Search' });

/** Types a query in the search box and waits for its list. */
async function typeQuery(query: string): Promise<void> {
  await searchBox().fill('');
  await searchBox().click();
  await searchBox().pressSequentially(query, { delay: 10 });
}

/** What the canvas shows: labels of the nodes and the edges' ends on the path, and how many elements are faded. */
function canvasPath() {
  return page.evaluate(() => {
    const cy = window.kg!.cy;
    const onPath = cy.nodes('.on-path');
    const edges = cy.edges('.on-path');
    const label = (n: { data: (k: string) => unknown }) => String(n.data('label'));
    return {
      nodes: onPath.map(label).sort(),
      edgeEnds: edges.map((e) => [label(e.source()), label(e.target())].sort().join(' – ')).sort(),
      fadedNodes: cy.nodes('.faded:visible').length,
      fadedEdges: cy.edges('.faded:visible').length,
      nodes_total: cy.nodes(':visible').length,
      edges_total: cy.edges(':visible').length,
      // What the eye sees: the faded nodes' drawn opacity against a path node's.
      fadedOpacity: Number(cy.nodes('.faded:visible')[0]?.style('opacity') ?? 1),
      pathOpacity: Number(onPath[0]?.style('opacity') ?? 0),
      pathUnderlay: Number(onPath[0]?.style('underlay-opacity') ?? 0),
    };
  });
}

describe('paths between two nodes', () => {
  it('"Sanders → Putin" in the search box lists the shortest paths; the one through Trump has an excerpt per step', async () => {
    await typeQuery('Sanders → Putin');
    const option = page.getByRole('option', { name: 'Paths: Sarah Sanders → Vladimir Putin' });
    await option.waitFor();
    await shot(page, 'paths-01-search-option');
    await searchBox().press('Enter');
    const panel = details();
    await panel.waitFor();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Sarah Sanders\s*→\s*Vladimir Putin/);
    expect(await panel.getByRole('status').textContent()).toMatch(/^\s*3 shortest paths of 2 steps\.\s*$/);
    const choices = panel.getByRole('list', { name: 'Paths' }).getByRole('button');
    expect(await choices.allTextContents()).toContainEqual(expect.stringMatching(/^\s*Sarah Sanders → Donald Trump → Vladimir Putin\s*$/));
    await panel.getByRole('button', { name: 'Sarah Sanders → Donald Trump → Vladimir Putin' }).click();
    const steps = panel.getByRole('list', { name: 'Steps' }).locator(':scope > li');
    expect(await steps.count()).toBe(2);
    expect(await steps.nth(0).locator('h3').textContent()).toMatch(/Sarah Sanders\s*→\s*Donald Trump/);
    expect(await steps.nth(0).locator('.sentence').first().textContent()).toMatch(/Sarah Sanders\s+is affiliated with\s+Donald Trump/);
    expect(await steps.nth(1).locator('h3').textContent()).toMatch(/Donald Trump\s*→\s*Vladimir Putin/);
    for (let i = 0; i < 2; i++) {
      const step = steps.nth(i);
      // An excerpt with the names marked, under its article's title.
      expect(await step.locator('.excerpt').count()).toBeGreaterThan(0);
      expect((await step.locator('.excerpt').first().locator('mark').allTextContents()).length).toBeGreaterThan(0);
      expect((await step.locator('.meta .title').first().textContent())?.trim().length).toBeGreaterThan(10);
    }
    expect((await steps.nth(0).locator('.excerpt mark').allTextContents()).join(' ')).toMatch(/Sanders/);
    expect((await steps.nth(1).locator('.excerpt').first().locator('mark').allTextContents()).join(' ')).toMatch(/Putin/);
    // The canvas: this path lit, everything else faded.
    await expect.poll(async () => (await canvasPath()).nodes).toEqual(['Donald Trump', 'Sarah Sanders', 'Vladimir Putin']);
    const drawn = await canvasPath();
    expect(drawn.edgeEnds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(drawn.edgeEnds)).toEqual(new Set(['Donald Trump – Sarah Sanders', 'Donald Trump – Vladimir Putin']));
    expect(drawn.fadedNodes).toBe(drawn.nodes_total - 3);
    expect(drawn.fadedEdges).toBe(drawn.edges_total - drawn.edgeEnds.length);
    expect(drawn.fadedOpacity).toBeLessThan(0.2);
    expect(drawn.pathOpacity).toBe(1);
    expect(drawn.pathUnderlay).toBeGreaterThan(0.3);
    await page.waitForTimeout(400);
    await shot(page, 'paths-02-sanders-putin');
    expect(app.errors).toEqual([]);
  });

  it('choosing another path draws that one: through a meeting Sanders spoke about', async () => {
    const panel = details();
    const viaMeeting = panel.getByRole('list', { name: 'Paths' }).getByRole('button', { name: /Sarah Sanders → .*(meeting|visit).* → Vladimir Putin/ }).first();
    await viaMeeting.click();
    expect(await viaMeeting.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await canvasPath()).nodes).toContain('Sarah Sanders');
    const drawn = await canvasPath();
    expect(drawn.nodes).not.toContain('Donald Trump');
    expect(drawn.nodes).toHaveLength(3);
    expect(await panel.getByRole('list', { name: 'Steps' }).locator('.sentence').first().textContent()).toMatch(/Sarah Sanders\s+spoke about/);
  });

  it('Escape clears the path view: nothing lit, nothing faded', async () => {
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'detached' });
    await expect.poll(async () => (await canvasPath()).fadedNodes).toBe(0);
    expect((await canvasPath()).nodes).toEqual([]);
  });

  it.each(['Sanders -> Putin', 'Sanders to Putin'])('"%s" offers the same paths', async (query) => {
    await typeQuery(query);
    await page.getByRole('option', { name: 'Paths: Sarah Sanders → Vladimir Putin' }).waitFor();
    await searchBox().press('Enter');
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(/Sarah Sanders\s*→\s*Vladimir Putin/);
    // The clear button does what Escape does.
    await details().getByRole('button', { name: /^Clear path Esc$/ }).click();
    await details().waitFor({ state: 'detached' });
  });

  it('leaving out relations: without "affiliated with" and "stated" Sanders has no path, and the panel offers the relation that gives one', async () => {
    await typeQuery('Sanders → Putin');
    await searchBox().press('Enter');
    const panel = details();
    await panel.waitFor();
    const through = panel.getByRole('group', { name: 'Through' });
    expect(await through.getByRole('checkbox', { name: 'mentions' }).isChecked()).toBe(false);
    await through.getByRole('checkbox', { name: 'affiliated with' }).uncheck();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^\s*2 shortest paths of 2 steps/);
    await through.getByRole('checkbox', { name: 'stated' }).uncheck();
    const message = panel.getByRole('status');
    await expect.poll(() => message.textContent()).toMatch(/No path through the chosen relations: Sarah Sanders and Vladimir Putin are in separate parts of the graph\./);
    const text = (await message.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Sarah Sanders has no connections through the chosen relations.');
    expect(text).toMatch(/Vladimir Putin's part includes Donald Trump, .+ and \d+ more\./);
    expect(text).toContain('Through every relation they are 2 steps apart.');
    // With no path, the two ends are lit so that both can be found.
    await expect.poll(async () => (await canvasPath()).nodes).toEqual(['Sarah Sanders', 'Vladimir Putin']);
    const drawn = await canvasPath();
    expect(drawn.fadedNodes).toBe(drawn.nodes_total - 2);
    await shot(page, 'paths-03-no-path-relations');
    await message.getByRole('button', { name: /^Also go through (affiliated with|stated)$/ }).click();
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/shortest paths? of 2 steps/);
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'detached' });
  });

  it('no path at all: Stephen Lendman is only named in an article; going through "mentions" connects them by that article', async () => {
    await typeQuery('Sanders → Lendman');
    await searchBox().press('Enter');
    const message = details().getByRole('status');
    await expect.poll(() => message.textContent()).toMatch(/No path through the chosen relations: Sarah Sanders and Stephen Lendman are in separate parts of the graph\./);
    const text = (await message.textContent())!.replace(/\s+/g, ' ');
    expect(text).toMatch(/Sarah Sanders's part includes Donald Trump, /);
    expect(text).toContain('Stephen Lendman has no connections through the chosen relations.');
    await shot(page, 'paths-04-no-path');
    await message.getByRole('button', { name: 'Also go through mentions' }).click();
    const steps = details().getByRole('list', { name: 'Steps' }).locator(':scope > li');
    await expect.poll(() => steps.count()).toBe(2);
    expect(await steps.nth(1).locator('.sentence').first().textContent()).toMatch(/mentions\s+Stephen Lendman/);
    expect(await steps.nth(1).locator('.excerpt mark').first().textContent()).toMatch(/Lendman/);
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'detached' });
  });

  it('"Connect to…" from a node\'s details: Peskov to Bolton', async () => {
    await typeQuery('Peskov');
    await searchBox().press('Enter');
    const panel = details();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Dmitry Peskov');
    await panel.getByRole('button', { name: 'Connect to…' }).click();
    const field = panel.getByRole('combobox', { name: 'Connect Dmitry Peskov to' });
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.pressSequentially('Bolton', { delay: 10 });
    await panel.getByRole('option', { name: /John Bolton/ }).waitFor();
    await shot(page, 'paths-05-connect-to');
    await field.press('Enter');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Dmitry Peskov\s*→\s*John Bolton/);
    const steps = panel.getByRole('list', { name: 'Steps' }).locator(':scope > li');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(await panel.getByRole('status').textContent()).toContain(`of ${count} steps`);
    expect(await steps.nth(0).locator('h3').textContent()).toMatch(/^\s*1\s*Dmitry Peskov/);
    expect(await steps.nth(count - 1).locator('h3').textContent()).toMatch(/John Bolton\s*$/);
    for (let i = 0; i < count; i++) expect(await steps.nth(i).locator('.excerpt').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await canvasPath()).nodes.length).toBe(count + 1);
    const drawn = await canvasPath();
    expect(drawn.nodes).toEqual(expect.arrayContaining(['Dmitry Peskov', 'John Bolton']));
    await page.waitForTimeout(400);
    await shot(page, 'paths-06-peskov-bolton');
  });

  it('a step\'s node opens its details over the path; Escape goes back to the path, and again clears it', async () => {
    const panel = details();
    await panel.getByRole('list', { name: 'Steps' }).locator('h3 button').nth(1).click();
    await panel.getByRole('button', { name: '← Back to the path' }).waitFor();
    // The path stays drawn under the selection.
    expect((await canvasPath()).nodes.length).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toMatch(/Dmitry Peskov\s*→\s*John Bolton/);
    await page.keyboard.press('Escape');
    await details().waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
  });
});

describe('paths in a big graph', () => {
  it('are drawn on the highlight overlay, the rest faded', async () => {
    const docs = [];
    for await (const a of generateCorpus({ docs: 200, seed: 5 })) docs.push({ id: a.name, text: a.text });
    const graph = buildGraph(docs);
    // Two people with names of their own, three or more steps apart.
    const unique = new Map<string, number>();
    graph.forEachNode((_id, a) => void unique.set(a.label, (unique.get(a.label) ?? 0) + 1));
    const people = graph.filterNodes((_id, a) => a.kind === 'leader' && unique.get(a.label) === 1);
    let pair: { from: string; to: string; nodes: string[] } | null = null;
    for (const to of people.slice(1)) {
      const r = findPaths(graph, people[0]!, to, { exclude: new Set(['mentions']) });
      if (r.kind === 'found' && r.length >= 3) {
        pair = { from: people[0]!, to, nodes: r.paths[0]!.nodes };
        break;
      }
    }
    expect(pair).not.toBeNull();
    const label = (id: string) => graph.getNodeAttribute(id, 'label');
    const big = await openApp(browser, inject('baseURL'), { graphAsset: toJSON(graph) });
    const p = big.page;
    await p.getByRole('combobox', { name: 'Search' }).fill(`${label(pair!.from)} → ${label(pair!.to)}`);
    await p.getByRole('option', { name: `Paths: ${label(pair!.from)} → ${label(pair!.to)}` }).click();
    const steps = p.getByRole('region', { name: 'Details' }).getByRole('list', { name: 'Steps' }).locator(':scope > li');
    await expect.poll(() => steps.count()).toBe(pair!.nodes.length - 1);
    await expect.poll(() => p.evaluate(() => window.kg!.cy.nodes('.faded').length), { timeout: 10_000 }).toBe(
      await p.evaluate(() => window.kg!.cy.nodes(':visible').length) - pair!.nodes.length,
    );
    await p.waitForTimeout(500);
    // The highlight yellow all round each node of the path drawn, on the overlay.
    const yellowAround = await p.evaluate((ids) => {
      const overlay = document.querySelector<HTMLCanvasElement>('canvas.kg-highlights')!;
      const cy = window.kg!.cy;
      const ratio = overlay.width / cy.width();
      const ctx = overlay.getContext('2d')!;
      return ids.map((id) => {
        const n = cy.getElementById(id) as NodeSingular;
        const at = n.renderedPosition();
        const r = n.renderedOuterWidth() / 2 + 5;
        return Array.from({ length: 8 }, (_, k) => Array.from(ctx.getImageData(Math.round((at.x + r * Math.cos((k * Math.PI) / 4)) * ratio), Math.round((at.y + r * Math.sin((k * Math.PI) / 4)) * ratio), 1, 1).data)).filter(
          (px) => Math.abs(px[0]! - 250) <= 3 && Math.abs(px[1]! - 204) <= 3 && Math.abs(px[2]! - 21) <= 3 && px[3]! > 100,
        ).length;
      });
    }, pair!.nodes);
    for (const n of yellowAround) expect(n).toBeGreaterThanOrEqual(4);
    await shot(p, 'paths-07-big-graph');
    expect(big.errors).toEqual([]);
    await p.context().close();
  }, 120_000);
});
