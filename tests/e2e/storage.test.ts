// Nothing a user adds is lost: two tabs of one browser adding in turn and at
// once; a full disk (a quota set through the DevTools protocol, as Chromium's
// "custom storage quota" does); a 2 MiB paste with a title; a workspace file
// with no articles opened as "add" and as "replace", with undo; a stored
// record the app cannot use; a database written by the previous version.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from './support/browser.ts';
import { shot } from './support/page.ts';
import { closePanel, listedTitles, openPanel, paste, report } from './support/articles.ts';

let browser: Browser;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
  base = inject('baseURL');
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, errors: string[] = []): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.dismiss());
  await page.goto(base);
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return page;
}

const body = (who: string, where: string) => `${who} met Chancellor Olaf Scholz in ${where} on Monday to discuss trade and energy.`;
const docsInGraph = (page: Page) => page.evaluate(() => [...new Set(window.kg!.graph.mapNodes((_id, a) => a.evidence.map((e) => e.doc)).flat())].filter((d) => d.startsWith('yours/')).sort());

describe('two tabs of one browser', () => {
  it('keeps what either tab added, in both tabs and after a reload', async () => {
    const context = await browser.newContext();
    const errors: string[] = [];
    const [a, b] = [await open(context, errors), await open(context, errors)];
    await openPanel(a);
    await openPanel(b);
    // In turn: A adds, then B adds without having reloaded.
    await paste(a, 'Tab A first', body('French President Emmanuel Macron', 'Berlin'));
    await paste(b, 'Tab B first', body('Italian Prime Minister Giorgia Meloni', 'Rome'));
    await a.locator('li[data-doc^="yours/"]').nth(1).waitFor({ timeout: 60_000 });
    expect(await listedTitles(a)).toEqual(['Tab A first', 'Tab B first']);
    expect(await listedTitles(b)).toEqual(['Tab A first', 'Tab B first']);
    // At once: both tabs add at the same moment, two articles with the same title.
    await Promise.all([
      paste(a, 'Same title', body('Spanish Prime Minister Pedro Sanchez', 'Madrid')),
      paste(b, 'Same title', body('Polish Prime Minister Donald Tusk', 'Warsaw')),
    ]);
    for (const page of [a, b]) await page.locator('li[data-doc^="yours/"]').nth(3).waitFor({ timeout: 60_000 });
    await report(a, /^Another tab|^Added/);
    for (const page of [a, b]) expect(await listedTitles(page)).toEqual(['Same title', 'Same title', 'Tab A first', 'Tab B first']);
    await shot(b, '60-two-tabs');
    // Both articles of the same title are in the graph, under two ids.
    await a.waitForFunction(() => !!window.kg && new Set(window.kg.graph.mapNodes((_id, x) => x.evidence.map((e) => e.doc)).flat().filter((d) => d.startsWith('yours/same-title'))).size === 2, null, { timeout: 60_000 });
    for (const page of [a, b]) {
      await page.reload();
      await page.waitForSelector('html[data-kg-ready]');
      await openPanel(page);
      expect(await listedTitles(page)).toEqual(['Same title', 'Same title', 'Tab A first', 'Tab B first']);
    }
    expect(await docsInGraph(a)).toEqual(await docsInGraph(b));
    expect(await docsInGraph(a)).toHaveLength(4);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});

describe('a full disk', () => {
  it('says which article was not saved, keeps it on screen marked so, and never reports it as added', async () => {
    // A profile on disk: a private (incognito) context keeps IndexedDB in memory, with no quota to reach.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-full-'));
    const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const page = context.pages()[0] ?? (await context.newPage());
    // 1 MB for the whole origin, set before the app opens its database (an open database keeps the quota it saw).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(base).origin, quotaSize: 1024 * 1024 });
    // Chromium's estimate() does not report the DevTools quota: it is told the same figure, for the warning.
    await page.addInitScript(() => {
      const real = navigator.storage.estimate.bind(navigator.storage);
      navigator.storage.estimate = async () => ({ ...(await real()), quota: 1024 * 1024 });
    });
    await page.goto(base);
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    await openPanel(page);
    // Words of random letters: IndexedDB compresses what it stores, and a repeated sentence would take no room.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
    const word = () => Array.from({ length: 3 + (seed % 6) }, letter).join('');
    const filler = (n: number) => `Big report ${n}\n\n` + Array.from({ length: 9_000 }, () => `${Array.from({ length: 12 }, word).join(' ')}.`).join('\n');
    const added: string[] = [];
    let failed: string | null = null;
    for (let n = 1; n <= 6 && !failed; n++) {
      await page.locator('[data-testid="add-files"]').setInputFiles([{ name: `big-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(filler(n)) }]);
      const text = await report(page, new RegExp(`Big report ${n}`), 120_000);
      if (/^Added/.test(text)) added.push(`Big report ${n}`);
      else failed = text;
    }
    expect(failed, 'the quota was never reached').not.toBeNull();
    expect(failed).toMatch(/^Big report \d is in the graph but was not saved in this browser: .*full.*workspace file/);
    const name = /^(Big report \d)/.exec(failed!)![1]!;
    // The article stays listed, marked.
    await expect(page.locator('li[data-doc^="yours/"]', { hasText: name }).locator('[data-testid="not-saved"]').textContent()).resolves.toMatch(/not saved: .*full/);
    // Nothing that was not stored was reported as added.
    const reports = await page.locator('[data-testid="documents-report"]').allTextContents();
    expect(reports.some((r) => r.startsWith('Added') && r.includes(name))).toBe(false);
    await expect(page.locator('[data-testid="storage-use"]').textContent()).resolves.toMatch(/of the 1\.0 MB this browser allows it\. The storage is nearly full/);
    await shot(page, '61-storage-full');
    // Space freed by removing the first article: "Save again" stores the one that was not saved.
    await page.getByRole('button', { name: `Remove ${added[0]}` }).click();
    await report(page, /removed\.$/);
    await page.getByRole('button', { name: `Save ${name} again` }).click();
    await report(page, new RegExp(`^${name} is saved in this browser now`));
    await expect(page.locator('[data-testid="not-saved"]').count()).resolves.toBe(0);
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]');
    await openPanel(page);
    expect(await listedTitles(page)).toEqual([...added.slice(1), name].sort());
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});

describe('a 2 MiB paste with a title', () => {
  it('is refused with the limit, counted with its title line, and the text stays in the form', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await openPanel(page);
    const text = 'Talks went on. '.repeat(Math.ceil((2 * 1024 * 1024) / 15)).slice(0, 2 * 1024 * 1024);
    const dialog = page.getByRole('dialog', { name: 'Your articles' });
    const message = await paste(page, 'A long day', text, '2024-05-01', /not added/);
    expect(message).toMatch(/The pasted article “A long day” was not added: its text has 2,097,\d{3} characters \(title and date lines included\); an article can have at most 2,097,152/);
    expect(await dialog.getByLabel('Article text').inputValue()).toHaveLength(text.length);
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]');
    await openPanel(page);
    expect(await listedTitles(page)).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('opening a workspace file', () => {
  it('asks: "add" keeps mine, "replace" removes them with undo', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    const seedGraph = await page.evaluate(() => window.kg!.graph.export());
    const empty = JSON.stringify({ format: 'news-kg/workspace@1', savedAt: new Date().toISOString(), corpus: 'seeds', articles: [], source: { type: 'articles' }, graph: seedGraph, view: {} });
    await openPanel(page);
    await paste(page, 'Mine', body('Dutch Prime Minister Mark Rutte', 'The Hague'));
    const file = { name: 'empty-workspace.json', mimeType: 'application/json', buffer: Buffer.from(empty) };
    const offer = page.locator('[data-testid="workspace-offer"]');

    await page.locator('[data-testid="add-files"]').setInputFiles([file]);
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toMatch(/Open the workspace empty-workspace\.json\? It has 0 articles/);
    await shot(page, '62-workspace-offer');
    await offer.getByRole('button', { name: 'Add its articles to mine' }).click();
    await report(page, /Nothing to add from empty-workspace\.json: it has no articles/);
    expect(await listedTitles(page)).toEqual(['Mine']);

    await page.locator('[data-testid="add-files"]').setInputFiles([file]);
    await offer.getByRole('button', { name: 'Replace mine (1 article go)' }).click();
    await report(page, /Opened the workspace empty-workspace\.json: 0 articles.*It replaced your article; Undo brings it back/);
    expect(await listedTitles(page)).toEqual([]);
    expect(await docsInGraph(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo: bring my articles back' }).click();
    await report(page, /^Undone: your article is back/);
    expect(await listedTitles(page)).toEqual(['Mine']);
    expect(await docsInGraph(page)).toEqual(['yours/mine.txt']);
    // A colleague's workspace: my article again (another id), and one of theirs under an id I use.
    const mineText = await page.evaluate(async () => {
      const req = indexedDB.open('news-kg', 2);
      const db = await new Promise<IDBDatabase>((resolve) => (req.onsuccess = () => resolve(req.result)));
      const get = db.transaction('articles').objectStore('articles').get('yours/mine.txt');
      return new Promise<string>((resolve) => (get.onsuccess = () => resolve((get.result as { text: string }).text)));
    });
    const theirs = (id: string, title: string, text: string) => ({ id, title, published: null, text, hidden: false, origin: 'pasted', addedAt: '2026-01-01T00:00:00.000Z' });
    const colleague = JSON.stringify({
      ...JSON.parse(empty),
      articles: [theirs('yours/copy-of-mine.txt', 'Copy of mine', mineText), theirs('yours/mine.txt', 'Theirs', `Theirs\n\n${body('Belgian Prime Minister Alexander De Croo', 'Brussels')}`)],
    });
    await page.locator('[data-testid="add-files"]').setInputFiles([{ name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(colleague) }]);
    await expect(offer.textContent()).resolves.toMatch(/It has 2 articles \(1 already among yours\)/);
    await offer.getByRole('button', { name: 'Add its articles to mine' }).click();
    await report(page, /^Added 1 of the articles of colleague\.json to yours \(1 already there\)/);
    expect(await listedTitles(page)).toEqual(['Mine', 'Theirs']);
    expect(await docsInGraph(page)).toEqual(['yours/mine-2.txt', 'yours/mine.txt']);
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]');
    await openPanel(page);
    expect(await listedTitles(page)).toEqual(['Mine', 'Theirs']);
    await closePanel(page);
    await context.close();
  }, 180_000);
});

describe('stored records', () => {
  it('shows a record the app cannot use with the reason, keeps it until deleted', async () => {
    const context = await browser.newContext();
    const page = await open(context);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('news-kg', 2);
          req.onsuccess = () => {
            const tx = req.result.transaction('articles', 'readwrite');
            tx.objectStore('articles').put({ id: 'yours/too-long.txt', title: 'Too long', text: 'x'.repeat(2 * 1024 * 1024 + 10), published: null, hidden: false, origin: 'pasted', addedAt: new Date().toISOString() });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    for (let i = 0; i < 2; i++) {
      await page.reload();
      await page.waitForSelector('html[data-kg-ready]');
      await report(page, /One saved article could not be restored; see Your articles/);
      await openPanel(page);
      await expect(page.locator('[data-testid="refused"]').textContent()).resolves.toMatch(/Too long.*2,097,162 characters.*at most 2,097,152/);
    }
    await shot(page, '63-refused-record');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the text of Too long' }).click();
    expect((await download).suggestedFilename()).toBe('too-long.txt');
    await page.getByRole('button', { name: 'Delete Too long from this browser' }).click();
    await page.locator('[data-testid="refused"]').waitFor({ state: 'detached' });
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]');
    await expect(page.locator('[data-testid="documents-report"]').count()).resolves.toBe(0);
    await context.close();
  }, 120_000);

  it('moves the articles of the previous version (one list) to a record each', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A page of the app's origin that does not run the app: the old database is written first.
    await page.goto(new URL('graph.json', base).href);
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('news-kg', 1);
          req.onupgradeneeded = () => req.result.createObjectStore('workspace');
          req.onsuccess = () => {
            const tx = req.result.transaction('workspace', 'readwrite');
            tx.objectStore('workspace').put([{ id: 'yours/old.txt', title: 'From the old version', text: 'Old one\n\nGerman Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.', published: null, hidden: false, origin: 'pasted', addedAt: '2025-01-01T00:00:00.000Z' }], 'articles');
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.goto(base);
    await page.waitForSelector('html[data-kg-ready]');
    await page.waitForFunction(() => window.kg?.graph.someNode((_id, a) => a.evidence.some((e) => e.doc === 'yours/old.txt')), null, { timeout: 60_000 });
    await openPanel(page);
    expect(await listedTitles(page)).toEqual(['From the old version']);
    await context.close();
  }, 120_000);
});
