// The command line of `npm run kg`: which command, which folder or files, which
// output file and format. Pure parsing; usage errors carry the message to show.
import { DB_HELP } from './db-help.ts';
import { EXTENSIONS_HELP, OUTPUT_FORMATS, type OutputFormat, outputFormatOf } from './output.ts';

export type Command =
  | { kind: 'help' }
  | { kind: 'build'; folder: string; out: string; format: OutputFormat; budgetSeconds: number }
  | { kind: 'convert'; input: string; out: string; format: OutputFormat; docs: string | null }
  | { kind: 'explain'; paths: string[]; json: boolean; width: number };

/** Characters of a sentence `explain` shows by default. */
export const EXPLAIN_WIDTH = 100;

/** Seconds an article's extraction may take by default: ordinary articles take well under one. */
export const DEFAULT_BUDGET_SECONDS = 10;

/** A mistake in the command line: the CLI prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {}


export const HELP = `Turn a folder of news articles into a knowledge graph file.

Usage:
  npm run kg -- build <folder> --out <file>
  npm run kg -- convert <graph file> --out <file> [--docs <folder>]
  npm run kg -- explain <file or folder>... [--json] [--width <n>]
  npm run kg -- --help

build:
Reads every .txt, .md and .html file under <folder> (recursively; hidden files
and folders, and links to folders, are skipped) as UTF-8. A document's id is
its path relative to <folder>, with forward slashes; a byte of a file name that
is not UTF-8 is written \\xHH. Binary, non-UTF-8, empty and unreadable files,
and named pipes, sockets, devices and broken links with those extensions, are
skipped with a warning on stderr. Control characters in names are shown
escaped (\\n, \\x1b).

  -o, --out <file>   where to write the graph; the extension picks the format:
                     ${EXTENSIONS_HELP}.
                     The folder is created if needed; the file is replaced only
                     once the new one is completely written, and keeps its
                     mode; a symbolic link is written through (it stays a link).
                     Temporary files a killed build left are removed.
  --format <f>       the format, whatever the extension: ${OUTPUT_FORMATS.join(', ')}
  --budget-seconds <s>
                     how long one article's extraction may take (default
                     ${DEFAULT_BUDGET_SECONDS}); an article that takes longer is stopped and
                     skipped with a warning. 0: no limit (and no worker thread).

convert: reads any graph file the app opens (GraphML, GEXF, graphology or
networkx JSON, Cytoscape .cyjs, from this app or yEd, Gephi, Cytoscape,
networkx, igraph, graph-tool) and writes it in the format of --out (options as
for build). Prints the tool that wrote it, nodes and edges, and a note for
anything the output does not carry as it was.
  --docs <folder>    the articles the graph's evidence points at, read as build
                     reads them, so the output carries the sentences
                     (evidence_text); without it, only sentences the input file
                     already held.

explain: what the engine finds in each article, sentence by sentence: people
(kind, roles), places, dates, meeting and invitation words, meeting frames
(participants, venues, date, type, status); then the events the frames became
(which frames merged, which were dropped and why), invitations, affiliations.
Folders are read as build reads them.
  --json             print the explanations as JSON instead
  --width <n>        characters of each sentence to show (default ${EXPLAIN_WIDTH})

  -h, --help         show this help

Exit codes: 0 done, 1 failed (no such folder or file, no articles, an unreadable
or invalid graph file, write error), 2 bad usage.
${DB_HELP}`;

/** Parses the arguments after `tsx src/cli/main.ts`. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command === 'build') return parseBuild(rest);
  if (command === 'convert') return parseConvert(rest);
  if (command === 'explain') return parseExplain(rest);
  throw new UsageError(`cli: unknown command "${command}" (the commands are "build", "convert", "explain", "ingest", "worker", "status", "export" and "serve")`);
}

/** An option's value: the next argument, or what follows "=". */
function optionValue(args: readonly string[], i: number, name: string, what: string): { value: string; next: number } {
  const arg = args[i]!;
  const inline = arg.startsWith(`${name}=`);
  const value = inline ? arg.slice(name.length + 1) : args[i + 1];
  if (value === undefined || value === '') throw new UsageError(`cli: ${inline ? `${name}=` : arg} needs ${what}`);
  return { value, next: inline ? i : i + 1 };
}

/** Reads --out and --format; returns the index of the last argument used, or null when `arg` is neither. */
function outputOption(rest: readonly string[], i: number, into: { out?: string; format?: string }): number | null {
  const arg = rest[i]!;
  if (arg === '--out' || arg === '-o' || arg.startsWith('--out=')) {
    const { value, next } = optionValue(rest, i, arg.startsWith('--out=') ? '--out' : arg, 'a file name');
    into.out = value;
    return next;
  }
  if (arg === '--format' || arg.startsWith('--format=')) {
    const { value, next } = optionValue(rest, i, '--format', `a format (${OUTPUT_FORMATS.join(', ')})`);
    into.format = value;
    return next;
  }
  return null;
}

function outputFormat(command: string, output: { out?: string; format?: string }): { out: string; format: OutputFormat } {
  if (output.out === undefined) throw new UsageError(`cli: ${command} needs --out <file> (${EXTENSIONS_HELP})`);
  const format = outputFormatOf(output.out, output.format);
  if (format === null) {
    throw new UsageError(
      output.format !== undefined
        ? `cli: unknown format "${output.format}"; use one of ${OUTPUT_FORMATS.join(', ')}`
        : `cli: cannot tell the format of "${output.out}" from its extension; use one of ${EXTENSIONS_HELP}, or --format`,
    );
  }
  return { out: output.out, format };
}

function parseConvert(rest: readonly string[]): Command {
  const output: { out?: string; format?: string } = {};
  let docs: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const used = outputOption(rest, i, output);
    if (used !== null) i = used;
    else if (arg === '--docs' || arg.startsWith('--docs=')) {
      const { value, next } = optionValue(rest, i, '--docs', 'the folder of articles');
      docs = value;
      i = next;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`cli: unknown option "${arg}"`);
    else positional.push(arg);
  }
  if (positional.length === 0) throw new UsageError('cli: convert needs the graph file to read');
  if (positional.length > 1) throw new UsageError(`cli: convert takes one graph file, got ${positional.length}: ${positional.join(' ')}`);
  return { kind: 'convert', input: positional[0]!, ...outputFormat('convert', output), docs };
}

function parseBuild(rest: readonly string[]): Command {
  const output: { out?: string; format?: string } = {};
  let budgetSeconds = DEFAULT_BUDGET_SECONDS;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const used = outputOption(rest, i, output);
    if (used !== null) i = used;
    else if (arg === '--budget-seconds' || arg.startsWith('--budget-seconds=')) {
      const { value, next } = optionValue(rest, i, '--budget-seconds', 'a number of seconds (0 for no limit)');
      budgetSeconds = Number(value);
      if (value.trim() === '' || !Number.isFinite(budgetSeconds) || budgetSeconds < 0) throw new UsageError('cli: --budget-seconds needs a number of seconds (0 for no limit)');
      i = next;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`cli: unknown option "${arg}"`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new UsageError('cli: build needs the folder of articles to read');
  if (positional.length > 1) throw new UsageError(`cli: build takes one folder, got ${positional.length}: ${positional.join(' ')}`);
  return { kind: 'build', folder: positional[0]!, ...outputFormat('build', output), budgetSeconds };
}

function parseExplain(rest: readonly string[]): Command {
  let json = false;
  let width = EXPLAIN_WIDTH;
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--width' || arg.startsWith('--width=')) {
      const { value, next } = optionValue(rest, i, '--width', 'a number of characters');
      width = Number(value);
      if (!Number.isInteger(width) || width < 10) throw new UsageError(`cli: --width must be a whole number of at least 10, got "${value}"`);
      i = next;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`cli: unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new UsageError('cli: explain needs an article file (or a folder) to read');
  return { kind: 'explain', paths, json, width };
}
