// The ingest queue: a jobs table worked with SELECT … FOR UPDATE SKIP LOCKED.
// A worker takes one job in a transaction and keeps it row-locked until the
// article is stored, so the article and its job's end commit together: a
// worker killed at any point leaves the job queued (its transaction is rolled
// back) and another worker, or a rerun, takes it. A job that fails is
// retried after a wait that doubles each time, then parked with its error;
// a failure is recorded in the same transaction, after rolling back to a
// savepoint, so a bad article never blocks the others.
import type { Queryable, Store } from './store.ts';

export interface Job {
  id: number;
  articleId: string;
  text: string;
  bytes: number;
  contentHash: string;
  attempts: number;
  /** when it became runnable, as the server writes it (microseconds kept): with id, its place in the queue */
  runAfter: string;
}

/** Where in the queue (run_after, id) a worker last took a job. */
export type QueuePlace = Pick<Job, 'runAfter' | 'id'>;

/** What a job's work measured: kept with the job (bench/db.ts reads them). */
export interface JobTimes {
  extractMs: number;
  storeMs: number;
}

export type JobWork = (tx: Queryable, job: Job) => Promise<JobTimes | void>;

export interface QueueOptions {
  /** attempts before a job is parked */
  maxAttempts: number;
  /** the wait after the first failure; doubled after each next one */
  retryBaseMs: number;
  /** shown by `kg status`, kept with a job's outcome */
  worker: string;
}

export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_RETRY_BASE_MS = 2000;

export type Outcome =
  | { kind: 'done'; job: Job }
  | { kind: 'retry'; job: Job; error: string; waitMs: number }
  | { kind: 'parked'; job: Job; error: string }
  | { kind: 'idle' };

/** Errors PostgreSQL raises between transactions contending for rows: not the article's fault, tried again at once. */
const CONTENTION = new Set(['40P01', '40001']);

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Queues (or re-queues, replacing the pending text) an article to ingest. */
export async function enqueue(db: Queryable, article: { id: string; text: string; bytes: number; contentHash: string }): Promise<void> {
  await db.query(
    `INSERT INTO jobs (article_id, text, bytes, content_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (article_id) WHERE state = 'queued'
     DO UPDATE SET text = excluded.text, bytes = excluded.bytes, content_hash = excluded.content_hash, attempts = 0, run_after = now(), error = NULL`,
    [article.id, article.text, article.bytes, article.contentHash],
  );
}

type JobRow = { id: number; article_id: string; text: string; bytes: number; content_hash: string; attempts: number; runnable_at: string };

/**
 * The next runnable job, row-locked. Ordered by the table's run_after and
 * id, not by the output's id::int (or a text of run_after under its name):
 * by those the claim sorted the queued jobs, texts and all, where
 * jobs_runnable gives them in order.
 * After `after` first: the jobs before it are taken, and each finished one
 * leaves a dead entry at the head of jobs_runnable, which a claim from the
 * head visits until a vacuum (measured on one worker: 0.4 ms, then 2.9 ms
 * 14,000 jobs later, 555 pages read). Only when nothing runnable follows it
 * is the queue read from its head: a job a killed worker let go, say.
 */
async function claim(tx: Queryable, after: QueuePlace | undefined): Promise<JobRow | undefined> {
  const select = `SELECT id::int AS id, article_id, text, bytes, content_hash, attempts, run_after::text AS runnable_at FROM jobs
    WHERE state = 'queued' AND run_after <= clock_timestamp()`;
  const next = 'ORDER BY run_after, jobs.id LIMIT 1 FOR UPDATE SKIP LOCKED';
  if (after) {
    const [row] = await tx.query<JobRow>(`${select} AND (run_after, jobs.id) > ($1::timestamptz, $2::bigint) ${next}`, [after.runAfter, after.id]);
    if (row) return row;
  }
  return (await tx.query<JobRow>(`${select} ${next}`))[0];
}

/** Takes the next runnable job (after `after`, where this worker took its last one) and runs `work` on it, in one transaction. */
export async function workOne(store: Store, work: JobWork, options: QueueOptions, after?: QueuePlace): Promise<Outcome> {
  return store.transaction(async (tx) => {
    const row = await claim(tx, after);
    if (!row) return { kind: 'idle' } as const;
    const job: Job = { id: row.id, articleId: row.article_id, text: row.text, bytes: row.bytes, contentHash: row.content_hash, attempts: row.attempts, runAfter: row.runnable_at };
    await tx.query('SAVEPOINT article');
    try {
      const times = await work(tx, job);
      await tx.query(
        `UPDATE jobs SET state = 'done', text = NULL, attempts = attempts + 1, error = NULL, worker = $2, finished_at = clock_timestamp(), extract_ms = $3, store_ms = $4 WHERE id = $1`,
        [job.id, options.worker, times?.extractMs ?? null, times?.storeMs ?? null],
      );
      return { kind: 'done', job } as const;
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT article');
      const message = messageOf(error);
      if (CONTENTION.has((error as { code?: string }).code ?? '')) {
        return { kind: 'retry', job, error: message, waitMs: 0 } as const;
      }
      const attempts = job.attempts + 1;
      if (attempts >= options.maxAttempts) {
        await tx.query(`UPDATE jobs SET state = 'parked', attempts = $2, error = $3, worker = $4, finished_at = clock_timestamp() WHERE id = $1`, [job.id, attempts, message, options.worker]);
        return { kind: 'parked', job: { ...job, attempts }, error: message } as const;
      }
      const waitMs = options.retryBaseMs * 2 ** (attempts - 1);
      await tx.query(
        `UPDATE jobs SET attempts = $2, error = $3, worker = $4, run_after = clock_timestamp() + make_interval(secs => $5::float8 / 1000) WHERE id = $1`,
        [job.id, attempts, message, options.worker, waitMs],
      );
      return { kind: 'retry', job: { ...job, attempts }, error: message, waitMs } as const;
    }
  });
}

/** Milliseconds until the soonest job waiting out a retry, or null when none is. */
async function nextRetryIn(db: Queryable): Promise<number | null> {
  const [row] = await db.query<{ ms: number | null }>(
    `SELECT (extract(epoch FROM min(run_after) - clock_timestamp()) * 1000)::float8 AS ms FROM jobs WHERE state = 'queued' AND run_after > clock_timestamp()`,
  );
  return row?.ms ?? null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Works jobs until none is left for this worker: none queued, or only ones
 * other workers hold. Waits for jobs backing off, so one call ends with each
 * job done or parked (or held by another worker).
 */
export async function drainQueue(store: Store, work: JobWork, options: QueueOptions & { onOutcome?: (outcome: Outcome) => void }): Promise<{ done: number; parked: number; retried: number }> {
  const tally = { done: 0, parked: 0, retried: 0 };
  let place: QueuePlace | undefined;
  for (;;) {
    const outcome = await workOne(store, work, options, place);
    if (outcome.kind === 'idle') {
      const wait = await nextRetryIn(store);
      if (wait === null) return tally;
      await sleep(Math.min(Math.max(wait, 10), 5000));
      continue;
    }
    if (outcome.kind === 'done') tally.done++;
    else if (outcome.kind === 'parked') tally.parked++;
    else tally.retried++;
    // A job that lost a lock wait is tried again at once: the place stays before it.
    if (outcome.kind !== 'retry' || outcome.waitMs > 0) place = { runAfter: outcome.job.runAfter, id: outcome.job.id };
    options.onOutcome?.(outcome);
  }
}

export interface QueueStatus {
  articles: number;
  queued: number;
  /** queued jobs a worker holds right now */
  running: number;
  /** queued jobs that failed and wait to be tried again */
  retrying: number;
  done: number;
  parked: { articleId: string; attempts: number; error: string; worker: string | null; at: string }[];
  entities: number;
  meetings: number;
  edges: number;
}

export async function queueStatus(store: Store): Promise<QueueStatus> {
  const counts = await store.query<{ state: string; n: number; retrying: number }>(
    `SELECT state, count(*)::int AS n, count(*) FILTER (WHERE attempts > 0)::int AS retrying FROM jobs GROUP BY state`,
  );
  const n = (state: string) => counts.find((c) => c.state === state)?.n ?? 0;
  // Rows other workers hold are exactly those SKIP LOCKED leaves out; the locks taken here are let go at once.
  const free = await store.transaction(async (tx) => (await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT id FROM jobs WHERE state = 'queued' FOR UPDATE SKIP LOCKED) AS free`,
  ))[0]!.n);
  const parked = await store.query<{ article_id: string; attempts: number; error: string; worker: string | null; at: string }>(
    `SELECT article_id, attempts, coalesce(error, '') AS error, worker, to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS at
     FROM jobs WHERE state = 'parked' AND NOT EXISTS (SELECT 1 FROM jobs AS later WHERE later.article_id = jobs.article_id AND later.id > jobs.id)
     ORDER BY article_id`,
  );
  const [sizes] = await store.query<{ articles: number; entities: number; meetings: number; edges: number }>(
    `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM entities) AS entities,
            (SELECT count(*)::int FROM meetings) AS meetings, (SELECT count(*)::int FROM edges) AS edges`,
  );
  return {
    ...sizes!,
    queued: n('queued'),
    running: n('queued') - free,
    retrying: counts.find((c) => c.state === 'queued')?.retrying ?? 0,
    done: n('done'),
    parked: parked.map((p) => ({ articleId: p.article_id, attempts: p.attempts, error: p.error, worker: p.worker, at: p.at })),
  };
}
