// `kg serve`'s API on the seeds, on each engine: what a client asking for
// names, a node, its neighbourhood, its evidence or an edge's, meetings in a
// range and a path gets back, and the 400s for bad input; the built app beside it; and
// writing, which only the token allows.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // A stand-in for vite's build: a page, an asset, and a file beside the folder that must stay out of reach.
  const app = (() => {
    const root = mkdtempSync(join(tmpdir(), 'kg-app-'));
    const dir = join(root, 'dist');
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(dir, 'assets', 'main-abc.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'not yours');
    return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
  })();
  const get = async (path: string) => {
    const res = await fetch(`${api.url}${path}`);
    // The shapes are what the API documents; a test reads them as a client would, untyped.
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  beforeAll(async () => {
    const db = await engine.fresh();
    expect(await runDbCommand(['ingest', 'seeds', '--db', db, '--budget-seconds', '0'], { stdout: captureStream(), stderr: captureStream() })).toBe(0);
    store = await openStore(db);
    api = await startApi(store, 0, { appDir: app.dir });
  }, LONG);
  afterAll(async () => {
    await api?.close();
    await store?.close();
    await engine.close();
    app.cleanup();
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

  it("pages an edge's evidence, Putin's part in the Helsinki summit, and says which edges are bad or unknown", async () => {
    const id = await putin();
    const around = await get(`/api/neighbours?id=${encodeURIComponent(id)}&per=100&relation=participant`);
    const summit = (around.body.nodes as { key: string; label: string; kind: string }[]).find((n) => n.kind === 'meeting' && /Helsinki/.test(n.label))!;
    const stated = (around.body.hops[0][0].edges[0].shown as { key: string; count: number }[]).find((s) => s.key === summit.key)!;
    const edge = `/api/evidence?id=${encodeURIComponent(id)}&relation=participant&target=${encodeURIComponent(summit.key)}`;
    const all = await get(`${edge}&limit=100`);
    expect(all.status).toBe(200);
    // As many sentences as the edge is stated by, none of them the node's own.
    expect(all.body.total).toBe(stated.count);
    expect(all.body.total).toBeGreaterThan(1);
    expect(all.body.items).toHaveLength(all.body.total);
    const own = await get(`/api/evidence?id=${encodeURIComponent(id)}&limit=100`);
    expect(own.body.total).not.toBe(all.body.total);
    for (const item of all.body.items) {
      expect(item.sentence.length).toBe(item.end - item.start);
      expect(item.sentence).toMatch(/Putin|Russian|Kremlin/);
      expect(item.title).toEqual(expect.any(String));
    }
    // Newest month first, a page at a time in that order.
    const months = all.body.items.map((i: { published: string | null }) => i.published?.slice(0, 7) ?? '');
    expect(months).toEqual([...months].sort().reverse());
    const second = await get(`${edge}&offset=1&limit=1`);
    expect(second.body.items).toEqual([all.body.items[1]]);

    const bad = (query: string) => get(`/api/evidence?id=${encodeURIComponent(id)}&${query}`);
    expect((await bad(`relation=participant`)).body.error).toBe("an edge's evidence needs both relation and target");
    expect((await bad(`target=${encodeURIComponent(summit.key)}`)).status).toBe(400);
    const relation = await bad(`relation=knows&target=${encodeURIComponent(summit.key)}`);
    expect(relation.status).toBe(400);
    expect(relation.body.error).toBe('bad relation: one of participant, held_at, invited, affiliated_with, located_in, stated, mentions');
    expect((await bad('relation=participant&target=%01x')).body.error).toMatch(/^bad target/);
    const nobody = await bad('relation=participant&target=nobody');
    expect(nobody.status).toBe(404);
    expect(nobody.body.error).toBe('no node "nobody"');
    // Named from its source only: the summit has no edge to Putin.
    const reversed = await get(`/api/evidence?id=${encodeURIComponent(summit.key)}&relation=participant&target=${encodeURIComponent(id)}`);
    expect(reversed.status).toBe(404);
    expect(reversed.body.error).toBe(`no edge ${JSON.stringify(summit.key)} participant ${JSON.stringify(id)}`);
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

  it('answers under /api/ too, and says what it holds and whether it writes', async () => {
    expect((await get('/api/search?q=Putin')).body.hits[0].label).toBe('Vladimir Putin');
    const info = await get('/api/info');
    expect(info.body).toMatchObject({ server: 'news-kg', writes: [], articles: expect.any(Number) });
    expect(info.body.firstMeeting <= '2018-07-16' && info.body.lastMeeting >= '2018-07-16').toBe(true);
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('names the neighbours it gives, and gives one relation when asked', async () => {
    const id = encodeURIComponent(await putin());
    const all = await get(`/api/neighbours?id=${id}&per=3`);
    const named = new Map((all.body.nodes as { key: string; label: string; kind: string }[]).map((n) => [n.key, n]));
    for (const g of all.body.hops[0][0].edges) for (const s of g.shown) expect(named.get(s.key)?.label).toEqual(expect.any(String));
    expect([...named.values()].some((n: any) => n.kind === 'meeting' && n.date && n.status)).toBe(true);
    const participant = await get(`/api/neighbours?id=${id}&per=100&relation=participant`);
    const groups = participant.body.hops[0][0].edges as { relation: string; omitted: number; total: number }[];
    expect(groups.map((g) => g.relation)).toEqual(['participant']);
    expect(groups[0]!.omitted).toBe(0);
    expect((await get(`/api/neighbours?id=${id}&relation=x%20y`)).status).toBe(400);
  });

  it('counts a node\'s evidence up to a bound, and still pages past it', async () => {
    // Trump's mentions copied over and over, in one transaction the other tests never see.
    const id = await trump();
    const own = (await get(`/evidence?id=${encodeURIComponent(id)}&limit=1`)).body.total as number;
    await store.exec('BEGIN');
    try {
      await store.query(
        `INSERT INTO evidence (article_id, month, node, relation, target, start_at, end_at, mention_start, mention_end)
         SELECT e.article_id, e.month, e.node, e.relation, e.target, e.start_at, e.end_at, e.mention_start, e.mention_end
         FROM evidence e, generate_series(1, $2::int) WHERE e.node = $1 AND e.relation IS NULL AND e.target IS NULL`,
        [id, Math.ceil(10_001 / own)],
      );
      const page = await get(`/evidence?id=${encodeURIComponent(id)}&offset=10000&limit=5`);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 10_000, atLeast: true, offset: 10_000 });
      expect(page.body.items).toHaveLength(5);
    } finally {
      await store.exec('ROLLBACK');
    }
    expect((await get(`/evidence?id=${encodeURIComponent(id)}&limit=1`)).body).toMatchObject({ total: own, atLeast: false });
  }, LONG);

  it('serves the built app, and nothing outside its folder', async () => {
    const page = await fetch(`${api.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<title>explorer</title>');
    // The mark the app starts on the API by: a static host's page has none.
    expect(html).toContain('<meta name="kg-api" content="/api">');
    const asset = await fetch(`${api.url}/assets/main-abc.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const res = await fetch(`${api.url}${sneaky}`);
      expect(res.status, sneaky).toBe(404);
      expect(await res.text()).not.toContain('not yours');
    }
  });

  it('refuses requests for another host name or from another site', async () => {
    const { request } = await import('node:http');
    const status = (headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}/api/info`, { headers }, (res) => { res.resume(); resolve(res.statusCode!); });
      req.on('error', reject);
      req.end();
    });
    expect(await status({ host: 'evil.example' })).toBe(403);
    expect(await status({ origin: 'http://evil.example' })).toBe(403);
    expect(await status({})).toBe(200);
  });

  it('writes a correction only with the token', async () => {
    const subject = await putin();
    const post = (url: string, body: unknown, token?: string) =>
      fetch(`${url}/api/corrections`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as Record<string, any> }));
    const correction = { subject, field: 'rename', value: { label: 'V. Putin' }, note: 'shorter' };
    const readOnly = await post(api.url, correction, 'anything-at-all-123');
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error).toMatch(/^read-only/);
    const TOKEN = 'a-token-of-sixteen-plus';
    const writer = await startApi(store, 0, { token: TOKEN });
    try {
      expect((await get('/api/info')).body.writes).toEqual([]);
      expect((await fetch(`${writer.url}/api/info`).then((r) => r.json()) as { writes: string[] }).writes).toEqual(['/api/corrections']);
      const none = await post(writer.url, correction);
      expect(none.status).toBe(401);
      expect(none.body.error).toBe('writing needs the token: send "Authorization: Bearer <token>"');
      expect((await post(writer.url, correction, 'a-token-of-sixteen-plu')).status).toBe(401);
      const made = await post(writer.url, correction, TOKEN);
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ subject, field: 'rename', value: { label: 'V. Putin' }, note: 'shorter' });
      expect((await post(writer.url, { ...correction, field: 'drop table' }, TOKEN)).status).toBe(400);
      expect((await post(writer.url, { ...correction, subject: 'nobody' }, TOKEN)).status).toBe(404);
      expect((await post(writer.url, { ...correction, note: 'x'.repeat(70_000) }, TOKEN)).status).toBe(413);
      const listed = await get(`/api/corrections?subject=${encodeURIComponent(subject)}`);
      expect(listed.body.corrections.map((c: { id: number }) => c.id)).toEqual([made.body.id]);
      expect((await fetch(`${writer.url}/api/search?q=Putin`, { method: 'POST' })).status).toBe(405);
    } finally {
      await writer.close();
    }
  });
});
