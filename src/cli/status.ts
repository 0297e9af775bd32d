// `kg status --db URL`: how far ingest has got, and what failed and why.
import { queueStatus } from '../db/queue.ts';
import type { Store } from '../db/store.ts';
import { printable } from './printable.ts';
import type { OutputStream } from './progress.ts';

export async function statusCommand(store: Store, command: { json: boolean }, env: { stdout: OutputStream }): Promise<number> {
  const s = await queueStatus(store);
  if (command.json) {
    env.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
    return 0;
  }
  const lines = [
    `store     ${s.articles} articles, ${s.entities} entities, ${s.meetings} meetings, ${s.edges} edges`,
    `queue     ${s.queued} queued (${s.running} running, ${s.retrying} waiting to be tried again), ${s.done} done, ${s.parked.length} parked`,
    ...s.parked.map((p) => `parked    ${p.articleId}: ${p.error} (${p.attempts} attempts, last by ${p.worker ?? 'unknown'} at ${p.at} UTC)`),
  ];
  // Ids and errors come from files and the extraction: escaped, one line each.
  env.stdout.write(lines.map((l) => `${printable(l)}\n`).join(''));
  return 0;
}
