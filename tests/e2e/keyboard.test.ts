// A keyboard way through (a start): a search hit moves the focus to its
// details; the Focus radio group follows the arrow keys with one tab stop;
// Escape on the Export menu gives the focus back to its button; the article
// reader scrolls with the keys and axe-core finds nothing wrong with it open; the
// canvas takes the focus, its arrows move the selection, Shift+arrows pan,
// + and − zoom and Enter goes to the details.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { NodeSingular } from 'cytoscape';
import { launchChromium } from './support/browser.ts';
import { openApp } from './support/page.ts';
import { axeViolations } from './support/axe.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, inject('baseURL'))).page;
});
afterAll(async () => {
  await browser?.close();
});

const focused = () => page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '', label: document.activeElement?.getAttribute('aria-label') ?? '' }));

describe('the keyboard', () => {
  it('goes from a search hit to its details', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Vladimir Putin');
    // The highlighted hit is readable (AA contrast), in light as in dark.
    await page.locator('.hit-list li.active').first().waitFor();
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toEqual(expect.objectContaining({ tag: 'H2', text: 'Vladimir Putin' }));
    // The next Tab stays in the details panel, whose buttons are named by what they show.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.details-pane')))).toBe(true);
    expect(await axeViolations(page, ['label-content-name-mismatch'])).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('moves the Focus choice with the arrow keys, one tab stop for the group', async () => {
    const radios = page.getByRole('radiogroup', { name: 'Focus' }).getByRole('radio');
    await expect(radios.evaluateAll((rs) => rs.map((r) => r.getAttribute('tabindex')))).resolves.toEqual(['0', '-1', '-1']);
    await radios.first().focus();
    for (const [key, checked] of [['ArrowRight', '1 hop'], ['ArrowRight', '2 hops'], ['ArrowRight', 'Off'], ['ArrowLeft', '2 hops']] as const) {
      await page.keyboard.press(key);
      await expect(page.getByRole('radio', { name: checked, checked: true }).count()).resolves.toBe(1);
      expect((await focused()).text).toBe(checked);
    }
    await page.keyboard.press('ArrowRight'); // back to Off
  });

  it('gives the focus back to the Export button when Escape closes its menu', async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Download PNG' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(focused).toEqual(expect.objectContaining({ tag: 'BUTTON', text: 'Export' }));
  });

  it('walks the canvas with the keys: arrows select, Shift+arrows pan, + and − zoom, Enter opens the details', async () => {
    await page.keyboard.press('Escape');
    const canvas = page.getByRole('application', { name: 'Knowledge graph canvas' });
    await canvas.focus();
    const view = () => page.evaluate(() => {
      const cy = window.kg!.cy;
      const picked = document.querySelector('.details-pane h2')?.textContent?.trim() ?? null;
      const node = picked ? cy.nodes().filter((n) => n.data('label') === picked).first() : null;
      return { zoom: cy.zoom(), pan: cy.pan(), picked, x: node && node.nonempty() ? (node as NodeSingular).position().x : null };
    });
    // Nothing selected: an arrow picks the node nearest the middle.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view()).picked).not.toBeNull();
    const first = await view();
    expect((await focused()).label).toBe('Knowledge graph canvas');
    // Then the nearest node to the right of it (in the graph's own coordinates: the view may move to show it).
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view()).picked).not.toBe(first.picked);
    const second = await view();
    expect(second.x!).toBeGreaterThan(first.x!);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await view()).picked).toBe(first.picked);
    await page.keyboard.press('+');
    await expect.poll(async () => (await view()).zoom).toBeGreaterThan(second.zoom);
    const zoomed = await view();
    await page.keyboard.press('-');
    await expect.poll(async () => (await view()).zoom).toBeLessThan(zoomed.zoom);
    const before = await view();
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(async () => (await view()).pan.x).toBeGreaterThan(before.pan.x);
    await page.keyboard.press('Enter');
    await expect.poll(focused).toEqual(expect.objectContaining({ tag: 'H2', text: first.picked }));
    await page.screenshot({ path: 'test-output/keyboard-canvas.png' });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('scrolls the article reader with the keys', async () => {
    await page.locator('[aria-label="Legend and filters"] button.read').first().click();
    const text = page.locator('[data-testid="article-text"]');
    await text.waitFor();
    expect(await axeViolations(page, ['scrollable-region-focusable'])).toEqual([]);
    // And nothing else of WCAG 2.2 A and AA, nor axe's best practices, with the reader open.
    expect(await axeViolations(page)).toEqual([]);
    expect(await axeViolations(page, ['best-practice'])).toEqual([]);
    await text.focus();
    const before = await text.evaluate((el) => el.scrollTop);
    await page.keyboard.press('PageDown');
    await expect.poll(() => text.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
  });
});
