// Dark mode and a toolbar that fits: the system's colour scheme is followed
// (page and canvas), the toggle overrides it and is kept across a reload,
// both themes pass axe-core's colour-contrast rule, and all of WCAG 2.2 A and AA with the
// article reader open and with the corrections panel open, the toolbar is one row at
// 1280 px, nothing shifts while the page loads, and the graph re-fits when the
// window grows.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { readDownload, shot } from './support/page.ts';
import { DARK_CANVAS, LIGHT_CANVAS } from '../../src/view/style.ts';
import { closePanel, openPanel } from './support/articles.ts';
import { axeViolations } from './support/axe.ts';

declare global {
  interface Window {
    /** Layout-shift score summed since the page started (see CLS_OBSERVER). */
    kgShift?: number;
    kgShifts?: string[];
  }
}

/** Sums layout-shift entries not caused by input, from the first paint. */
const CLS_OBSERVER = `
  window.kgShift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) {
      window.kgShift += e.value;
      (window.kgShifts ??= []).push(e.value.toFixed(4) + ' at ' + e.startTime.toFixed(0) + ' ms: ' + e.sources.map((s) => (s.node?.className || s.node?.nodeName) + ' ' + JSON.stringify(s.previousRect) + ' -> ' + JSON.stringify(s.currentRect)).join(' | '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(options: { colorScheme: 'light' | 'dark'; width?: number; height?: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, colorScheme: options.colorScheme });
  await context.addInitScript(CLS_OBSERVER);
  const page = await context.newPage();
  await page.goto(inject('baseURL'));
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return page;
}

/** WCAG relative luminance of a CSS `rgb(...)` colour: 0 black to 1 white. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const labelColour = (page: Page) => page.evaluate(() => window.kg!.cy.nodes()[0]!.style('color') as string);
const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme:/ });

const contrastViolations = (page: Page): Promise<string[]> => axeViolations(page, ['color-contrast']);

describe('dark mode', () => {
  it('follows the system: a dark page and light labels on the canvas', async () => {
    const page = await open({ colorScheme: 'dark' });
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
    // The media query's change event reaches the canvas a task later.
    await expect.poll(async () => luminance(await labelColour(page))).toBeGreaterThan(0.6);
    await expect(themeButton(page).getAttribute('aria-label')).resolves.toBe('Theme: system');
    await shot(page, '95-theme-dark');
    await page.context().close();
  });

  it('the toggle switches to light and dark over the system, and is kept across a reload', async () => {
    const page = await open({ colorScheme: 'dark' });
    await themeButton(page).click();
    await expect(themeButton(page).getAttribute('aria-label')).resolves.toBe('Theme: light');
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.9);
    await expect.poll(async () => luminance(await labelColour(page))).toBeLessThan(0.1);
    await shot(page, '95-theme-light');
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    await expect(themeButton(page).getAttribute('aria-label')).resolves.toBe('Theme: light');
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.9);

    await themeButton(page).click();
    await expect(themeButton(page).getAttribute('aria-label')).resolves.toBe('Theme: dark');
    // The system's light scheme no longer matters.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
    // The media query's change event reaches the canvas a task later.
    await expect.poll(async () => luminance(await labelColour(page))).toBeGreaterThan(0.6);

    await themeButton(page).click();
    await expect(themeButton(page).getAttribute('aria-label')).resolves.toBe('Theme: system');
    expect(luminance(await bodyBackground(page))).toBeGreaterThan(0.9);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(luminance(await bodyBackground(page))).toBeLessThan(0.05);
    // The media query's change event reaches the canvas a task later.
    await expect.poll(async () => luminance(await labelColour(page))).toBeGreaterThan(0.6);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core's colour-contrast rule in the ${colorScheme} theme, Your articles closed and open`, async () => {
      const page = await open({ colorScheme });
      // A selection opens the details panel: its text is checked too.
      await page.getByRole('combobox', { name: 'Search' }).fill('Putin');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Vladimir Putin' }).waitFor();
      expect(await contrastViolations(page)).toEqual([]);
      await openPanel(page);
      expect(await contrastViolations(page)).toEqual([]);
      await shot(page, `95-theme-${colorScheme}-articles`);
      await closePanel(page);
      await page.context().close();
    });

    it(`passes axe-core (WCAG 2.2 A and AA) in the ${colorScheme} theme with the article reader open, and with the corrections panel open`, async () => {
      const page = await open({ colorScheme });
      await page.locator('[aria-label="Legend and filters"] button.read').first().click();
      const reader = page.getByRole('dialog').filter({ has: page.getByTestId('article-text') });
      await reader.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `95-theme-${colorScheme}-reader`);
      await reader.getByRole('button', { name: 'Close article' }).click();
      await reader.waitFor({ state: 'hidden' });

      // One correction, so that the panel lists one with its Undo.
      await page.getByRole('combobox', { name: 'Search' }).fill('Putin');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Vladimir Putin' }).waitFor();
      const form = page.locator('.details-pane details.correct');
      await form.locator('summary').click();
      await form.getByRole('textbox', { name: 'Name' }).fill('Vladimir V. Putin');
      await form.getByRole('button', { name: 'Rename' }).click();
      await page.waitForFunction(() => window.kg?.graph.someNode((_k, a) => a.label === 'Vladimir V. Putin'));
      await page.getByRole('button', { name: /^Corrections/ }).click();
      const panel = page.getByRole('dialog', { name: 'Corrections' });
      await panel.getByRole('button', { name: /^Undo: Renamed/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, `95-theme-${colorScheme}-corrections`);
      await panel.getByRole('button', { name: 'Close corrections' }).click();
      await page.context().close();
    });
  }
});

/** How many pixels of the PNG are exactly each of these colours (#RRGGBB), decoded in the page. */
function countColours(page: Page, bytes: Buffer, colours: string[]): Promise<number[]> {
  return page.evaluate(
    async ({ b64, colours }) => {
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const d = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
      const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      const counts = colours.map(() => 0);
      for (let p = 0; p < d.length; p += 4) {
        const k = rgb.findIndex(([r, g, b]) => d[p] === r && d[p + 1] === g && d[p + 2] === b && d[p + 3] === 255);
        if (k >= 0) counts[k]!++;
      }
      return counts;
    },
    { b64: bytes.toString('base64'), colours },
  );
}

describe('a PNG in the dark theme', () => {
  it('is drawn light, on white, for print; the page keeps its dark canvas', async () => {
    const page = await open({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByRole('radio', { name: 'Current view' }).check();
    await menu.getByRole('radio', { name: '2×' }).check();
    await menu.getByRole('radio', { name: 'White' }).check();
    await menu.getByRole('checkbox', { name: /Title, legend and source/ }).uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download PNG' }).click()]);
    const { bytes } = await readDownload(download);
    const [white, lightLabel, darkLabel] = await countColours(page, bytes, ['#FFFFFF', LIGHT_CANVAS.label, DARK_CANVAS.label]);
    console.log(`dark-theme PNG: ${white} white, ${lightLabel} light-theme label, ${darkLabel} dark-theme label pixels`);
    expect(lightLabel).toBeGreaterThan(100);
    expect(darkLabel).toBe(0);
    // The media query's change event reaches the canvas a task later.
    await expect.poll(async () => luminance(await labelColour(page))).toBeGreaterThan(0.6);
    await page.context().close();
  });
});

describe('the toolbar and the page as it loads', () => {
  it('the toolbar is one row at 1280 px and at 1920 px', async () => {
    const page = await open({ colorScheme: 'light', width: 1280 });
    const height = () => page.locator('.toolbar').evaluate((e) => e.getBoundingClientRect().height);
    const at1280 = await height();
    console.log(await page.locator('.toolbar > *').evaluateAll((es) => es.map((e) => `${e.className.split(' ')[0] || e.tagName} ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().top)}`).join(', ')));
    await page.setViewportSize({ width: 1920, height: 800 });
    const at1920 = await height();
    console.log(`toolbar height: ${at1280} px at 1280, ${at1920} px at 1920`);
    expect(at1280).toBe(at1920);
    // One row of 34 px controls and its padding.
    expect(at1280).toBeLessThan(60);
    await page.context().close();
  });

  it('nothing shifts while the page loads (CLS ≤ 0.05)', async () => {
    // 1350 × 940 is Lighthouse's desktop window.
    for (const [colorScheme, width, height] of [['light', 1280, 800], ['dark', 1280, 800], ['light', 1350, 940]] as const) {
      const page = await open({ colorScheme, width, height });
      // A second for late shifts (fonts, panels) after the canvas is ready.
      await page.waitForTimeout(1000);
      const cls = await page.evaluate(() => window.kgShift ?? NaN);
      console.log(`CLS on load (${colorScheme}, ${width} × ${height}): ${cls.toFixed(4)}`, await page.evaluate(() => window.kgShifts));
      expect(cls).toBeLessThanOrEqual(0.05);
      await page.context().close();
    }
  });

  it('the graph re-fits when the window grows, unless the user has zoomed or panned', async () => {
    const page = await open({ colorScheme: 'light', width: 1280, height: 800 });
    const zoom = () => page.evaluate(() => window.kg!.cy.zoom());
    // The first view settles after the first apply (hidden unconnected nodes are fitted out): read it then.
    let fitted = await zoom();
    for (let settled = false; !settled; ) {
      await page.waitForTimeout(300);
      const now = await zoom();
      settled = now === fitted;
      fitted = now;
    }
    await page.setViewportSize({ width: 1920, height: 1080 });
    // The ResizeObserver runs before the next frame.
    await page.waitForFunction((z) => window.kg!.cy.zoom() > z, fitted);
    const grown = await zoom();
    expect(grown).toBeGreaterThan(fitted);
    // Every shown node is inside the grown canvas.
    const inside = await page.evaluate(() => {
      const cy = window.kg!.cy;
      const box = cy.nodes(':visible').renderedBoundingBox();
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
    expect(inside).toBe(true);

    // A drag on the background is the user's pan: growing the window again keeps their view.
    await page.setViewportSize({ width: 1280, height: 800 });
    const canvas = page.getByRole('application', { name: 'Knowledge graph canvas' });
    const box = (await canvas.boundingBox())!;
    const pan = () => page.evaluate(() => window.kg!.cy.pan());
    const before = await pan();
    await page.mouse.move(box.x + 8, box.y + box.height - 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 108, box.y + box.height - 58, { steps: 8 });
    await page.mouse.up();
    const panned = await pan();
    expect(Math.round(panned.x - before.x)).toBe(100);
    const zoomed = await zoom();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await zoom()).toBeCloseTo(zoomed, 5);
    expect(await pan()).toEqual(panned);
    await page.context().close();
  });
});
