// `kg convert IN --out OUT`: any graph file the app reads, written in any
// format it writes. Read as the app reads a file (core/io/foreign.ts: our own
// exports exactly, other tools' files mapped onto the schema), written as
// `build` writes (output.ts), with a report of what was read and a note for
// whatever the output does not carry as the input had it.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ImportedGraph, importGraphFile } from '../core/io/foreign.ts';
import { type ExportOptions, type Point, sentencesFromSpans } from '../core/io/index.ts';
import { evidenceText } from '../core/io/export-options.ts';
import type { KnowledgeGraph } from '../core/schema.ts';
import { NEO4J, type OutputFormat, formatLabel, writeGraph } from './output.ts';
import { printLine } from './printable.ts';
import type { OutputStream } from './progress.ts';
import { CorpusError } from './read-corpus.ts';
import { edgesPerRelation, formatBytes, nodesPerKind } from './report.ts';
import { printable } from './printable.ts';
import { sentencesOfFolder } from './sentences.ts';

export interface ConvertCommand {
  input: string;
  out: string;
  format: OutputFormat;
  docs: string | null;
}

const FORMAT_NAMES = { graphml: 'GraphML', gexf: 'GEXF', json: 'JSON' } as const;

/** A failure to report and exit 1 with. */
class ConvertError extends Error {}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function readGraphText(path: string): Promise<string> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConvertError(error.code === 'ENOENT' ? `cli: no such file: ${path}` : `cli: cannot open ${path} (${error.code ?? error.message})`);
  });
  if (!info.isFile()) throw new ConvertError(`cli: not a file: ${path}`);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ConvertError(`cli: cannot read ${path} (${error.code ?? error.message})`);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ConvertError(`cli: cannot read ${path}: it is not UTF-8 text`);
  }
}

/** Positions the input gave (numeric x and y on every node: Gephi, graphology, GEXF viz), or null. */
function positionsOf(graph: KnowledgeGraph): Map<string, Point> | null {
  const positions = new Map<string, Point>();
  let complete = graph.order > 0;
  graph.forEachNode((key, attributes) => {
    const { x, y } = attributes as unknown as Record<string, unknown>;
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) positions.set(key, { x, y });
    else complete = false;
  });
  return complete ? positions : null;
}

/** How many nodes and edges with evidence get no sentence from this lookup. */
function withoutSentences(graph: KnowledgeGraph, sentence: ExportOptions['sentence']): number {
  let missing = 0;
  const count = (attributes: { evidence?: unknown }) => {
    if (Array.isArray(attributes.evidence) && attributes.evidence.length > 0 && evidenceText(attributes.evidence, sentence) === undefined) missing++;
  };
  graph.forEachNode((_key, attributes) => count(attributes));
  graph.forEachEdge((_key, attributes) => count(attributes));
  return missing;
}

function notesFor(imported: ImportedGraph, command: ConvertCommand, options: ExportOptions, hadPositions: boolean): string[] {
  const notes = [...imported.notes];
  if (imported.producer.startsWith('yEd')) notes.push("yEd's drawing (shapes, colours, sizes, geometry) is not carried over; labels are");
  if (command.format === 'json') {
    if (imported.sentences.size > 0) notes.push('the sentences (evidence_text) are not written: JSON keeps the evidence as offsets only');
    return notes;
  }
  const missing = withoutSentences(imported.graph, options.sentence);
  if (missing > 0) {
    notes.push(`${missing} nodes and edges have evidence but no evidence_text: their articles are not at hand${command.docs === null ? ' (give them with --docs <folder>)' : ` in ${command.docs}`}`);
  }
  if (!hadPositions && command.format !== NEO4J) notes.push(`${command.input} gives no positions: the nodes are laid out with ForceAtlas2 (the same file every time)`);
  return notes;
}

export async function convertCommand(command: ConvertCommand, io: { stdout: OutputStream; stderr: OutputStream }): Promise<number> {
  const start = performance.now();
  try {
    const text = await readGraphText(command.input);
    let imported: ImportedGraph;
    try {
      imported = importGraphFile(text, basename(command.input));
    } catch (error) {
      throw new ConvertError(`cli: cannot read ${command.input}: ${messageOf(error)}`);
    }
    const { graph } = imported;
    const positions = positionsOf(graph);
    const sentence = command.docs !== null ? (await sentencesOfFolder(graph, command.docs)).sentence : sentencesFromSpans(imported.sentences);
    const options: ExportOptions = { sentence, ...(positions ? { positions } : {}) };
    const notes = notesFor(imported, command, options, positions !== null);
    const written = await writeGraph(graph, command.out, command.format, options, (path) =>
      printLine(io.stderr, `removed ${path}: a temporary file left by an earlier run that was stopped while writing`),
    );
    notes.push(...written.notes);

    const rows: [string, string][] = [
      ['input', `${command.input} (${FORMAT_NAMES[imported.format]}, written by ${imported.producer}${imported.foreign ? '' : ', read back exactly'})`],
      ['nodes', String(graph.order)],
      ...nodesPerKind(graph).filter(([, n]) => n > 0).map(([kind, n]): [string, string] => [`  ${kind}`, String(n)]),
      ['edges', String(graph.size)],
      ...edgesPerRelation(graph).filter(([, n]) => n > 0).map(([relation, n]): [string, string] => [`  ${relation}`, String(n)]),
      ['output', `${command.out} (${formatLabel(command.format)}, ${formatBytes(written.bytes)}${written.files.length > 1 ? `, ${written.files.length} files` : ''})`],
      ['time', `${((performance.now() - start) / 1000).toFixed(2)} s`],
    ];
    const width = Math.max(...rows.map(([name]) => name.length)) + 2;
    io.stdout.write(`${rows.map(([name, value]) => `${name.padEnd(width)}${printable(value)}`).join('\n')}\n`);
    for (const note of notes) io.stdout.write(`note: ${printable(note)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ConvertError || error instanceof CorpusError) printLine(io.stderr, error.message);
    else printLine(io.stderr, `cli: convert failed: ${messageOf(error)}`);
    return 1;
  }
}
