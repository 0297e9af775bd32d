// The command line: `explain` (explain.ts), `convert` (convert.ts), and the
// `build` command, step by step: read the folder, build the graph, export it
// (with the sentences read again for evidence_text), write it atomically, report. Returns the exit code instead of exiting, and takes its streams
// (and, for tests, the builder) as arguments.
import type { KnowledgeGraph } from '../core/schema.ts';
import { HELP, UsageError, parseArgs } from './args.ts';
import { convertCommand } from './convert.ts';
import { explainCommand } from './explain.ts';
import { printLine } from './printable.ts';
import { createProgress, type OutputStream } from './progress.ts';
import { type ArticleFile, CorpusError, listCorpus } from './read-corpus.ts';
import { writeGraph } from './output.ts';
import { formatReport } from './report.ts';
import { sentencesOfArticles } from './sentences.ts';
import { type StreamBuildOptions, type StreamBuildResult, buildGraphFromFiles } from './stream-build.ts';

export interface CliEnvironment {
  stdout: OutputStream;
  stderr: OutputStream;
  /** The pipeline; tests pass another to exercise failures. */
  build?: (folder: string, files: readonly ArticleFile[], options?: StreamBuildOptions) => Promise<StreamBuildResult>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const secondsSince = (start: number): number => (performance.now() - start) / 1000;

export async function run(argv: readonly string[], env: CliEnvironment): Promise<number> {
  // One article at a time, each within its time budget: see stream-build.ts.
  const { stdout, stderr, build = buildGraphFromFiles } = env;
  let command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printLine(stderr, error.message);
    printLine(stderr, 'Run with --help for usage.');
    return 2;
  }
  if (command.kind === 'help') {
    stdout.write(HELP);
    return 0;
  }
  if (command.kind === 'explain') return explainCommand({ ...command, stdout, stderr });
  if (command.kind === 'convert') return convertCommand(command, { stdout, stderr });

  try {
    // 1. List the folder's articles.
    const warn = (w: { id: string; reason: string }) => printLine(stderr, `warning: skipped ${w.id}: ${w.reason}`);
    let unlisted = 0; // pipes, devices, broken links: skipped before reading
    const files = await listCorpus(command.folder, (w) => {
      unlisted++;
      warn(w);
    });

    // 2. Read and extract them one at a time (bad files are reported and skipped), then build the graph.
    const building = createProgress(stderr, 'building', files.length);
    const built = await build(command.folder, files, { onWarning: warn, onProgress: (done, total) => building.update(done, total), budgetSeconds: command.budgetSeconds });
    building.finish();
    const { graph } = built;

    // 3. Export and write: the previous file stays in place unless the new one is complete.
    const start = performance.now();
    // JSON carries offsets only; the other formats carry the sentences too, read again one article at a time.
    const options = command.format === 'json' ? {} : { sentence: (await sentencesOfArticles(graph, files)).sentence };
    const written = await writeGraph(graph, command.out, command.format, options, (path) =>
      printLine(stderr, `removed ${path}: a temporary file left by an earlier build that was stopped while writing`),
    );
    for (const note of written.notes) printLine(stderr, `note: ${note}`);
    const writeSeconds = secondsSince(start);

    // 4. Report.
    stdout.write(
      formatReport({
        folder: command.folder,
        documents: built.documents,
        bytes: built.bytes,
        skipped: unlisted + built.skipped,
        duplicates: built.duplicates.length,
        graph,
        out: command.out,
        format: command.format,
        outBytes: written.bytes,
        seconds: { ...built.seconds, write: writeSeconds },
      }),
    );
    return 0;
  } catch (error) {
    printLine(stderr, error instanceof CorpusError ? error.message : `cli: build failed: ${messageOf(error)}`);
    return 1;
  }
}
