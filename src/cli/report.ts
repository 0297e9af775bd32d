// What the CLI tells the user after a build: documents read and skipped,
// nodes per kind, edges per relation, the output file and the time taken.
import { NODE_KINDS, RELATIONS, type KnowledgeGraph } from '../core/schema.ts';
import { type OutputFormat, formatLabel } from './output.ts';
import { printable } from './printable.ts';

export interface BuildReport {
  folder: string;
  documents: number;
  bytes: number;
  skipped: number;
  /** articles left out as copies of an earlier one */
  duplicates?: number;
  graph: KnowledgeGraph;
  out: string;
  format: OutputFormat;
  outBytes: number;
  seconds: { read: number; build: number; write: number };
}

/** Counts per value of an attribute, schema values first (zeros included, so a missing kind shows), then any others. */
function countBy(known: readonly string[], values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>(known.map((k) => [k, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts];
}

export function nodesPerKind(graph: KnowledgeGraph): [string, number][] {
  return countBy(NODE_KINDS, graph.mapNodes((_key, attributes) => String(attributes.kind)));
}

export function edgesPerRelation(graph: KnowledgeGraph): [string, number][] {
  return countBy(RELATIONS, graph.mapEdges((_key, attributes) => String(attributes.relation)));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

const seconds = (s: number): string => `${s.toFixed(2)} s`;

export function formatReport(r: BuildReport): string {
  const rows: [string, string][] = [
    ['documents', `${r.documents} read${r.skipped > 0 ? `, ${r.skipped} skipped (see warnings)` : ''}${r.duplicates ? `, ${r.duplicates} left out as the same text as an earlier one (see warnings)` : ''}, ${formatBytes(r.bytes)}, from ${r.folder}`],
    ['nodes', String(r.graph.order)],
    ...nodesPerKind(r.graph).map(([kind, n]): [string, string] => [`  ${kind}`, String(n)]),
    ['edges', String(r.graph.size)],
    ...edgesPerRelation(r.graph).map(([relation, n]): [string, string] => [`  ${relation}`, String(n)]),
    ['output', `${r.out} (${formatLabel(r.format)}, ${formatBytes(r.outBytes)})`],
    ['time', `${seconds(r.seconds.read + r.seconds.build + r.seconds.write)} (read ${seconds(r.seconds.read)}, build ${seconds(r.seconds.build)}, export and write ${seconds(r.seconds.write)})`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  // The folder and file names are the user's: escaped, so each row stays one line.
  return `${rows.map(([name, value]) => `${name.padEnd(width)}${printable(value)}`).join('\n')}\n`;
}
