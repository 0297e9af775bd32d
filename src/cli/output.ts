// Where and how `build` and `convert` write a graph: one file whose extension
// (or --format) picks the format, or a Neo4j folder (`--out graph.neo4j/`,
// `--format neo4j`) of CSV files and a Cypher script. Every file is written
// atomically (write-atomic.ts).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions, FORMAT_INFO, exportGraph, formatFromFileName, isExportFormat } from '../core/io/index.ts';
import { toNeo4j } from '../core/io/neo4j.ts';
import type { KnowledgeGraph } from '../core/schema.ts';
import { writeFileAtomic } from './write-atomic.ts';

export const NEO4J = 'neo4j';
export type OutputFormat = ExportFormat | typeof NEO4J;
export const OUTPUT_FORMATS: readonly OutputFormat[] = [...EXPORT_FORMATS, NEO4J];

export const isOutputFormat = (value: string): value is OutputFormat => value === NEO4J || isExportFormat(value);

/** What a format is called in the report. */
export const formatLabel = (format: OutputFormat): string => (format === NEO4J ? 'Neo4j CSV folder' : FORMAT_INFO[format].label);

/** The format of `--out`: `--format` if given, a folder ending in .neo4j (or /.neo4j/), else the file's extension; null if none fits. */
export function outputFormatOf(out: string, format?: string): OutputFormat | null {
  if (format !== undefined) return isOutputFormat(format) ? format : null;
  if (/\.neo4j[\\/]*$/i.test(out)) return NEO4J;
  return formatFromFileName(out);
}

export const EXTENSIONS_HELP = `${EXPORT_FORMATS.map((f) => `${FORMAT_INFO[f].extension} (${FORMAT_INFO[f].label})`).join(', ')}, or a folder ending in .neo4j/ (Neo4j CSV files and a Cypher script)`;

export interface Written {
  /** Bytes written, over all files. */
  bytes: number;
  /** The files written (one, or the Neo4j folder's). */
  files: string[];
  /** What the format could not carry as it was. */
  notes: string[];
}

const byteLength = (text: string): number => new TextEncoder().encode(text).byteLength;

/** Exports and writes the graph; the previous file (or each file of the folder) stays until its replacement is complete. */
export async function writeGraph(graph: KnowledgeGraph, out: string, format: OutputFormat, options: ExportOptions, onLeftoverRemoved: (path: string) => void): Promise<Written> {
  if (format !== NEO4J) {
    const text = exportGraph(graph, format, options);
    await writeFileAtomic(out, text, { onLeftoverRemoved });
    return { bytes: byteLength(text), files: [out], notes: [] };
  }
  const { files, notes } = toNeo4j(graph, options);
  await mkdir(out, { recursive: true });
  let bytes = 0;
  const written: string[] = [];
  for (const [name, text] of files) {
    const path = join(out, name);
    await writeFileAtomic(path, text, { onLeftoverRemoved });
    bytes += byteLength(text);
    written.push(path);
  }
  return { bytes, files: written, notes };
}
