// The "Your articles" panel, as a user drives it: open and close it, paste an
// article, wait for the report of what an action did.
import type { Page } from 'playwright-core';

export async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Your articles/ }).click();
  await page.getByRole('dialog', { name: 'Your articles' }).waitFor();
}

export async function closePanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close your articles' }).click();
}

/** Waits for the report of the last action and for the canvas to be ready again. */
export async function report(page: Page, pattern: RegExp, timeout = 60_000): Promise<string> {
  const locator = page.locator('[data-testid="documents-report"]').filter({ hasText: pattern }).first();
  await locator.waitFor({ timeout });
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return (await locator.textContent()) ?? '';
}

/** Pastes an article in the open panel and waits for a report matching `expected` ("Added …" by default). */
export async function paste(page: Page, title: string, body: string, date = '', expected: RegExp = /^Added /): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Your articles' });
  await dialog.getByLabel('Title').fill(title);
  if (date) await dialog.getByLabel('Date').fill(date);
  await dialog.getByLabel('Article text').fill(body);
  await dialog.getByRole('button', { name: 'Add article' }).click();
  return report(page, expected);
}

/** The titles listed under "Added". */
export async function listedTitles(page: Page): Promise<string[]> {
  return (await page.locator('li[data-doc^="yours/"] .title').allTextContents()).sort();
}
