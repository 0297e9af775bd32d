// Every file of tests/fixtures/hostile (and two 50 MB files made here) loaded
// through the app's file input: each gets its message, nothing runs, no
// dialog opens, the page raises no error and the graph already loaded stays.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './support/browser.ts';
import { ROOT } from './support/server.ts';
import { openApp, shot, type AppPage } from './support/page.ts';
import { HOSTILE_CASES, HUGE_BYTES, HUGE_CASES, type HostileCase } from '../fixtures/hostile/expected.ts';

const DIR = path.join(ROOT, 'tests/fixtures/hostile');
let browser: Browser;
let app: AppPage;
let page: Page;
let seedOrder: number;

beforeAll(async () => {
  browser = await launchChromium();
  app = await openApp(browser, inject('baseURL'));
  page = app.page;
  seedOrder = await page.evaluate(() => window.kg!.graph.order);
  await page.getByRole('button', { name: /^Your articles/ }).click();
});

afterAll(async () => {
  await browser?.close();
});

const order = () => page.evaluate(() => window.kg!.graph.order);
const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

// playwright passes buffers up to 50 MB; bigger inputs go through a file made here.
const TMP = mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function load(c: HostileCase, buffer: Buffer): Promise<string> {
  const input = page.locator('[data-testid="add-files"]');
  if (buffer.length >= HUGE_BYTES) {
    const file = path.join(TMP, c.file);
    writeFileSync(file, buffer);
    await input.setInputFiles(file);
  } else await input.setInputFiles({ name: c.file, mimeType: 'application/octet-stream', buffer });
  const report = page.locator('[data-testid="documents-report"]').filter({ hasText: c.message }).first();
  await report.waitFor({ timeout: 30_000 });
  await page.waitForSelector('html[data-kg-ready]');
  return (await report.textContent()) ?? '';
}

const rows: string[] = [];

describe('hostile inputs', () => {
  const refused = [...HOSTILE_CASES.filter((c) => !c.accepted), ...HUGE_CASES];
  it.each(refused)('$file is refused: $message', async (c) => {
    const buffer = c.file.startsWith('huge-') ? Buffer.alloc(HUGE_BYTES, c.file.endsWith('.graphml') ? '<graphml>' : 'Putin met Trump. ') : readFileSync(path.join(DIR, c.file));
    const message = await load(c, buffer);
    rows.push(`| ${c.file} | ${buffer.length} | ${message.replace(/\|/g, '\\|')} |`);
    expect(await order()).toBe(seedOrder); // nothing lost, nothing half-added
    expect(await pwned()).toBeUndefined();
  });

  it('adds an HTML article with scripts as text, running none of it', async () => {
    const c = HOSTILE_CASES.find((x) => x.file === 'script-article.html')!;
    const message = await load(c, readFileSync(path.join(DIR, c.file)));
    rows.push(`| ${c.file} | accepted | ${message} |`);
    const text = await page.evaluate(() => {
      const docs = window.kg!.graph.mapNodes((_id, a) => a.evidence.map((e) => e.doc)).flat();
      return docs.find((d) => d.startsWith('yours/')) ?? null;
    });
    expect(text).toMatch(/^yours\//);
    await page.waitForTimeout(300);
    expect(await pwned()).toBeUndefined();
  });

  it('adds a text article full of markup, shown as text', async () => {
    const c = HOSTILE_CASES.find((x) => x.file === 'script-in-text.txt')!;
    const message = await load(c, readFileSync(path.join(DIR, c.file)));
    rows.push(`| ${c.file} | accepted | ${message} |`);
    const li = page.locator('li[data-doc^="yours/script"]').first();
    await expect(li.textContent()).resolves.toContain('<script>');
    await shot(page, '60-hostile-articles-as-text');
    expect(await pwned()).toBeUndefined();
  });

  it('imports a graph with markup in its attributes, shown as text', async () => {
    const c = HOSTILE_CASES.find((x) => x.file === 'script-attributes.graphml')!;
    const message = await load(c, readFileSync(path.join(DIR, c.file)));
    rows.push(`| ${c.file} | accepted | ${message} |`);
    await page.getByRole('button', { name: 'Close your articles' }).click();
    const id = await page.evaluate(() => window.kg!.graph.findNode((_id, a) => a.label.startsWith('<img')));
    await page.evaluate((node) => void window.kg!.cy.getElementById(node!).emit('tap'), id);
    const details = page.locator('.details-pane');
    await details.getByText('<script>window.__pwned="note"</script>').waitFor();
    await shot(page, '61-hostile-attributes-as-text');
    expect(await pwned()).toBeUndefined();
    // Back to the articles' graph: the seeds and the two articles added above.
    await page.getByRole('button', { name: /^Your articles/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: "Back to the articles' graph" }).click();
    await page.waitForFunction((n) => (window.kg?.graph.order ?? 0) > n, seedOrder);
    expect(app.errors).toEqual([]);
    expect(app.dialogs).toEqual([]);
    console.log(['| file | bytes | message |', '|---|---|---|', ...rows].join('\n'));
  });
});
