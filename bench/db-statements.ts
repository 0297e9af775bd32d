// Where a worker's time goes as the store grows (npm run bench:db-statements
// [-- --articles N --world N --workers N --every S --setting name=value …]; not a test).
// One `kg worker` (or --workers of them) stores the first N generated articles of a corpus made for
// --world articles (default N) on a throwaway PostgreSQL cluster with
// pg_stat_statements loaded. Every S seconds (default 60) it reads each
// statement's mean time and the pages it read from outside PostgreSQL's own
// buffers since the last reading, with the jobs finished meanwhile, and starts
// over. A cost that grows with the store climbs down the table; the statement
// whose figure climbs is the one to look at.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startCluster } from '../tests/db/support/pg-cluster.ts';
import { clusterSettings, writeCorpus } from './db-support.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const values = (flag: string): string[] => process.argv.flatMap((a, i) => (a === flag && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
const ARTICLES = Number(values('--articles')[0] ?? 20_000);
const WORLD = Number(values('--world')[0] ?? ARTICLES);
const EVERY_MS = Number(values('--every')[0] ?? 60) * 1000;
const SETTINGS = clusterSettings(process.argv, 'bench/db-statements');
const WORKERS = Number(values('--workers')[0] ?? 1);
/** How often the workers' connections are looked at: what each is doing (running, waiting for a lock, waiting for its worker). */
const SAMPLE_MS = 100;
if (!Number.isInteger(ARTICLES) || ARTICLES < 20 || !(WORLD >= ARTICLES) || !(EVERY_MS >= 1000) || !Number.isInteger(WORKERS) || WORKERS < 1) {
  throw new Error('bench/db-statements: --articles N (≥ 20), --world M (≥ N), --every S (≥ 1 second), --workers N (≥ 1)');
}

/** What a job's own transaction runs besides the article's statements: the claim and the job's end are shown apart. */
const CLAIM = /^SELECT id::int AS id, article_id/;
const JOB_END = /^UPDATE jobs SET/;

function kg(argv: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/db-statements: kg ${argv[0]} failed (${code})`))));
  });
}

/** Of the samples of the workers' connections in a reading: the share running a statement, waiting for a lock, and idle in their transaction (the worker's own work). */
interface Shares { running: number; lock: number; worker: number }
interface Reading { done: number; jobs: number; storeMs: number; sqlMs: number; claimMs: number; shares: Shares; statements: Map<string, { ms: number; reads: number }> }

/** A statement's short name: the table it writes, else its first words. */
const nameOf = (query: string): string => /^INSERT INTO (\w+)/.exec(query)?.[1] ?? query.split(/\s+/).slice(0, 4).join(' ');

async function read(client: pg.Client, after: number, shares: Shares): Promise<{ reading: Reading; last: number }> {
  const [jobs] = (await client.query<{ n: number; store: number | null; last: number | null; done: number }>(
    `SELECT count(*)::int AS n, avg(store_ms)::float8 AS store, max(id)::int AS last, (SELECT count(*)::int FROM jobs WHERE state = 'done') AS done
     FROM jobs WHERE state = 'done' AND id > $1`, [after])).rows;
  const rows = (await client.query<{ query: string; calls: number; ms: number; reads: number }>(
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::int, (total_exec_time / calls)::float8 AS ms, (shared_blks_read::float8 / calls) AS reads
     FROM pg_stat_statements WHERE calls >= $1 ORDER BY total_exec_time DESC LIMIT 30`, [Math.max(10, Math.floor(jobs!.n / 2))])).rows;
  await client.query('SELECT pg_stat_statements_reset()');
  const statements = new Map<string, { ms: number; reads: number }>();
  let sqlMs = 0;
  let claimMs = NaN;
  for (const r of rows) {
    if (CLAIM.test(r.query)) { claimMs = r.ms; continue; }
    if (JOB_END.test(r.query)) continue;
    sqlMs += r.ms;
    statements.set(nameOf(r.query), { ms: r.ms, reads: r.reads });
  }
  return { reading: { done: jobs!.done, jobs: jobs!.n, storeMs: jobs!.store ?? NaN, sqlMs, claimMs, shares, statements }, last: jobs!.last ?? after };
}

function print(readings: Reading[]): void {
  const top = [...(readings[0]?.statements.entries() ?? [])].sort((a, b) => b[1].ms - a[1].ms).slice(0, 7).map(([n]) => n);
  const header = ['done', 'jobs', 'store ms', 'SQL ms', 'rest ms', 'claim ms', 'running %', 'lock %', 'worker %', ...top.map((n) => `${n} ms/reads`)];
  const table = [header, ...readings.map((r) => [
    String(r.done), String(r.jobs), r.storeMs.toFixed(2), r.sqlMs.toFixed(2), (r.storeMs - r.sqlMs).toFixed(2), r.claimMs.toFixed(2),
    ...[r.shares.running, r.shares.lock, r.shares.worker].map((x) => (100 * x).toFixed(0)),
    ...top.map((n) => { const s = r.statements.get(n); return s ? `${s.ms.toFixed(2)}/${s.reads.toFixed(0)}` : ''; }),
  ])];
  const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
  for (const row of table) console.log(row.map((c, i) => c.padStart(widths[i]!)).join('  '));
  console.log('\nstore ms: a job\'s article transaction (fragments and SQL, extraction excluded); SQL ms: the mean times of its statements, added;');
  console.log('rest: the difference (fragments made in JavaScript, round trips); claim: taking the job; reads: pages per call from outside shared_buffers;');
  console.log(`running, lock, worker: of the workers' connections seen every ${SAMPLE_MS} ms, the share running a statement, waiting for a lock, or idle in a transaction.`);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-bench-statements-'));
  const corpus = path.join(work, 'corpus');
  await writeCorpus(corpus, WORLD, ARTICLES);
  const cluster = await startCluster(['shared_preload_libraries=pg_stat_statements', ...SETTINGS]);
  if (cluster === null) throw new Error('bench/db-statements: no PostgreSQL binaries (apt-get install postgresql)');
  const client = new pg.Client({ connectionString: cluster.url });
  try {
    await kg(['ingest', corpus, '--db', cluster.url, '--enqueue-only']);
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT pg_stat_statements_reset()');
    let finished = false;
    const worker = Promise.all(Array.from({ length: WORKERS }, () => kg(['worker', '--db', cluster.url]))).finally(() => { finished = true; });
    const counts = { running: 0, lock: 0, worker: 0 };
    const sampler = setInterval(() => {
      void client.query<{ state: string; wait: string | null }>(`SELECT state, wait_event_type AS wait FROM pg_stat_activity WHERE application_name = 'news-kg' AND state <> 'idle'`).then(({ rows }) => {
        for (const r of rows) counts[r.wait === 'Lock' ? 'lock' : r.state === 'active' ? 'running' : 'worker']++;
      }, () => {});
    }, SAMPLE_MS);
    const readings: Reading[] = [];
    let last = 0;
    while (!finished) {
      await Promise.race([worker, new Promise((resolve) => setTimeout(resolve, EVERY_MS))]);
      const seen = counts.running + counts.lock + counts.worker || 1;
      const shares = { running: counts.running / seen, lock: counts.lock / seen, worker: counts.worker / seen };
      Object.assign(counts, { running: 0, lock: 0, worker: 0 });
      const { reading, last: next } = await read(client, last, shares);
      if (reading.jobs >= 20) readings.push(reading); // a last reading of a few jobs says little
      last = next;
    }
    clearInterval(sampler);
    await worker;
    console.log(`\n${ARTICLES} generated articles of a world made for ${WORLD} (seed 1), ${WORKERS === 1 ? 'one worker' : `${WORKERS} workers`}${SETTINGS.length ? `, ${SETTINGS.join(' ')}` : ''}; a reading every ${EVERY_MS / 1000} s:\n`);
    print(readings);
  } finally {
    await client.end().catch(() => {});
    cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
