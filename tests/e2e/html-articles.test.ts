// HTML articles added through the file chooser are read as a browser parses
// them: an attribute value holding '>' is not text (and makes no meeting), and
// '<!-->' is an empty comment, not the start of one that swallows the article.
// The text is read back where the user reads it, in the article dialog.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { openApp, shot } from './support/page.ts';

const TOOLTIP_PAGE = `<!doctype html><html><head><title>Ruto in Nairobi</title></head><body>
<div title="tooltip > Xi met Obama in Beijing"><p>Kenyan President William Ruto spoke to reporters in Nairobi on Monday.</p></div>
</body></html>`;
const TOOLTIP_TEXT = 'Ruto in Nairobi\n\nKenyan President William Ruto spoke to reporters in Nairobi on Monday.';

const COMMENT_PAGE = `<!doctype html><html><head><title>Macron in Rome</title></head><body>
<!--><p>French President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.</p>
<!-- editor's note: check the date -->
</body></html>`;
const COMMENT_TEXT = 'Macron in Rome\n\nFrench President Emmanuel Macron met Italian Prime Minister Giorgia Meloni in Rome on Tuesday.';

interface NodeInfo {
  label: string;
  kind: string;
  docs: string[];
}

const nodes = (page: Page): Promise<NodeInfo[]> =>
  page.evaluate(() => window.kg!.graph.mapNodes((_id, a) => ({ label: a.label, kind: a.kind, docs: a.evidence.map((e) => e.doc) })));

/** The article's text as the article dialog shows it. */
async function readArticle(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: `Read ${title}`, exact: true }).click();
  const body = page.locator('[data-testid="article-text"]');
  await body.waitFor();
  const text = (await body.textContent()) ?? '';
  await page.getByRole('button', { name: 'Close article' }).click();
  await body.waitFor({ state: 'detached' });
  return text;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, inject('baseURL'))).page;
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML articles from the file chooser', () => {
  it('gives exactly the visible text, and no meeting from an attribute', async () => {
    await page.getByRole('button', { name: /^Your articles/ }).click();
    await page.getByRole('dialog', { name: 'Your articles' }).waitFor();
    await page.locator('[data-testid="add-files"]').setInputFiles([
      { name: 'tooltip.html', mimeType: 'text/html', buffer: Buffer.from(TOOLTIP_PAGE) },
      { name: 'comment.html', mimeType: 'text/html', buffer: Buffer.from(COMMENT_PAGE) },
    ]);
    await page.locator('[data-testid="documents-report"]').filter({ hasText: /^Added .*Ruto in Nairobi.*Macron in Rome/ }).waitFor({ timeout: 60_000 });
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    await shot(page, '70-html-articles-added');
    await page.getByRole('button', { name: 'Close your articles' }).click();

    expect(await readArticle(page, 'Ruto in Nairobi')).toBe(TOOLTIP_TEXT);
    expect(await readArticle(page, 'Macron in Rome')).toBe(COMMENT_TEXT);

    const all = await nodes(page);
    const from = (doc: string) => all.filter((n) => n.docs.includes(doc));
    // The tooltip's "Xi met Obama in Beijing" is an attribute value: nothing comes of it.
    const tooltip = from('yours/tooltip.txt');
    expect(tooltip.map((n) => n.label)).toContain('William Ruto');
    expect(tooltip.filter((n) => n.kind === 'meeting')).toEqual([]);
    expect(tooltip.map((n) => n.label)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Obama|Xi|Beijing/)]));
    // The sentence after '<!-->' is read, and its meeting found.
    const comment = from('yours/comment.txt');
    expect(comment.map((n) => n.label)).toEqual(expect.arrayContaining(['Emmanuel Macron', 'Giorgia Meloni', 'Rome']));
    expect(comment.filter((n) => n.kind === 'meeting')).toHaveLength(1);
  });
});
