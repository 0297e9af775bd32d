// Store benchmark (npm run bench:db [-- --articles N --no-pglite --no-baseline --workers 1,2 --setting name=value …]; not a test). On N
// generated articles (scripts/gen-corpus.ts, seed 1; 2,000 by default):
// `kg build` as the baseline (time, peak memory); `kg ingest` into PGlite (one
// worker, in the ingesting process); into a throwaway PostgreSQL cluster with
// one and with two `kg worker` processes. For each: articles per hour over the
// queue's work (first to last job finished), peak memory of each process
// (/usr/bin/time), and the flat-cost check: the mean time to store an article
// (its transaction, extraction excluded) and the mean time per article (wall,
// extraction included) over the first and the last 10 % of the jobs. Also the
// time to open the filled PGlite store.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrate } from '../src/db/migrate.ts';
import { type Store, openStore } from '../src/db/store.ts';
import { startCluster } from '../tests/db/support/pg-cluster.ts';
import { clusterSettings, writeCorpus } from './db-support.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const argValue = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ARTICLES = Number(argValue('--articles') ?? 2000);
if (!Number.isInteger(ARTICLES) || ARTICLES < 20) throw new Error('bench/db: --articles needs a whole number of at least 20');
/** PGlite ingests one article at a time in one process: at 10,000 articles and more it takes hours here. */
const WITH_PGLITE = !process.argv.includes('--no-pglite');
/** At 100,000 articles `kg build` runs out of its heap after minutes: --no-baseline leaves it out. */
const WITH_BASELINE = !process.argv.includes('--no-baseline');
/** --workers 1 or 2 or 1,2 (the default): which PostgreSQL runs, each on a database of its own. */
const WORKER_RUNS = (argValue('--workers') ?? '1,2').split(',').map(Number);
if (WORKER_RUNS.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench/db: --workers takes whole numbers, e.g. 1,2');
/** --setting shared_buffers=4GB (repeatable): server settings of the throwaway cluster; default, PostgreSQL's own. */
const SETTINGS = clusterSettings(process.argv, 'bench/db');

interface Measured { seconds: number; peakMB: number; stdout: string }

/** Runs `kg …` in a process of its own, timing it and reading its peak memory. */
function kg(argv: string[]): Promise<Measured> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'peak-kb %M', process.execPath, '--import', 'tsx', 'src/cli/main.ts', ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.once('exit', (code) => {
      if (code !== 0) { reject(new Error(`bench/db: kg ${argv.join(' ')} failed (${code}): ${stderr.slice(-2000)}`)); return; }
      const peak = /peak-kb (\d+)/.exec(stderr);
      resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak ? Number(peak[1]) / 1024 : NaN, stdout });
    });
  });
}

interface QueueFigures { perHour: number; storeFirstMs: number; storeLastMs: number; wallFirstMs: number; wallLastMs: number; jobs: number; storeByTenth: number[] }

/** Throughput and the first-versus-last-10 % figures, from the jobs' own records. */
async function queueFigures(store: Store): Promise<QueueFigures> {
  const jobs = await store.query<{ t: number; store_ms: number }>(
    `SELECT extract(epoch FROM finished_at)::float8 AS t, store_ms::float8 AS store_ms FROM jobs WHERE state = 'done' ORDER BY finished_at`,
  );
  const n = jobs.length;
  const tenth = Math.max(2, Math.floor(n / 10));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const span = (from: number, to: number) => ((jobs[to]!.t - jobs[from]!.t) * 1000) / (to - from);
  return {
    jobs: n,
    perHour: ((n - 1) / (jobs[n - 1]!.t - jobs[0]!.t)) * 3600,
    storeFirstMs: mean(jobs.slice(0, tenth).map((j) => j.store_ms)),
    storeLastMs: mean(jobs.slice(n - tenth).map((j) => j.store_ms)),
    wallFirstMs: span(0, tenth),
    wallLastMs: span(n - tenth - 1, n - 1),
    // The whole curve: a cost that grows with the store climbs tenth by tenth; the machine's load comes and goes.
    storeByTenth: Array.from({ length: 10 }, (_, k) => mean(jobs.slice(Math.floor((k * n) / 10), Math.floor(((k + 1) * n) / 10)).map((j) => j.store_ms))),
  };
}

async function withStore<T>(db: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try { return await use(store); } finally { await store.close(); }
}

interface Row { run: string; seconds: number; peakMB: string; figures?: QueueFigures; note?: string }

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), 'kg-bench-db-'));
  const corpus = path.join(work, 'corpus');
  await writeCorpus(corpus, ARTICLES);
  const rows: Row[] = [];
  try {
    // The baseline may not fit in memory at the largest sizes: the ingest runs are measured all the same.
    if (!WITH_BASELINE) rows.push({ run: 'kg build (baseline)', seconds: NaN, peakMB: '', note: 'not run (--no-baseline)' });
    else try {
      const build = await kg(['build', corpus, '--out', path.join(work, 'built.json')]);
      rows.push({ run: 'kg build (baseline)', seconds: build.seconds, peakMB: build.peakMB.toFixed(0) });
    } catch (error) {
      rows.push({ run: 'kg build (baseline)', seconds: NaN, peakMB: '', note: `failed: ${(error instanceof Error ? error.message : String(error)).slice(-200)}` });
    }

    let openMs = NaN;
    if (WITH_PGLITE) {
      const folder = path.join(work, 'pglite');
      const ingest = await kg(['ingest', corpus, '--db', folder]);
      rows.push({ run: 'PGlite, 1 worker (kg ingest)', seconds: ingest.seconds, peakMB: ingest.peakMB.toFixed(0), figures: await withStore(folder, queueFigures) });
      const opened = performance.now();
      await withStore(folder, migrate);
      openMs = performance.now() - opened;
    }

    const cluster = await startCluster(SETTINGS);
    if (cluster === null) {
      rows.push({ run: 'PostgreSQL', seconds: NaN, peakMB: '', note: 'skipped: no PostgreSQL binaries' });
    } else {
      try {
        for (const workers of WORKER_RUNS) {
          const name = `bench_${workers}`;
          const admin = new pg.Client({ connectionString: cluster.url });
          await admin.connect();
          await admin.query(`CREATE DATABASE ${name}`);
          await admin.end();
          const db = cluster.urlOf(name);
          await kg(['ingest', corpus, '--db', db, '--enqueue-only']);
          const started = performance.now();
          const runs = await Promise.all(Array.from({ length: workers }, () => kg(['worker', '--db', db])));
          rows.push({
            run: `PostgreSQL 15, ${workers} worker${workers > 1 ? 's' : ''} (kg worker)`, seconds: (performance.now() - started) / 1000,
            peakMB: runs.map((r) => r.peakMB.toFixed(0)).join(' + '), figures: await withStore(db, queueFigures),
          });
        }
      } finally {
        cluster.stop();
      }
    }
    const cell = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '');
    const table = [
      ['run', 'wall s', 'peak MB', 'articles/hour', 'store ms first 10 %', 'store ms last 10 %', 'ms/article first 10 %', 'ms/article last 10 %'],
      ...rows.map((r) => [r.run, cell(r.seconds, 1), r.peakMB, r.figures ? cell(r.figures.perHour) : (r.note ?? ''),
        cell(r.figures?.storeFirstMs ?? NaN, 1), cell(r.figures?.storeLastMs ?? NaN, 1), cell(r.figures?.wallFirstMs ?? NaN, 1), cell(r.figures?.wallLastMs ?? NaN, 1)]),
    ];
    const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
    console.log(`\n${ARTICLES} generated articles (seed 1); wall s of a worker run counts from the workers' start (tsx and the language model load) to the last one's end.`);
    for (const row of table) console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    for (const r of rows) if (r.figures) console.log(`${r.run}: store ms by tenth of the articles, in order: ${r.figures.storeByTenth.map((x) => x.toFixed(1)).join(', ')}`);
    if (WITH_PGLITE) console.log(`\nPGlite: opening the store of ${ARTICLES} articles (and checking its migrations): ${openMs.toFixed(0)} ms`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
