// The command line of `npm run kg`: which command, which folder, which output
// file and format. Pure parsing; usage errors carry the message to show.
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat, formatFromFileName } from '../core/io/index.ts';

export type Command = { kind: 'help' } | { kind: 'build'; folder: string; out: string; format: ExportFormat; budgetSeconds: number };

/** Seconds an article's extraction may take by default: ordinary articles take well under one. */
export const DEFAULT_BUDGET_SECONDS = 10;

/** A mistake in the command line: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}

const EXTENSIONS = EXPORT_FORMATS.map((f) => FORMAT_INFO[f].extension).join(', ');

export const HELP = `Turn a folder of news articles into a knowledge graph file.

Usage:
  npm run kg -- build <folder> --out <file>
  npm run kg -- --help

Reads every .txt, .md and .html file under <folder> (recursively; hidden files
and folders are skipped) as UTF-8. A document's id is its path relative to
<folder>, with forward slashes. Binary, non-UTF-8 and unreadable files are
skipped with a warning on stderr.

Options:
  -o, --out <file>   where to write the graph; the extension picks the format:
                     ${EXPORT_FORMATS.map((f) => `${FORMAT_INFO[f].extension} (${FORMAT_INFO[f].label})`).join(', ')}.
                     The folder is created if needed; the file is replaced only
                     once the new one is completely written.
  --budget-seconds <s>
                     how long one article's extraction may take (default
                     ${DEFAULT_BUDGET_SECONDS}); an article that takes longer is stopped and
                     skipped with a warning. 0: no limit (and no worker thread).
  -h, --help         show this help

Exit codes: 0 done, 1 failed (no such folder, no articles, write error), 2 bad usage.
`;

/** Parses the arguments after `tsx src/cli/main.ts`. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'build') throw new UsageError(`cli: unknown command "${command}" (the command is "build")`);

  let out: string | undefined;
  let budgetSeconds = DEFAULT_BUDGET_SECONDS;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--budget-seconds' || arg.startsWith('--budget-seconds=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      budgetSeconds = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(budgetSeconds) || budgetSeconds < 0) throw new UsageError('cli: --budget-seconds needs a number of seconds (0 for no limit)');
    } else if (arg === '--out' || arg === '-o') {
      const value = rest[++i];
      if (value === undefined || value === '') throw new UsageError(`cli: ${arg} needs a file name`);
      out = value;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
      if (out === '') throw new UsageError('cli: --out= needs a file name');
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`cli: unknown option "${arg}"`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new UsageError('cli: build needs the folder of articles to read');
  if (positional.length > 1) throw new UsageError(`cli: build takes one folder, got ${positional.length}: ${positional.join(' ')}`);
  if (out === undefined) throw new UsageError('cli: build needs --out <file> (.json, .graphml or .gexf)');
  const format = formatFromFileName(out);
  if (format === null) throw new UsageError(`cli: cannot tell the format of "${out}" from its extension; use one of ${EXTENSIONS}`);
  return { kind: 'build', folder: positional[0]!, out, format, budgetSeconds };
}
