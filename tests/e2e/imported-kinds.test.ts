// A graph of another tool whose nodes have no kind the app knows (issue 14):
// they are "Other entities", a kind of their own in the legend and filters;
// a dynamic GEXF's values over time read one span a line in the details, and
// the import message says the times are not drawn. The Cytoscape export
// carries the positions on screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { nodeScreenPosition, openApp, readDownload, shot } from './support/page.ts';

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node" mode="dynamic"><attribute id="0" title="approval" type="double"/></attributes>
    <nodes>
      <node id="merkel" label="Angela Merkel" start="2005-11-22" end="2021-12-08">
        <attvalues>
          <attvalue for="0" value="0.61" start="2005-11-22" end="2013-12-17"/>
          <attvalue for="0" value="0.55" start="2013-12-17"/>
        </attvalues>
      </node>
      <node id="bundestag" label="Bundestag"/>
      <node id="spd" label="SPD"/>
    </nodes>
    <edges><edge id="a" source="merkel" target="bundestag"/><edge id="b" source="spd" target="bundestag"/></edges>
  </graph>
</gexf>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = (await openApp(browser, inject('baseURL'))).page;
});

afterAll(async () => {
  await browser?.close();
});

describe('nodes of an unknown kind, from a dynamic GEXF', () => {
  it('are "Other entities": drawn, listed and filterable in the sidebar', async () => {
    const panel = page.getByRole('button', { name: /^Your articles/ });
    if (!(await page.locator('[data-testid="add-files"]').count())) await panel.click();
    await page.locator('[data-testid="add-files"]').setInputFiles({ name: 'chancellery.gexf', mimeType: 'application/octet-stream', buffer: Buffer.from(GEXF) });
    // The dialog opened to reach the chooser is closed, as a user would, to see the graph.
    if (await page.locator('dialog.your-articles[open]').count()) await page.getByRole('button', { name: 'Close your articles' }).click();
    await page.waitForFunction(() => window.kg?.graph.order === 3 && document.documentElement.dataset.kgReady === 'true', null, { timeout: 60_000 });
    await expect.poll(() => page.getByText(/the timeline shows meetings' dates, not these times\); the times are shown in each node's and edge's details/).count()).toBeGreaterThan(0);
    const sidebar = page.getByRole('complementary', { name: 'Legend and filters' });
    const entities = sidebar.getByRole('checkbox', { name: /Other entities/ });
    await expect.poll(() => entities.isChecked()).toBe(true);
    await entities.uncheck();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.nodes(':visible').length)).toBe(0);
    await entities.check();
    await expect.poll(() => page.evaluate(() => window.kg!.cy.nodes(':visible').length)).toBe(3);
  });

  it('show their values over time one span a line in the details', async () => {
    await page.keyboard.press('Escape');
    const at = await nodeScreenPosition(page, 'Angela Merkel');
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.locator('.kind').first().textContent(), { timeout: 10_000 }).toContain('Entity');
    const approval = details.locator('dt', { hasText: /^approval$/ }).locator('xpath=following-sibling::dd[1]');
    expect((await approval.innerText()).split('\n')).toEqual(['0.61 (2005-11-22 – 2013-12-17)', '0.55 (2013-12-17 – …)']);
    await shot(page, '85-imported-entity-details');
  });

  it('export as Cytoscape JSON with the positions on screen', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export' }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Cytoscape (.cyjs)' }).click()]);
    const { name, bytes } = await readDownload(download);
    expect(name).toMatch(/\.cyjs$/);
    const file = JSON.parse(bytes.toString('utf8')) as { elements: { nodes: { data: { id: string }; position: { x: number; y: number }; classes: string }[] } };
    const onScreen = await page.evaluate(() => Object.fromEntries(window.kg!.cy.nodes().map((n) => [n.id(), n.position()])));
    for (const node of file.elements.nodes) {
      expect(node.position).toEqual(onScreen[node.data.id]);
      expect(node.classes).toBe('kind-entity');
    }
  });
});
