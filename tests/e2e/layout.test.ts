// The app on a narrow window: the details panel moves below the graph, and the
// canvas keeps its size right as panels open and close.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('layout', () => {
  it('on a narrow window the details panel is below the graph', async () => {
    const { page, errors } = await openApp(browser, inject('baseURL'), { width: 420, height: 860 });
    await shot(page, '30-narrow-loaded');
    const id = await page.evaluate(() => {
      const cy = window.kg!.cy;
      return cy.nodes().sort((a, b) => b.degree(false) - a.degree(false)).first().id();
    });
    // What the canvas does on a tap (the click itself is tested in explorer.test.ts).
    await page.evaluate((nodeId) => {
      window.kg!.cy.getElementById(nodeId).emit('tap');
    }, id);
    const panel = page.getByRole('region', { name: 'Details' });
    await panel.waitFor();
    const boxes = await page.evaluate(() => ({
      canvas: window.kg!.cy.container()!.getBoundingClientRect().toJSON() as DOMRect,
      panel: document.querySelector('.details-pane')!.getBoundingClientRect().toJSON() as DOMRect,
      cyWidth: window.kg!.cy.width(),
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(boxes.panel.top).toBeGreaterThanOrEqual(boxes.canvas.bottom - 1);
    expect(Math.abs(boxes.cyWidth - boxes.canvas.width)).toBeLessThanOrEqual(1);
    // Nothing sticks out sideways.
    expect(boxes.scrollWidth).toBeLessThanOrEqual(420);
    await shot(page, '31-narrow-selected');
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '32-narrow-details');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1280×800 everything fits without scrolling, and the canvas follows the panels', async () => {
    const { page } = await openApp(browser, inject('baseURL'), { width: 1280, height: 800 });
    const widths: number[] = [];
    const measure = async () => {
      await page.waitForTimeout(150);
      const m = await page.evaluate(() => ({ cy: window.kg!.cy.width(), box: window.kg!.cy.container()!.getBoundingClientRect().width }));
      expect(Math.abs(m.cy - m.box)).toBeLessThanOrEqual(1);
      widths.push(m.box);
    };
    await measure();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await measure();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await measure();
    expect(widths[1]).toBeGreaterThan(widths[0]!);
    const overflow = await page.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
    expect(overflow.h).toBeLessThanOrEqual(800);
    expect(overflow.w).toBeLessThanOrEqual(1280);
    await page.context().close();
  });
});
