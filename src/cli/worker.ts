// `kg worker --db URL`: works the queue until no job is left for it; and the
// loop `kg ingest` runs in its own process.
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import { articleWork } from '../db/ingest.ts';
import { type Outcome, drainQueue } from '../db/queue.ts';
import { type Store, workerName } from '../db/store.ts';
import type { QueueFlags } from './db-args.ts';
import { printLine } from './printable.ts';
import type { OutputStream } from './progress.ts';

/** What a worker says of each job that did not simply go through. */
function tell(stderr: OutputStream, outcome: Outcome): void {
  if (outcome.kind === 'retry' && outcome.waitMs > 0) printLine(stderr, `warning: ${outcome.job.articleId} failed (attempt ${outcome.job.attempts}), tried again in ${(outcome.waitMs / 1000).toFixed(1)} s: ${outcome.error}`);
  if (outcome.kind === 'parked') printLine(stderr, `warning: ${outcome.job.articleId} parked after ${outcome.job.attempts} attempts: ${outcome.error}`);
}

export async function workQueue(store: Store, flags: QueueFlags, stderr: OutputStream): Promise<{ done: number; parked: number; retried: number }> {
  const knowledge = loadDefaultKnowledge();
  const work = articleWork(knowledge, { budgetSeconds: flags.budgetSeconds });
  try {
    return await drainQueue(store, work.work, { ...flags, worker: workerName(), onOutcome: (o) => tell(stderr, o) });
  } finally {
    await work.close();
  }
}

export async function workerCommand(store: Store, flags: QueueFlags, env: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const start = performance.now();
  const tally = await workQueue(store, flags, env.stderr);
  env.stdout.write(`worker    ${tally.done} articles stored, ${tally.parked} parked (see kg status), in ${((performance.now() - start) / 1000).toFixed(2)} s\n`);
  return 0;
}
