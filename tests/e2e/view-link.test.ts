// A view you can share by link: the address follows the view, a new page
// opened on that address shows the same selection, filters, focus, layout,
// zoom and pan; back and forward step through views; a workspace file
// brings the zoom and pan back too.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';

let browser: Browser;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseURL');
});
afterAll(async () => {
  await browser?.close();
});

const idOf = (page: Page, label: string) => page.evaluate((l) => window.kg!.graph.findNode((_id, a) => a.label === l)!, label);
const tap = (page: Page, id: string) => page.evaluate((i) => void window.kg!.cy.getElementById(i).emit('tap'), id);
const selected = (page: Page) => page.evaluate(() => window.kg!.cy.$('.selected').map((e) => e.id()));
const viewport = (page: Page) => page.evaluate(() => ({ zoom: window.kg!.cy.zoom(), ...window.kg!.cy.pan() }));
/** A parameter of the address's fragment, as the page reads it. */
const param = (page: Page, key: string) => page.evaluate((k) => new URLSearchParams(location.hash.slice(1)).get(k), key);
const kindBox = (page: Page, kind: string) => page.locator('[aria-label="Legend and filters"] label', { hasText: kind }).locator('input[type="checkbox"]').first();

describe('a link to a view', () => {
  it('opens the same selection, filters, focus, layout, zoom and pan in a new page', async () => {
    const { page } = await openApp(browser, base);
    const trump = await idOf(page, 'Donald Trump');
    await kindBox(page, 'Organizations').uncheck();
    await page.getByRole('radio', { name: '1 hop' }).click();
    await tap(page, trump);
    await expect.poll(() => param(page, 'sel')).toBe(`n:${trump}`);
    // After the selection's own centring has settled, the user zooms and pans.
    await page.waitForTimeout(600);
    await page.evaluate(() => void window.kg!.cy.viewport({ zoom: 1.5, pan: { x: 120, y: -80 } }));
    await expect.poll(() => param(page, 'z'), { timeout: 10_000 }).toBe('1.5');
    const url = page.url();
    const link = new URLSearchParams(new URL(url).hash.slice(1));
    expect(link.getAll('k')).not.toContain('organization');
    expect(link.getAll('k')).toContain('leader');
    expect([link.get('f'), link.get('x'), link.get('y')]).toEqual(['1', '120', '-80']);

    const other = (await openApp(browser, url)).page;
    await expect.poll(() => selected(other), { timeout: 10_000 }).toEqual([trump]);
    await expect(kindBox(other, 'Organizations').isChecked()).resolves.toBe(false);
    await expect(kindBox(other, 'Leaders').isChecked()).resolves.toBe(true);
    await expect(other.getByRole('radio', { name: '1 hop' }).getAttribute('aria-checked')).resolves.toBe('true');
    await expect.poll(() => viewport(other), { timeout: 10_000 }).toEqual({ zoom: 1.5, x: 120, y: -80 });
    await shot(other, '95-view-from-link');
    await Promise.all([page.context().close(), other.context().close()]);
  });

  it('steps back and forward through views', async () => {
    const { page } = await openApp(browser, base);
    const [trump, putin] = [await idOf(page, 'Donald Trump'), await idOf(page, 'Vladimir Putin')];
    await tap(page, trump);
    await expect.poll(() => param(page, 'sel')).toBe(`n:${trump}`);
    await tap(page, putin);
    await expect.poll(() => param(page, 'sel')).toBe(`n:${putin}`);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => selected(page)).toEqual([trump]);
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => selected(page)).toEqual([]);
    await page.goForward({ waitUntil: 'commit' });
    await expect.poll(() => selected(page)).toEqual([trump]);
    await page.goForward({ waitUntil: 'commit' });
    await expect.poll(() => selected(page)).toEqual([putin]);
    await page.context().close();
  });

  it('ignores a fragment it does not understand, and a selection that is not in the graph', async () => {
    const { page, errors } = await openApp(browser, `${base}#sel=n:no-such-node&z=abc&f=9&k=`);
    expect(await selected(page)).toEqual([]);
    // "k=" is "no kinds": a link can say that, and it is obeyed.
    await expect.poll(() => kindBox(page, 'Leaders').isChecked(), { timeout: 10_000 }).toBe(false);
    expect(await selected(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
