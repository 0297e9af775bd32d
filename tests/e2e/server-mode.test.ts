// The explorer opened from `kg serve`: the seeds ingested into a PGlite folder,
// the server started as a user starts it (its own process, serving the built
// app), and the app driven in Chromium: it starts empty, finds Putin, draws
// him with his neighbours, expands him, says what the caps held back, and
// shows the Helsinki summit's evidence when it is selected, and the evidence
// of Putin's edge to it when that is. The write route answers only with the token.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { runDbCommand } from '../../src/cli/db-commands.ts';
import { captureStream } from '../cli/helpers.ts';
import { launchChromium } from './support/browser.ts';
import { ROOT, freePort } from './support/server.ts';
import { axisX, brush } from './support/timeline.ts';

const TOKEN = 'e2e-token-0123456789';
let folder: string;
let server: ChildProcess | null = null;
let url: string;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'kg-serve-e2e-'));
  const db = path.join(folder, 'store');
  expect(await runDbCommand(['ingest', path.join(ROOT, 'seeds'), '--db', db, '--budget-seconds', '0'], { stdout: captureStream(), stderr: captureStream() })).toBe(0);
  const port = await freePort();
  server = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'serve', '--db', db, '--port', String(port), '--app', inject('appDir')], {
    cwd: ROOT,
    env: { ...process.env, KG_SERVE_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  await new Promise<void>((resolve, reject) => {
    server!.stdout!.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('serving')) resolve();
    });
    server!.stderr!.on('data', (chunk: Buffer) => (said += chunk.toString()));
    server!.once('exit', (code) => reject(new Error(`kg serve exited (${code}): ${said}`)));
  });
  url = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const details = () => page.getByRole('region', { name: 'Details' });
/** The canvas made again for the graph as it now is, laid out. */
const settled = () => page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
const drawnLabels = () => page.evaluate(() => window.kg?.cy.nodes().map((n) => String(n.data('label'))) ?? []);

describe('the explorer on kg serve', () => {
  it('starts empty, with the search', async () => {
    await page.goto(`${url}/`);
    await page.getByText('Search for a person, a place or a meeting').waitFor();
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    await page.waitForFunction(() => window.kg?.cy !== undefined);
    expect(await drawnLabels()).toEqual([]);
  });

  it('finds Putin, and choosing him draws him with his neighbours', async () => {
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Putin');
    const hit = page.getByRole('option', { name: /Vladimir Putin/ });
    await hit.waitFor();
    await hit.click();
    await details().getByRole('heading', { name: 'Vladimir Putin', level: 2 }).waitFor();
    await page.waitForFunction(() => (window.kg?.cy.nodes().length ?? 0) > 1);
    const labels = await drawnLabels();
    expect(labels).toContain('Vladimir Putin');
    // A neighbour is a meeting he took part in, as the details list it.
    const tookPart = details().getByRole('heading', { name: /^Took part in/ });
    await tookPart.waitFor();
    expect(labels.length).toBeGreaterThan(2);
  });

  it('expands a neighbour on a double-click', async () => {
    await settled();
    const before = (await drawnLabels()).length;
    // His meeting in Helsinki, drawn but not expanded: its venue comes in. Where it is drawn, once it stays there.
    const where = () =>
      page.evaluate(() => {
        const cy = window.kg!.cy;
        const node = cy.nodes().filter((n) => n.data('kind') === 'meeting' && /Helsinki \(2018/.test(String(n.data('label'))))[0]!;
        const box = cy.container()!.getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y), label: String(node.data('label')) };
      });
    // Still for 600 ms on a laid-out canvas: new nodes are placed at once and settled by the layout worker after.
    await settled();
    let target = await where();
    for (let i = 0, still = 0; i < 40 && still < 4; i++) {
      await page.waitForTimeout(150);
      await settled();
      const next = await where();
      still = next.x === target.x && next.y === target.y ? still + 1 : 0;
      target = next;
    }
    await page.mouse.dblclick(target.x, target.y);
    await details().getByRole('heading', { name: target.label, level: 2 }).waitFor();
    await details().getByRole('heading', { name: /^Venue/ }).waitFor();
    await page.waitForFunction((n) => (window.kg?.cy.nodes().length ?? 0) > n, before);
    expect(await drawnLabels()).toContain('Helsinki');
    expect(await details().getByRole('button', { name: /^Expand/ }).count()).toBe(0);
  });

  it('expands the node selected with the keyboard on Enter', async () => {
    await settled();
    const before = (await drawnLabels()).length;
    // The Helsinki venue, just come in, is not expanded: its other meetings are not drawn yet.
    await page.evaluate(() => {
      const cy = window.kg!.cy;
      const venue = cy.nodes().filter((n) => n.data('label') === 'Helsinki')[0]!;
      venue.emit('tap');
    });
    await details().getByRole('heading', { name: 'Helsinki', level: 2 }).waitFor();
    await details().getByRole('button', { name: /^Expand/ }).waitFor();
    await page.getByRole('application', { name: 'Knowledge graph canvas' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window.kg?.cy.nodes().length ?? 0) > n, before);
    await details().getByRole('heading', { name: /^Meetings here/ }).waitFor();
  });

  it('says what a cap held back, and brings it when asked', async () => {
    await page.getByRole('combobox', { name: 'Search' }).fill('Putin');
    await page.getByRole('option', { name: /Vladimir Putin/ }).click();
    await details().getByRole('heading', { name: 'Vladimir Putin', level: 2 }).waitFor();
    // He took part in 11 meetings; 8 of each relation come first.
    const tookPart = details().getByRole('heading', { name: /^Took part in/ });
    expect(await tookPart.textContent()).toBe('Took part in 8 of 11');
    const more = details().getByRole('button', { name: '3 more took part in' });
    const drawn = (await drawnLabels()).length;
    await more.click();
    await page.waitForFunction(() => document.querySelector('.details-pane')?.textContent?.includes('Took part in 11 of 11'));
    expect(await more.count()).toBe(0);
    // The canvas of the larger graph is the page's once its new nodes are settled (in the layout worker).
    await page.waitForFunction((n) => (window.kg?.cy.nodes().length ?? 0) >= n, drawn);
    const now = (await drawnLabels()).length;
    expect(now).toBeGreaterThanOrEqual(drawn);
    expect(now).toBeLessThanOrEqual(drawn + 3);
  });

  it('shows the Helsinki summit evidence when it is selected, and more of it on request', async () => {
    // On the timeline, as a keyboard user goes: to its marks, along them in time to Helsinki's, Enter.
    const marks = page.getByRole('region', { name: 'Timeline' }).locator('g.keys[role="button"]');
    await marks.waitFor();
    await marks.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 60 && !/Helsinki/.test((await marks.getAttribute('aria-label')) ?? ''); i++) await page.keyboard.press('ArrowRight');
    expect(await marks.getAttribute('aria-label')).toMatch(/^Trump–Putin bilateral meeting in Helsinki.*, 16 Jul 2018, held \(\d+ of \d+;/);
    await page.keyboard.press('Enter');
    await details().getByRole('heading', { name: /Helsinki/, level: 2 }).waitFor();
    const excerpt = details().locator('.evidence q.excerpt').first();
    await excerpt.waitFor();
    expect(await excerpt.textContent()).toMatch(/Helsinki|summit/i);
    expect(await details().getByText(/^Date/).count()).toBeGreaterThan(0);
    expect(await drawnLabels()).toContain(await details().getByRole('heading', { level: 2 }).textContent());
    mkdirSync('/tmp/shots', { recursive: true });
    await page.screenshot({ path: '/tmp/shots/server-mode.png' });
    // Five sentences at first, the rest on request.
    const excerpts = details().locator('.evidence q.excerpt');
    expect(await excerpts.count()).toBe(5);
    await details().getByRole('button', { name: 'More evidence (1 left)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.details-pane .evidence q.excerpt').length === 6);
    expect(await details().getByRole('button', { name: /^More evidence/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("shows an edge's evidence when it is selected, with its articles and the names marked, and more of it on request", async () => {
    await page.getByRole('combobox', { name: 'Search' }).fill('Putin');
    await page.getByRole('option', { name: /Vladimir Putin/ }).click();
    await details().getByRole('heading', { name: 'Vladimir Putin', level: 2 }).waitFor();
    await settled();
    // His part in the Helsinki summit: the edge from him to that meeting, as a tap on it selects it.
    const summit = await page.evaluate(() => {
      const edge = window.kg!.cy.edges().filter((e) => e.source().data('label') === 'Vladimir Putin' && /^Trump–Putin bilateral meeting in Helsinki/.test(String(e.target().data('label'))))[0]!;
      edge.emit('tap');
      return String(edge.target().data('label'));
    });
    await details().getByRole('heading', { name: `Vladimir Putin → ${summit}`, level: 2 }).waitFor();
    const items = details().locator('.evidence li');
    await items.first().locator('q.excerpt').waitFor();
    expect(await items.first().locator('.meta').textContent()).toBe('Amid criticism, Trump eyes 2nd meeting with Putin · 20 Jul 2018');
    expect(await items.first().locator('q.excerpt').textContent()).toMatch(/Helsinki|summit|meeting/i);
    expect(await details().locator('.evidence mark').allTextContents()).toContain('Putin');
    expect(await details().getByText('5 of 6 sentences').count()).toBe(1);
    await details().getByRole('button', { name: 'More evidence (1 left)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.details-pane .evidence q.excerpt').length === 6);
    mkdirSync('/tmp/shots', { recursive: true });
    await page.screenshot({ path: '/tmp/shots/server-mode-edge.png' });
    expect(errors).toEqual([]);
  });

  it("draws the server's meetings on a time axis; brushing 2018 leaves the graph's meetings of 2018", async () => {
    const served = (await (await fetch(`${url}/api/meetings?from=2001&to=2025`)).json()).meetings as { key: string; date: string | null }[];
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const marks = () => timeline.locator('.layer').evaluateAll((paths) => paths.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0));
    await expect.poll(marks).toBe(served.filter((m) => /^\d{4}/.test(m.date ?? '')).length);
    await brush(page, (await axisX(page, 2018)) + 1, (await axisX(page, 2019)) - 1);
    await expect.poll(() => timeline.locator('[role="status"]').textContent()).toMatch(/2018 – .*2018 · \d+ meetings?/);
    // The graph's meetings still drawn, by their dates.
    const shown = () => page.evaluate(() => window.kg!.cy.nodes('[kind = "meeting"]').filter((n) => !n.hasClass('hidden')).map((n) => String(window.kg!.graph.getNodeAttribute(n.id(), 'date') ?? 'undated')));
    await expect.poll(async () => (await shown()).length).toBeGreaterThan(0);
    for (const date of await shown()) expect(date).toMatch(/^2018/);
    await timeline.getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(async () => (await shown()).some((date) => !/^2018/.test(date))).toBe(true);
    await page.screenshot({ path: '/tmp/shots/server-mode-timeline.png' });
    expect(errors).toEqual([]);
  });

  it('writes only with the token', async () => {
    const subject = (await (await fetch(`${url}/api/search?q=Putin`)).json()).hits[0].key as string;
    const post = (token?: string) =>
      fetch(`${url}/api/corrections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ subject, field: 'rename', value: { label: 'V. V. Putin' } }),
      });
    expect((await post()).status).toBe(401);
    expect((await post('wrong-token-0123456789')).status).toBe(401);
    const made = await post(TOKEN);
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({ subject, field: 'rename' });
  });
});
