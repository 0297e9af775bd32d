// Exports and imports of the knowledge graph: one entry point over the JSON,
// GraphML, GEXF and Cytoscape JSON modules (Neo4j, a folder of files, is neo4j.ts). Strings in, strings out: reading and writing files
// is the caller's business (the CLI, or the app's download and file picker).
import type { KnowledgeGraph } from '../schema.ts';
import type { ExportOptions } from './export-options.ts';
import { fromCyjs, toCyjs } from './cyjs.ts';
import { fromGEXF, toGEXF } from './gexf.ts';
import { fromGraphML, toGraphML } from './graphml.ts';
import { fromJSON, toJSON } from './json.ts';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'cyjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What each format is called, its file extension and its media type (for downloads). */
export const FORMAT_INFO: Readonly<Record<ExportFormat, { label: string; extension: string; mimeType: string }>> = {
  json: { label: 'JSON (graphology)', extension: '.json', mimeType: 'application/json' },
  graphml: { label: 'GraphML', extension: '.graphml', mimeType: 'application/graphml+xml' },
  gexf: { label: 'GEXF', extension: '.gexf', mimeType: 'application/gexf+xml' },
  cyjs: { label: 'Cytoscape JSON', extension: '.cyjs', mimeType: 'application/json' },
};

const WRITERS: Record<ExportFormat, (graph: KnowledgeGraph, options?: ExportOptions) => string> = { json: toJSON, graphml: toGraphML, gexf: toGEXF, cyjs: toCyjs };
const READERS: Record<ExportFormat, (text: string) => KnowledgeGraph> = { json: fromJSON, graphml: fromGraphML, gexf: fromGEXF, cyjs: fromCyjs };

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

function checkFormat(format: string, caller: string): ExportFormat {
  if (!isExportFormat(format)) throw new Error(`io/${caller}: unknown format "${format}", expected one of ${EXPORT_FORMATS.join(', ')}`);
  return format;
}

/** The graph as the text of a file in `format`. */
export function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): string {
  return WRITERS[checkFormat(format, 'exportGraph')](graph, options);
}

/** A graph from the text of a file in `format`; throws an Error naming the module and the problem. */
export function importGraph(text: string, format: ExportFormat): KnowledgeGraph {
  return READERS[checkFormat(format, 'importGraph')](text);
}

/** The format a file name's extension stands for (case-insensitive), or null when it is none of ours. */
export function formatFromFileName(name: string): ExportFormat | null {
  const lower = name.toLowerCase();
  return EXPORT_FORMATS.find((format) => lower.endsWith(FORMAT_INFO[format].extension)) ?? null;
}

export { fromCyjs, fromGEXF, fromGraphML, fromJSON, toCyjs, toGEXF, toGraphML, toJSON };
export { stripIllegalXmlChars } from './xml.ts';
export { EVIDENCE_TEXT, type ExportOptions, type Point, sentencesFromSpans, sentencesFromTexts, spanKey } from './export-options.ts';
