// Text from articles is shown as text: an article carrying markup and a script
// shows that markup literally and runs nothing. The app is loaded with a graph
// asset built from a fixture corpus (tests/fixtures/e2e/unsafe) instead of seeds.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { buildGraph } from '../../src/core/index.ts';
import { buildGraphAsset } from '../../scripts/graph-asset.ts';
import { launchChromium } from './support/browser.ts';
import { ROOT } from './support/server.ts';
import { openApp, shot, type AppPage } from './support/page.ts';

const UNSAFE = '<img src=x onerror=alert(1)>';
let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  const asset = await buildGraphAsset(path.join(ROOT, 'tests/fixtures/e2e/unsafe'), buildGraph);
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'), { graphAsset: JSON.stringify(asset) });
  page = app.page;
});

afterAll(async () => {
  await browser?.close();
});

describe('article text is never HTML', () => {
  it('lists the article with its markup as text', async () => {
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await expect(sidebar.getByText(UNSAFE, { exact: false }).first().textContent()).resolves.toContain(UNSAFE);
    await shot(page, '20-unsafe-loaded');
  });

  it('shows the whole article as text and runs nothing', async () => {
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    await sidebar.getByRole('button', { name: /^Read <img/ }).click();
    const body = page.locator('[data-testid="article-text"]');
    await body.waitFor();
    const text = await body.textContent();
    expect(text).toContain(`comments: ${UNSAFE} and then <script>alert(2)</script>`);
    expect(text).toContain('<b>summit</b>');
    expect(await page.locator('dialog img, dialog script, dialog b').count()).toBe(0);
    expect(await page.locator('body img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(app.dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
    await shot(page, '21-unsafe-article');
    await page.keyboard.press('Escape');
  });

  it('shows excerpts and titles of the evidence as text', async () => {
    const hasPeskov = await page.evaluate(() => window.kg!.graph.someNode((_id, a) => a.kind !== 'document' && /Peskov/.test(a.label)));
    if (hasPeskov) {
      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('Peskov');
      await search.press('Enter');
      const panel = page.getByRole('region', { name: 'Details' });
      await panel.waitFor();
      expect(await panel.locator('.evidence h4').first().textContent()).toContain(UNSAFE);
      await shot(page, '22-unsafe-evidence');
    }
    expect(await page.locator('body img').count()).toBe(0);
    expect(app.dialogs).toEqual([]);
  });
});
