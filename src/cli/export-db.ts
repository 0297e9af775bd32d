// `kg export --db URL --out FILE`: the stored graph in any export format,
// written atomically as `kg build` writes.
import { exportGraph } from '../core/io/index.ts';
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import { storedGraph } from '../db/stored-graph.ts';
import type { Store } from '../db/store.ts';
import type { DbCommand } from './db-args.ts';
import { printLine, printable } from './printable.ts';
import type { OutputStream } from './progress.ts';
import { formatBytes } from './report.ts';
import { writeFileAtomic } from './write-atomic.ts';

export async function exportCommand(store: Store, command: Extract<DbCommand, { kind: 'export' }>, env: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const start = performance.now();
  const { graph, documents } = await storedGraph(store, loadDefaultKnowledge());
  if (documents === 0) {
    printLine(env.stderr, `kg export: the store ${command.db} has no articles yet (run kg ingest)`);
    return 1;
  }
  const text = exportGraph(graph, command.format);
  await writeFileAtomic(command.out, text, {
    onLeftoverRemoved: (path) => printLine(env.stderr, `removed ${path}: a temporary file left by an earlier export that was stopped while writing`),
  });
  env.stdout.write(`${printable(`export    ${documents} articles, ${graph.order} nodes, ${graph.size} edges to ${command.out} (${formatBytes(new TextEncoder().encode(text).byteLength)}) in ${((performance.now() - start) / 1000).toFixed(2)} s`)}\n`);
  return 0;
}
