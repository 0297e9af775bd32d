// The `build` command, step by step: read the folder, build the graph, export
// it, write it atomically, report. Returns the exit code instead of exiting,
// and takes its streams (and, for tests, the builder) as arguments.
import { type BuildOptions, buildGraph } from '../core/index.ts';
import type { Doc, KnowledgeGraph } from '../core/schema.ts';
import { exportGraph } from '../core/io/index.ts';
import { HELP, UsageError, parseArgs } from './args.ts';
import { createProgress, type OutputStream } from './progress.ts';
import { CorpusError, readCorpus } from './read-corpus.ts';
import { formatReport } from './report.ts';
import { writeFileAtomic } from './write-atomic.ts';

export interface CliEnvironment {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The pipeline; tests pass another to exercise failures. */
  build?: (docs: Doc[], options?: BuildOptions) => KnowledgeGraph | Promise<KnowledgeGraph>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const secondsSince = (start: number): number => (performance.now() - start) / 1000;

export async function run(argv: readonly string[], env: CliEnvironment): Promise<number> {
  // One thread: worker threads were measured slower on this 2-core machine (bench/pipeline.ts).
  const { stdout, stderr, build = buildGraph } = env;
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    stderr.write(`${error.message}\nRun with --help for usage.\n`);
    return 2;
  }
  if (command.kind === 'help') {
    stdout.write(HELP);
    return 0;
  }

  try {
    // 1. Read the folder; bad files are reported as they are found and skipped.
    let start = performance.now();
    let reading: ReturnType<typeof createProgress> | undefined;
    const corpus = await readCorpus(command.folder, {
      onWarning: (w) => stderr.write(`warning: skipped ${w.id}: ${w.reason}\n`),
      onProgress: (done, total) => {
        reading ??= createProgress(stderr, 'reading', total);
        reading.update(done, total);
      },
    });
    reading?.finish();
    const read = secondsSince(start);

    // 2. Build the graph.
    start = performance.now();
    const building = createProgress(stderr, 'building', corpus.docs.length);
    const graph = await build(corpus.docs, { onProgress: (done, total) => building.update(done, total) });
    building.finish();
    const built = secondsSince(start);

    // 3. Export and write: the previous file stays in place unless the new one is complete.
    start = performance.now();
    const text = exportGraph(graph, command.format);
    await writeFileAtomic(command.out, text);
    const written = secondsSince(start);

    // 4. Report.
    stdout.write(
      formatReport({
        folder: command.folder,
        documents: corpus.docs.length,
        bytes: corpus.bytes,
        skipped: corpus.warnings.length,
        graph,
        out: command.out,
        format: command.format,
        outBytes: new TextEncoder().encode(text).byteLength,
        seconds: { read, build: built, write: written },
      }),
    );
    return 0;
  } catch (error) {
    stderr.write(`${error instanceof CorpusError ? error.message : `cli: build failed: ${messageOf(error)}`}\n`);
    return 1;
  }
}
