// Helpers shared by the e2e tests: open the app, wait until it is interactive,
// take numbered screenshots, read downloads, find where a node is drawn.
import path from 'node:path';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { ROOT } from './server.ts';

export const SHOTS = path.join(ROOT, 'test-output', 'e2e');
mkdirSync(SHOTS, { recursive: true });

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Serve this JSON instead of the built graph asset. */
  graphAsset?: string;
}

export interface AppPage {
  page: Page;
  /** Dialogs (alert/confirm/prompt) the page opened: must stay empty. */
  dialogs: string[];
  errors: string[];
}

export async function openApp(browser: Browser, url: string, options: OpenOptions = {}): Promise<AppPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.graphAsset) {
    const body = options.graphAsset;
    await page.route('**/graph.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  }
  await page.goto(url);
  await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
  return { page, dialogs, errors };
}

export async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export async function readDownload(download: Download): Promise<{ name: string; bytes: Buffer }> {
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** Where the node with this label is drawn, in page coordinates (null when absent). */
export async function nodeScreenPosition(page: Page, label: string): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate((wanted) => {
    const cy = window.kg!.cy;
    const node = cy.nodes().filter((n) => String(n.data('label')).toLowerCase() === wanted.toLowerCase())[0];
    if (!node) return null;
    const box = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, id: node.id() };
  }, label);
}

/** PNG width and height from the IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('not a PNG: no IHDR chunk first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
