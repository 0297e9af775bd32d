// The store, on PGlite and on a PostgreSQL server: ingest gives the graph
// `kg build` gives, incrementally, resumably, with a queue any number of
// workers share.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../src/core/knowledge.ts';
import { runDbCommand } from '../../src/cli/db-commands.ts';
import { run } from '../../src/cli/run.ts';
import { migrate } from '../../src/db/migrate.ts';
import { articleWork, planIngest } from '../../src/db/ingest.ts';
import { type JobWork, type Outcome, drainQueue, enqueue, workOne } from '../../src/db/queue.ts';
import { type Store, openStore } from '../../src/db/store.ts';
import { captureStream } from '../cli/helpers.ts';
import { ENGINES, type Engine } from './support/stores.ts';

const SEEDS = 'seeds';
const EDITED = '002_9517e603d3d3cb6d.txt';
const LONG = 180_000;

const work = mkdtempSync(join(tmpdir(), 'kg-db-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let files = 0;

async function kg(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await runDbCommand(argv, { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The graph `kg build` writes of `folder`, as JSON. */
async function built(folder: string): Promise<unknown> {
  const out = join(work, `built-${++files}.json`);
  const code = await run(['build', folder, '--out', out, '--budget-seconds', '0'], { stdout: captureStream(), stderr: captureStream() });
  expect(code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** The graph `kg export` writes of a store, as JSON. */
async function exported(db: string): Promise<unknown> {
  const out = join(work, `exported-${++files}.json`);
  const result = await kg('export', '--db', db, '--out', out);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}

async function withStore<T>(db: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** An article's fragment rows, in a fixed order. */
const FRAGMENT_QUERIES = [
  'SELECT entity_key, article_id, label, kind, roles, aliases, mentions, published::text FROM entity_fragments WHERE article_id <> $1 ORDER BY 1, 2',
  'SELECT meeting_key, article_id, label, type, status, date, participants, venues FROM meeting_fragments WHERE article_id <> $1 ORDER BY 1, 2',
  'SELECT source, relation, target, article_id, count FROM edge_fragments WHERE article_id <> $1 ORDER BY 1, 2, 3, 4',
  'SELECT article_id, month::text, node, relation, target, start_at, end_at, mention_start, mention_end FROM evidence WHERE article_id <> $1 ORDER BY 1, 3, 4, 5, 6, 7',
];
async function fragmentsBesides(store: Store, article: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const q of FRAGMENT_QUERIES) rows.push(await store.query(q, [article]));
  return rows;
}

/** The query tables' sums, without what depends on the order articles came in (the order of roles, the first country). */
async function sums(store: Store): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const q of SUM_QUERIES) rows.push(await store.query(q));
  return rows;
}
/**
 * The sums with what follows the order articles arrive in left out: a role's spelling ("Press secretary"
 * or "press secretary") and a meeting's type are the first article's to be stored. Two workers store
 * the seeds in no fixed order, so only these are compared between them (the exported graph is exact).
 */
async function orderFreeSums(store: Store): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const q of [
    'SELECT key, kind, label, articles, mentions, first_seen::text, last_seen::text, (SELECT array_agg(lower(r) ORDER BY lower(r)) FROM unnest(roles) r) AS roles FROM entities ORDER BY key',
    SUM_QUERIES[1]!,
    'SELECT key, status, date, participants, (SELECT array_agg(v ORDER BY v) FROM unnest(venues) v) AS venues, articles FROM meetings ORDER BY key',
    ...SUM_QUERIES.slice(3),
  ]) rows.push(await store.query(q));
  return rows;
}
const SUM_QUERIES = [
  'SELECT key, kind, label, articles, mentions, first_seen::text, last_seen::text, (SELECT array_agg(r ORDER BY r) FROM unnest(roles) r) AS roles FROM entities ORDER BY key',
  'SELECT entity_key, alias, articles FROM aliases ORDER BY 1, 2',
  'SELECT key, type, status, date, participants, (SELECT array_agg(v ORDER BY v) FROM unnest(venues) v) AS venues, articles FROM meetings ORDER BY key',
  'SELECT source, relation, target, count, articles, first_seen::text, last_seen::text FROM edges ORDER BY 1, 2, 3',
  'SELECT count(*)::int AS n FROM evidence',
];

function worker(db: string, env: Record<string, string> = {}): ChildProcess & { exited: Promise<number | null>; stderrText: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', db, '--budget-seconds', '0'], { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return Object.assign(child, { exited, stderrText: () => stderr });
}

describe.each(ENGINES.map((make) => [make().name, make] as const))('the store on %s', (name, make) => {
  let engine: Engine;
  let seedsGraph: unknown;
  beforeAll(async () => {
    engine = make();
    seedsGraph = await built(SEEDS);
  }, LONG);
  afterAll(() => engine.close(), LONG);

  it('applies its migrations once, with the trigram extension', async () => {
    const db = await engine.fresh();
    await withStore(db, async (store) => {
      expect(await migrate(store)).toEqual([]);
      expect((await store.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name)).toEqual(['001_store.sql', '002_query_indexes.sql', '003_lighter_writes.sql']);
      // The writer keeps fragments and evidence with their articles; only extractions checks it by a foreign key.
      const keyed = await store.query<{ t: string }>(`SELECT DISTINCT conrelid::regclass::text AS t FROM pg_constraint WHERE contype = 'f' AND conparentid = 0`);
      expect(keyed.map((r) => r.t)).toEqual(['extractions']);
      expect(await store.query(`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`)).toHaveLength(1);
      const tables = (await store.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`)).map((r) => r.relname);
      for (const t of ['articles', 'extractions', 'entities', 'entity_fragments', 'aliases', 'meetings', 'meeting_fragments', 'edges', 'edge_fragments', 'evidence', 'corrections', 'jobs']) expect(tables).toContain(t);
    });
  }, LONG);

  it('ingests the seeds into the graph kg build makes of them, and finds names by trigrams', async () => {
    const db = await engine.fresh();
    const result = await kg('ingest', SEEDS, '--db', db, '--budget-seconds', '0');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('5 article files in seeds: 5 new, 0 changed, 0 unchanged');
    expect(result.stdout).toContain('5 stored, 0 parked');
    expect(await exported(db)).toEqual(seedsGraph);
    await withStore(db, async (store) => {
      const graph = seedsGraph as { nodes: { key: string; attributes: { kind: string; label: string; evidence: unknown[] } }[] };
      const people = graph.nodes.filter((n) => ['leader', 'official', 'person'].includes(n.attributes.kind));
      const entities = new Map((await store.query<{ key: string; mentions: number }>('SELECT key, mentions FROM entities')).map((r) => [r.key, r.mentions]));
      for (const p of people) expect(entities.get(p.key), p.key).toBe(p.attributes.evidence.length);
      // "Vladimr Putin": one letter dropped.
      const putin = people.find((p) => p.attributes.label === 'Vladimir Putin')!;
      const hits = await store.query<{ entity_key: string }>(`SELECT DISTINCT entity_key FROM aliases WHERE alias % $1`, ['Vladimr Putin']);
      expect(hits.map((h) => h.entity_key)).toContain(putin.key);
      // Evidence is filed by publication month: dated articles' in their month's partition.
      const filed = await store.query<{ partition: string; month: string | null; n: number }>(
        `SELECT tableoid::regclass::text AS partition, month::text, count(*)::int AS n FROM evidence GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      expect(filed.length).toBeGreaterThan(1);
      for (const f of filed) expect(f.partition).toBe(f.month === null ? 'evidence_undated' : `evidence_${f.month.slice(0, 4)}_${f.month.slice(5, 7)}`);
    });
  }, LONG);

  it('re-ingesting the same folder changes nothing', async () => {
    const db = await engine.fresh();
    await kg('ingest', SEEDS, '--db', db, '--budget-seconds', '0');
    const snapshot = async (store: Store) => [
      await store.query('SELECT id, content_hash, ingested_at::text FROM articles ORDER BY id'),
      await store.query('SELECT id::int, state, attempts FROM jobs ORDER BY id'),
      await sums(store),
    ];
    const before = await withStore(db, snapshot);
    const again = await kg('ingest', SEEDS, '--db', db, '--budget-seconds', '0');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 new, 0 changed, 5 unchanged');
    expect(again.stdout).toContain('0 stored, 0 parked');
    expect(await withStore(db, snapshot)).toEqual(before);
  }, LONG);

  it('an edited article replaces its own facts and nothing else', async () => {
    const folder = join(work, `edited-${name}`);
    cpSync(SEEDS, folder, { recursive: true });
    const db = await engine.fresh();
    await kg('ingest', folder, '--db', db, '--budget-seconds', '0');
    const others = await withStore(db, (store) => fragmentsBesides(store, EDITED));
    // The article loses its last half and gains a meeting.
    const text = readFileSync(join(folder, EDITED), 'utf8');
    writeFileSync(join(folder, EDITED), `${text.slice(0, Math.floor(text.length / 2))}\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on March 3, 2022.\n`);
    const result = await kg('ingest', folder, '--db', db, '--budget-seconds', '0');
    expect(result.stdout).toContain('0 new, 1 changed, 4 unchanged');
    expect(await exported(db)).toEqual(await built(folder));
    await withStore(db, async (store) => {
      expect(await fragmentsBesides(store, EDITED)).toEqual(others);
      expect(await store.query(`SELECT label FROM entity_fragments WHERE article_id = $1 AND label = 'Olaf Scholz'`, [EDITED])).toHaveLength(1);
    });
    // The sums updated in place are the sums a store ingesting the edited folder from scratch has.
    const scratch = await engine.fresh();
    await kg('ingest', folder, '--db', scratch, '--budget-seconds', '0');
    expect(await withStore(db, sums)).toEqual(await withStore(scratch, sums));
  }, LONG);

  it('a copy of a stored article with an id that sorts first stands for both, as in kg build', async () => {
    const folder = join(work, `copies-${name}`);
    cpSync(SEEDS, folder, { recursive: true });
    const db = await engine.fresh();
    await kg('ingest', folder, '--db', db, '--budget-seconds', '0');
    // The same text up to line endings and trailing blanks, under an id before the original's.
    writeFileSync(join(folder, '003_a-copy.txt'), `${readFileSync(join(folder, '004_30b58145e12fbd7b.txt'), 'utf8').replace(/\n/g, '\r\n')}  \n`);
    const result = await kg('ingest', folder, '--db', db, '--budget-seconds', '0');
    expect(result.stdout).toContain('1 new, 0 changed, 5 unchanged');
    expect(await exported(db)).toEqual(await built(folder));
    await withStore(db, async (store) => {
      expect(await store.query('SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL')).toEqual([{ id: '004_30b58145e12fbd7b.txt', duplicate_of: '003_a-copy.txt' }]);
      expect(await store.query(`SELECT DISTINCT article_id FROM entity_fragments WHERE article_id LIKE '00%' AND article_id IN ('003_a-copy.txt', '004_30b58145e12fbd7b.txt')`)).toEqual([{ article_id: '003_a-copy.txt' }]);
    });
    const scratch = await engine.fresh();
    await kg('ingest', folder, '--db', scratch, '--budget-seconds', '0');
    expect(await withStore(db, sums)).toEqual(await withStore(scratch, sums));
  }, LONG);

  it('a failing article is retried, then parked with its error, and blocks no other', async () => {
    const db = await engine.fresh();
    const knowledge = loadDefaultKnowledge();
    const outcomes: Outcome[] = [];
    const bad = '001_97d33c003b3ba0ae.txt';
    const tally = await withStore(db, async (store) => {
      await planIngest(store, SEEDS, { knowledge });
      const job = articleWork(knowledge, {
        budgetSeconds: 0,
        extract: async (doc) => {
          if (doc.id === bad) throw new Error('the parser choked on this one');
          return extractDocument(doc, knowledge);
        },
      });
      return drainQueue(store, job.work, { maxAttempts: 3, retryBaseMs: 50, worker: 'test-worker', onOutcome: (o) => outcomes.push(o) });
    });
    expect(tally).toEqual({ done: 4, parked: 1, retried: 2 });
    // Its first failure came before the other articles were stored: they did not wait for it.
    const firstFailure = outcomes.findIndex((o) => o.kind === 'retry');
    expect(outcomes.slice(firstFailure).filter((o) => o.kind === 'done').length).toBeGreaterThan(0);
    const status = await kg('status', '--db', db);
    expect(status.stdout).toContain('store     4 articles');
    expect(status.stdout).toContain('0 queued (0 running, 0 waiting to be tried again), 4 done, 1 parked');
    expect(status.stdout).toContain(`parked    ${bad}: the parser choked on this one (3 attempts, last by test-worker at `);
    const without = join(work, `without-${name}`);
    cpSync(SEEDS, without, { recursive: true });
    rmSync(join(without, bad));
    expect(await exported(db)).toEqual(await built(without));
    // A rerun does not queue it again unless asked to.
    const rerun = await kg('ingest', SEEDS, '--db', db, '--enqueue-only');
    expect(rerun.stdout).toContain('1 parked earlier (--retry-parked to try again)');
  }, LONG);

  it("takes the job after its last one, and a job left before it (a killed worker's) once none follows", async () => {
    const db = await engine.fresh();
    const taken = await withStore(db, async (store) => {
      for (const id of ['a.txt', 'b.txt', 'c.txt']) await enqueue(store, { id, text: `${id} text`, bytes: 6, contentHash: id });
      const places = await store.query<{ article_id: string; id: number; run_after: string }>('SELECT article_id, id::int AS id, run_after::text AS run_after FROM jobs ORDER BY run_after, id');
      const place = (article: string) => { const p = places.find((r) => r.article_id === article)!; return { id: p.id, runAfter: p.run_after }; };
      const ids: string[] = [];
      const work: JobWork = async (_tx, job) => { ids.push(job.articleId); };
      const options = { maxAttempts: 3, retryBaseMs: 50, worker: 'test-worker' };
      await workOne(store, work, options, place('a.txt')); // after a: b
      await workOne(store, work, options, place('c.txt')); // nothing after c: from the head, a
      await workOne(store, work, options, place('c.txt')); // then c itself, the one left
      expect((await workOne(store, work, options, place('c.txt'))).kind).toBe('idle');
      return ids;
    });
    expect(taken).toEqual(['b.txt', 'a.txt', 'c.txt']);
  }, LONG);

  it('a worker killed (SIGKILL) in the middle of a job loses and doubles nothing when run again', async () => {
    const db = await engine.fresh();
    expect((await kg('ingest', SEEDS, '--db', db, '--enqueue-only')).stdout).toContain('5 jobs queued');
    const doomed = worker(db, { KG_TEST_PAUSE_BEFORE_COMMIT_MS: '1500' });
    // Killed with the third article written but not committed.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if ((doomed.stderrText().match(/paused before commit/g) ?? []).length >= 3) {
          clearInterval(timer);
          doomed.kill('SIGKILL');
          resolve();
        }
      }, 20);
      void doomed.exited.then(() => { clearInterval(timer); reject(new Error(`the worker ended before it was killed: ${doomed.stderrText()}`)); });
    });
    await doomed.exited.catch(() => {});
    const status = await kg('status', '--db', db);
    expect(status.stdout).toContain('store     2 articles');
    expect(status.stdout).toContain('3 queued (0 running');
    const rerun = await kg('worker', '--db', db, '--budget-seconds', '0');
    expect(rerun.stdout).toContain('3 articles stored, 0 parked');
    expect(await exported(db)).toEqual(seedsGraph);
    const fromScratch = await engine.fresh();
    await kg('ingest', SEEDS, '--db', fromScratch, '--budget-seconds', '0');
    expect(await withStore(db, sums)).toEqual(await withStore(fromScratch, sums));
  }, LONG);

  it.runIf(name === 'postgres')('two workers on one corpus give the graph one gives (a server: a PGlite folder is one process\'s)', async () => {
    const db = await engine.fresh();
    await kg('ingest', SEEDS, '--db', db, '--enqueue-only');
    const pair = [worker(db), worker(db)];
    const codes = await Promise.all(pair.map((w) => w.exited));
    expect(codes, pair.map((w) => w.stderrText()).join('\n')).toEqual([0, 0]);
    expect(await exported(db)).toEqual(seedsGraph);
    const one = await engine.fresh();
    await kg('ingest', SEEDS, '--db', one, '--budget-seconds', '0');
    expect(await withStore(db, orderFreeSums)).toEqual(await withStore(one, orderFreeSums));
    await withStore(db, async (store) => {
      expect(await store.query(`SELECT state, count(*)::int AS n FROM jobs GROUP BY state`)).toEqual([{ state: 'done', n: 5 }]);
    });
  }, LONG);
});
