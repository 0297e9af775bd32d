// `kg serve`'s API on the seeds, on each engine: what a client asking for
// names, a node, its neighbourhood, its evidence, meetings in a range and a
// path gets back, and the 400s for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDbCommand } from '../../src/cli/db-commands.ts';
import { startApi } from '../../src/cli/serve.ts';
import { type Store, openStore } from '../../src/db/store.ts';
import { captureStream } from '../cli/helpers.ts';
import { ENGINES } from './support/stores.ts';

const LONG = 180_000;

describe.each(ENGINES.map((make) => [make().name, make] as const))('kg serve on %s', (_name, make) => {
  const engine = make();
  let store: Store;
  let api: { url: string; close: () => Promise<void> };
  const get = async (path: string) => {
    const res = await fetch(`${api.url}${path}`);
    // The shapes are what the API documents; a test reads them as a client would, untyped.
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  beforeAll(async () => {
    const db = await engine.fresh();
    expect(await runDbCommand(['ingest', 'seeds', '--db', db, '--budget-seconds', '0'], { stdout: captureStream(), stderr: captureStream() })).toBe(0);
    store = await openStore(db);
    api = await startApi(store, 0);
  }, LONG);
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await engine.close();
  }, LONG);

  const putin = async () => (await get('/search?q=Putin')).body.hits[0].key as string;
  const trump = async () => (await get('/search?q=Donald%20Trump')).body.hits[0].key as string;

  it('finds names by prefix from three characters, and by trigrams', async () => {
    const prefix = await get('/search?q=Vla');
    expect(prefix.status).toBe(200);
    expect(prefix.body.hits[0]).toMatchObject({ label: 'Vladimir Putin', prefix: true });
    const misspelt = await get('/search?q=Vladimr%20Puttin');
    expect(misspelt.body.hits.map((h: { label: string }) => h.label)).toContain('Vladimir Putin');
    const short = await get('/search?q=Pu');
    expect(short.status).toBe(400);
    expect(short.body.error).toBe('search needs at least 3 characters, got 2');
    expect((await get('/search?q=100%25')).status).toBe(200); // a % is a character, not a wildcard
  });

  it('shows a node with its attributes, and says which ids are bad or unknown', async () => {
    const node = await get(`/node?id=${encodeURIComponent(await putin())}`);
    expect(node.status).toBe(200);
    expect(node.body).toMatchObject({ label: 'Vladimir Putin', kind: 'leader', country: 'RU' });
    expect(node.body.aliases).toContain('Putin');
    expect(node.body.articles).toBe(5);
    expect((await get('/node?id=')).status).toBe(400);
    expect((await get('/node?id=%01x')).body.error).toMatch(/^bad id/);
    const unknown = await get('/node?id=nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('no node "nobody"');
    expect((await get('/node?id=doc:002_9517e603d3d3cb6d.txt')).body).toMatchObject({ kind: 'document', title: 'Eager to meet Putin, Trump makes advisers worried' });
  });

  it('gives the neighbourhood capped per relation, counting what it leaves out', async () => {
    const id = await putin();
    const one = await get(`/neighbours?id=${encodeURIComponent(id)}&per=2`);
    expect(one.status).toBe(200);
    const groups = one.body.hops[0][0].edges as { relation: string; total: number; shown: unknown[]; omitted: number }[];
    expect(groups.length).toBeGreaterThan(1);
    for (const g of groups) {
      expect(g.shown.length).toBe(Math.min(2, g.total));
      expect(g.omitted).toBe(g.total - g.shown.length);
    }
    expect(groups.some((g) => g.omitted > 0)).toBe(true);
    const two = await get(`/neighbours?id=${encodeURIComponent(id)}&hops=2&per=2`);
    expect(two.body.hops).toHaveLength(2);
    expect(two.body.hops[1].length).toBeGreaterThan(0);
    expect((await get(`/neighbours?id=${encodeURIComponent(id)}&hops=3`)).body.error).toBe('bad hops: a whole number from 1 to 2');
  });

  it('pages the evidence, each item with its sentence', async () => {
    const id = encodeURIComponent(await putin());
    const first = await get(`/evidence?id=${id}&limit=3`);
    const second = await get(`/evidence?id=${id}&offset=3&limit=3`);
    expect(first.body.total).toBeGreaterThan(6);
    expect(first.body.items).toHaveLength(3);
    expect(second.body.items).toHaveLength(3);
    expect(second.body.items[0]).not.toEqual(first.body.items[0]);
    for (const item of first.body.items) {
      expect(item.sentence.length).toBe(item.end - item.start);
      expect(item.sentence.slice(item.mention[0] - item.start, item.mention[1] - item.start)).toMatch(/Putin|Vladimir|Russian/);
    }
    expect((await get(`/evidence?id=${id}&limit=0`)).status).toBe(400);
  });

  it('lists meetings in a time range, and refuses a bad range', async () => {
    const july = await get('/meetings?from=2018-07-01&to=2018-07-31');
    expect(july.status).toBe(200);
    expect(july.body.meetings.length).toBeGreaterThan(0);
    for (const m of july.body.meetings) expect(m.date.slice(0, 7) <= '2018-07' && m.date >= '2018').toBe(true);
    expect(july.body.meetings.some((m: { label: string }) => m.label.includes('Helsinki'))).toBe(true);
    const backwards = await get('/meetings?from=2019-01-01&to=2018-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error).toBe('bad range: from 2019-01-01 is after to 2018-01-01');
    expect((await get('/meetings?from=2018-02-30&to=2018-03-01')).body.error).toBe('bad range: from must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "2018-02-30"');
    expect((await get('/meetings?from=2018')).status).toBe(400);
  });

  it('finds a shortest path, through meetings rather than documents', async () => {
    const [from, to] = [await trump(), await putin()];
    const found = await get(`/path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(found.status).toBe(200);
    expect(found.body.path[0]).toBe(from);
    expect(found.body.path.at(-1)).toBe(to);
    expect(found.body.path.length).toBeLessThanOrEqual(3);
    expect(found.body.path.some((k: string) => k.startsWith('doc:'))).toBe(false);
    expect((await get(`/path?from=${encodeURIComponent(from)}`)).body.error).toBe('missing to');
  });
});
