// Cancelling the reading of a pasted article: the worker is stopped, the text
// stays in the form, the graph is unchanged, the app says it was cancelled,
// and the next article is added as usual.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot, type AppPage } from './support/page.ts';

// Long enough to read that the button is there to press: about two seconds of rules and words.
const SLOW = `A long page\n\n${'-'.repeat(900_000)}\n${'the delegates met and talked at length '.repeat(20_000)}`;
const SMALL = 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Sunday.';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
  await page.getByRole('button', { name: /^Your articles/ }).click();
});

afterAll(async () => {
  await browser?.close();
});

const report = (pattern: RegExp) => page.locator('[data-testid="documents-report"]').filter({ hasText: pattern }).first();

describe('cancelling the reading of an article', () => {
  it('stops it, keeps the text and the graph, and the next add works', async () => {
    const dialog = page.getByRole('dialog', { name: 'Your articles' });
    const order = await page.evaluate(() => window.kg!.graph.order);
    await dialog.getByLabel('Article text').fill(SLOW);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click({ timeout: 10_000 });
    await report(/^Reading was cancelled/).waitFor({ timeout: 10_000 });
    await shot(page, 'cancel-reading');
    expect(await dialog.getByLabel('Article text').inputValue()).toBe(SLOW);
    expect(await page.evaluate(() => window.kg!.graph.order)).toBe(order);
    expect(await dialog.getByRole('button', { name: 'Cancel' }).count()).toBe(0);

    await dialog.getByLabel('Article text').fill(SMALL);
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await report(/^Added /).waitFor({ timeout: 60_000 });
    // The larger graph is on the canvas once it is drawn (a new canvas, when it could not be patched).
    await page.waitForFunction((n) => (window.kg?.graph.order ?? 0) > n, order, { timeout: 30_000 });
    expect(app.errors).toEqual([]);
  });
});
