// Corrections, as a user makes them: merge the seeds' two proposed visits of
// Putin to the US (the canvas changed in place: the same nodes where they were, less the one absorbed),
// add an article (the graph is rebuilt, the merge holds),
// correct Marco Rubio's roles, export GraphML and read it with networkx, see
// a correction whose target is gone said so, undo the merge, Ctrl+Z and
// Ctrl+Shift+Z, reload: the corrections are still there, and in the workspace
// file beside the graph as built. axe with the panel open.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './support/browser.ts';
import { openApp, readDownload, shot } from './support/page.ts';
import { closePanel, openPanel, paste } from './support/articles.ts';
import { axeViolations } from './support/axe.ts';

const SHOTS = '/work/shots';
const KEEP = 'Putin–Trump visit in Washington (2018)';
const ABSORB = 'Trump–Putin visit';
const RUBIO = 'person:Marco Rubio';
const ARTICLE = 'French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Sunday. The two leaders held talks at the Elysee Palace about the war in Ukraine.';

const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0);

let browser: Browser;
let page: Page;
const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-corrections-'));

async function corrShot(name: string): Promise<void> {
  const file = await shot(page, `corrections-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  copyFileSync(file, path.join(SHOTS, `corrections-${name}.png`));
}

/** Keys of the nodes labelled so. */
/** The canvas is made again when the graph changes: window.kg is back once it is drawn. */
const drawn = () => page.waitForFunction(() => window.kg !== undefined && document.documentElement.dataset.kgReady === 'true');
const keysOf = async (label: string): Promise<string[]> => (await drawn(), page.evaluate((l) => window.kg!.graph.filterNodes((_k, a) => a.label === l), label));
const attrsOf = async (key: string): Promise<Record<string, unknown>> => (await drawn(), page.evaluate((k) => window.kg!.graph.getNodeAttributes(k) as unknown as Record<string, unknown>, key));

async function select(key: string): Promise<void> {
  await page.evaluate((k) => void window.kg!.cy.getElementById(k).emit('tap'), key);
  const details = page.locator('.details-pane');
  await details.locator('h2').first().waitFor();
}

async function openCorrect(): Promise<ReturnType<Page['locator']>> {
  const form = page.locator('.details-pane details.correct');
  if (!(await form.evaluate((d) => (d as HTMLDetailsElement).open))) await form.locator('summary').click();
  return form;
}

async function openCorrections(): Promise<ReturnType<Page['getByRole']>> {
  await page.getByRole('button', { name: /^Corrections/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Corrections' });
  await dialog.waitFor();
  return dialog;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, inject('baseURL'), { width: 1350, height: 900 })).page;
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('corrections', () => {
  it('merges the two proposed visits; the merge holds when an article is added', async () => {
    // The seeds tell one proposed visit of Putin to Washington twice: two meeting nodes.
    const proposed = await page.evaluate(() => window.kg!.graph.filterNodes((_k, a) => a.kind === 'meeting' && a.type === 'visit' && a.status === 'proposed').map((k) => window.kg!.graph.getNodeAttribute(k, 'label')).sort());
    expect(proposed).toEqual([ABSORB, KEEP].sort());
    const [keep] = await keysOf(KEEP);
    const [absorb] = await keysOf(ABSORB);
    const evidence = ((await attrsOf(keep!)).evidence as unknown[]).length + ((await attrsOf(absorb!)).evidence as unknown[]).length;

    await select(keep!);
    const form = await openCorrect();
    await form.getByLabel('Note (why; a rejection\'s reason)').fill('the same proposed visit, told twice');
    await form.getByLabel('Merge into this').selectOption({ label: ABSORB });
    await corrShot('1-merge-form');
    // Where the nodes are drawn before: a correction changes the canvas in place, it does not lay it out again.
    const before = await page.evaluate(() => {
      (window as unknown as { cyBefore: unknown }).cyBefore = window.kg!.cy;
      return window.kg!.cy.nodes().map((n) => [n.id(), n.position()] as const);
    });
    await form.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForFunction((l) => window.kg !== undefined && !window.kg.graph.someNode((_k, a) => a.label === l), ABSORB);
    const after = await page.evaluate(() => ({
      same: (window as unknown as { cyBefore: unknown }).cyBefore === window.kg!.cy,
      positions: Object.fromEntries(window.kg!.cy.nodes().map((n) => [n.id(), n.position()])),
      absorbed: window.kg!.cy.nodes().filter((n) => n.data('label') === 'Trump–Putin visit').length,
    }));
    expect(after.same).toBe(true);
    expect(after.absorbed).toBe(0);
    const kept = before.filter(([id]) => id !== absorb);
    expect(Object.keys(after.positions).sort()).toEqual(kept.map(([id]) => id).sort());
    for (const [id, p] of kept) expect(after.positions[id], id).toEqual(p);
    expect(await keysOf(KEEP)).toHaveLength(1);
    const merged = await attrsOf((await keysOf(KEEP))[0]!);
    expect((merged.evidence as unknown[]).length).toBe(evidence);
    expect(merged).toMatchObject({ corrected: true, correction_note: 'the same proposed visit, told twice' });
    await page.locator('.details-pane [data-testid="corrected-mark"]').filter({ hasText: 'Corrected by you (merged): the same proposed visit, told twice' }).waitFor();
    await corrShot('2-merged');

    await openPanel(page);
    await paste(page, 'Macron hosts Scholz in Paris', ARTICLE, '2023-01-22');
    await closePanel(page);
    expect(await page.evaluate(() => window.kg!.graph.someNode((_k, a) => a.label === 'Olaf Scholz'))).toBe(true);
    expect(await keysOf(ABSORB)).toEqual([]);
    const again = await keysOf(KEEP);
    expect(again).toHaveLength(1);
    expect(await attrsOf(again[0]!)).toMatchObject({ corrected: true });
  });

  it("corrects Marco Rubio's roles; networkx reads the corrected roles from the GraphML", async () => {
    expect((await attrsOf(RUBIO)).roles).toEqual(['Secretary of State', 'Director of the CIA']);
    await select(RUBIO);
    const form = await openCorrect();
    await form.getByLabel('Note (why; a rejection\'s reason)').fill('Ratcliffe is the CIA director');
    await form.getByRole('button', { name: 'Remove the role Director of the CIA' }).click();
    await page.waitForFunction((k) => window.kg?.graph.getNodeAttribute(k, 'roles')?.length === 1, RUBIO);
    await page.locator('.details-pane dd').filter({ hasText: /^Secretary of State$/ }).waitFor();
    await corrShot('3-roles');

    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByRole('radiogroup', { name: 'Scope' }).getByRole('radio', { name: 'Whole graph' }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'GraphML' }).click()]);
    const { bytes } = await readDownload(download);
    await page.keyboard.press('Escape');
    const file = path.join(dir, 'corrected.graphml');
    writeFileSync(file, bytes);
    if (!python) {
      console.warn('tests/e2e/corrections: networkx check skipped, no python3 with networkx');
      return;
    }
    const run = spawnSync(python, ['-c', `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes['person:Marco Rubio']
visits = [k for k, a in g.nodes(data=True) if a.get('label') in (${JSON.stringify(KEEP)}, ${JSON.stringify(ABSORB)})]
print(json.dumps({'roles': json.loads(n['roles']), 'corrected': n.get('corrected'), 'note': n.get('correction_note'), 'fields': json.loads(n['corrected_fields']), 'visits': len(visits), 'plain': [a.get('corrected') for k, a in g.nodes(data=True) if a.get('label') == 'Donald Trump']}))
`, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ roles: ['Secretary of State'], corrected: true, note: 'Ratcliffe is the CIA director', fields: ['roles'], visits: 1, plain: [null] });
  });

  it('says when a correction\'s target is gone, and applies it again when it is back', async () => {
    const [scholz] = await keysOf('Olaf Scholz');
    await select(scholz!);
    const form = await openCorrect();
    await form.getByLabel('Name').fill('Olaf Scholz (Chancellor)');
    await form.getByRole('button', { name: 'Rename' }).click();
    await page.waitForFunction((k) => window.kg?.graph.hasNode(k) && window.kg.graph.getNodeAttribute(k, 'label') === 'Olaf Scholz (Chancellor)', scholz!);
    await openPanel(page);
    await page.locator('li[data-doc^="yours/"]').getByRole('button', { name: /^Hide/ }).click();
    await page.waitForFunction((k) => window.kg !== undefined && !window.kg.graph.hasNode(k), scholz!);
    await closePanel(page);
    const panel = await openCorrections();
    const rename = panel.locator('li[data-correction="rename"]');
    await expect(rename.textContent()).resolves.toContain('Target no longer in the graph: “Olaf Scholz” is no longer in the graph');
    await corrShot('4-target-gone');
    await panel.getByRole('button', { name: 'Close corrections' }).click();
    await openPanel(page);
    await page.locator('li[data-doc^="yours/"]').getByRole('button', { name: /^Show/ }).click();
    await page.waitForFunction((k) => window.kg?.graph.hasNode(k) && window.kg.graph.getNodeAttribute(k, 'label') === 'Olaf Scholz (Chancellor)', scholz!);
    await closePanel(page);
  });

  it('lists the corrections with no axe violations; Undo brings the two visits back; Ctrl+Z and Ctrl+Shift+Z', async () => {
    const panel = await openCorrections();
    const items = panel.getByRole('list', { name: 'Your corrections, newest first' }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(3);
    await expect(items.first().textContent()).resolves.toContain('Renamed “Olaf Scholz” to “Olaf Scholz (Chancellor)”');
    await expect(items.nth(1).textContent()).resolves.toMatch(/Roles of “Marco Rubio”: Secretary of State.*Ratcliffe is the CIA director/);
    await expect(items.nth(2).textContent()).resolves.toMatch(/Merged “Trump–Putin visit” into “Putin–Trump visit in Washington \(2018\)”.*the same proposed visit, told twice/);
    expect(await axeViolations(page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])).toEqual([]);
    await corrShot('5-panel');

    await panel.getByRole('button', { name: `Undo: Merged “${ABSORB}” into “${KEEP}”` }).click();
    await page.waitForFunction((l) => window.kg?.graph.someNode((_k, a) => a.label === l), ABSORB);
    expect(await keysOf(KEEP)).toHaveLength(1);
    expect(await keysOf(ABSORB)).toHaveLength(1);
    await expect(items.count()).resolves.toBe(2);
    await panel.getByRole('button', { name: 'Close corrections' }).click();

    // Ctrl+Z undoes the last made (the rename), Ctrl+Shift+Z makes it again; not while typing.
    await page.locator('.stage').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.kg?.graph.someNode((_k, a) => a.label === 'Olaf Scholz'));
    await page.keyboard.press('Control+Shift+z');
    await page.waitForFunction(() => window.kg?.graph.someNode((_k, a) => a.label === 'Olaf Scholz (Chancellor)'));
    await corrShot('6-after-undo');
  });

  it('are still there after a reload', async () => {
    await page.reload();
    await page.waitForSelector('html[data-kg-ready]', { timeout: 30_000 });
    // The user's article is read again and the graph rebuilt: the corrections come with it.
    await page.waitForFunction((k) => window.kg?.graph.hasNode(k) && window.kg.graph.getNodeAttribute(k, 'roles')?.length === 1 && window.kg.graph.someNode((_k, a) => a.label === 'Olaf Scholz (Chancellor)'), RUBIO, { timeout: 30_000 });
    expect(await attrsOf(RUBIO)).toMatchObject({ roles: ['Secretary of State'], corrected: true });
    expect(await keysOf('Olaf Scholz (Chancellor)')).toHaveLength(1);
    expect(await keysOf(ABSORB)).toHaveLength(1);
    const panel = await openCorrections();
    await expect(panel.getByRole('list', { name: 'Your corrections, newest first' }).getByRole('listitem').count()).resolves.toBe(2);
    await corrShot('7-after-reload');
    await panel.getByRole('button', { name: 'Close corrections' }).click();
  });

  it('the workspace file holds the corrections and the graph as built', async () => {
    await openPanel(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save workspace file' }).click()]);
    await closePanel(page);
    const workspace = JSON.parse((await readDownload(download)).bytes.toString('utf8')) as { corrections: { type: string; note: string }[]; graph: { nodes: { key: string; attributes: Record<string, unknown> }[] } };
    expect(workspace.corrections.map((c) => [c.type, c.note])).toEqual([['roles', 'Ratcliffe is the CIA director'], ['rename', '']]);
    const rubio = workspace.graph.nodes.find((n) => n.key === RUBIO)!;
    expect(rubio.attributes.roles).toEqual(['Secretary of State', 'Director of the CIA']);
    expect(workspace.graph.nodes.some((n) => n.attributes.corrected)).toBe(false);
  });
});
