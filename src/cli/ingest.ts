// `kg ingest FOLDER --db URL`: queues the folder's new and changed articles,
// then works the queue in this process (unless --enqueue-only).
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import { planIngest } from '../db/ingest.ts';
import { queueStatus } from '../db/queue.ts';
import type { Store } from '../db/store.ts';
import type { DbCommand } from './db-args.ts';
import { printLine, printable } from './printable.ts';
import { type OutputStream, createProgress } from './progress.ts';
import { workQueue } from './worker.ts';

export async function ingestCommand(store: Store, command: Extract<DbCommand, { kind: 'ingest' }>, env: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const { stdout, stderr } = env;
  const start = performance.now();
  const reading = createProgress(stderr, 'reading', 0);
  const plan = await planIngest(store, command.folder, {
    knowledge: loadDefaultKnowledge(),
    retryParked: command.retryParked,
    onWarning: (w) => printLine(stderr, `warning: skipped ${w.id}: ${w.reason}`),
    onProgress: (done, total) => reading.update(done, total),
  });
  reading.finish();
  const queuedAt = performance.now();
  const tally = command.enqueueOnly ? null : await workQueue(store, command, stderr);
  const status = await queueStatus(store);
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(2)} s`;
  const end = performance.now();
  const rows: [string, string][] = [
    ['folder', `${plan.files} article files in ${command.folder}: ${plan.added} new, ${plan.changed} changed, ${plan.unchanged} unchanged${plan.pending ? `, ${plan.pending} already queued` : ''}${plan.parked ? `, ${plan.parked} parked earlier (--retry-parked to try again)` : ''}${plan.skipped ? `, ${plan.skipped} skipped (see warnings)` : ''}`],
    ['queue', tally ? `${tally.done} stored, ${tally.parked} parked${status.queued ? `, ${status.queued} left to other workers` : ''}` : `${status.queued} jobs queued (run kg worker)`],
    ['store', `${status.articles} articles, ${status.entities} entities, ${status.meetings} meetings, ${status.edges} edges${status.parked.length ? `; ${status.parked.length} parked (see kg status)` : ''}`],
    ['time', `${seconds(start, end)} (read and queue ${seconds(start, queuedAt)}, ingest ${seconds(queuedAt, end)})`],
  ];
  stdout.write(rows.map(([name, value]) => `${name.padEnd(8)}${printable(value)}\n`).join(''));
  return 0;
}
