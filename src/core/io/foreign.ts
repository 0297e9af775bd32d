// Importing a graph file of any origin: our own exports come back unchanged;
// graphs from yEd, Gephi, Cytoscape desktop, networkx or graphology are mapped
// onto the schema (a label, a kind the app can draw, a relation, evidence when
// valid) and every attribute we do not know is kept as it is, to be shown.
//
// 1. Check the text (type, size, emptiness) and find the format.
// 2. Try our own lossless reader; keep its graph when it follows the schema.
// 3. Otherwise read the file as plain records and map them (see normalize.ts).
import type { KnowledgeGraph } from '../schema.ts';
import type { AttributeRecord } from './attribute-codec.ts';
import { readForeignGEXF } from './foreign-gexf.ts';
import { type ForeignEdge, type ForeignGraph, type ForeignNode, readForeignGraphML } from './foreign-graphml.ts';
import { fromGEXF } from './gexf.ts';
import { fromGraphML } from './graphml.ts';
import { fromCyjsData, isOwnCyjs } from './cyjs.ts';
import { fromSerialized, parseJsonText } from './json.ts';
import { conformsToSchema, normalizeForeignGraph } from './normalize.ts';
import { takeEvidenceTexts } from './export-options.ts';
import { producerOf } from './producer.ts';
import { checkEdgeKey, checkNodeKey } from './safe-keys.ts';

const MODULE = 'io/import';

/** The largest graph file read (characters). */
export const MAX_GRAPH_CHARS = 40_000_000;
export const GRAPH_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export interface ImportedGraph {
  graph: KnowledgeGraph;
  format: GraphFormat;
  /** false: one of our own exports, read back as it was written. */
  foreign: boolean;
  /** What the mapping did, in words for the user. */
  notes: string[];
  /** The tool that wrote the file, as far as it tells (producer.ts). */
  producer: string;
  /** The sentences our own `evidence_text` held, by span (removed from the graph: export-options.ts). */
  sentences: ReadonlyMap<string, string>;
}

/** The format from the file name, else from the first characters. */
export function sniffGraphFormat(text: string, fileName = ''): GraphFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.graphml') || lower.endsWith('.xml') && /<graphml[\s>]/.test(text.slice(0, 4096))) return 'graphml';
  if (lower.endsWith('.gexf')) return 'gexf';
  // .cyjs: Cytoscape desktop's JSON export.
  if (lower.endsWith('.json') || lower.endsWith('.cyjs')) return 'json';
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  return null;
}

/** Our JSON exports: graphology's serialization, or our Cytoscape JSON. */
function fromOwnJson(text: string): KnowledgeGraph {
  const data = parseJsonText(text, 'io/json');
  return isOwnCyjs(data) ? fromCyjsData(data) : fromSerialized(data);
}

const OWN_READERS: Record<GraphFormat, (text: string) => KnowledgeGraph> = { graphml: fromGraphML, gexf: fromGEXF, json: fromOwnJson };

/** Reads a graph file; throws an Error whose message says what is wrong with it. */
export function importGraphFile(text: string, fileName = ''): ImportedGraph {
  // 1. The text.
  if (typeof text !== 'string') throw new Error(`${MODULE}: expected the file's text as a string, got ${typeof text}`);
  if (text.length > MAX_GRAPH_CHARS) throw new Error(`${MODULE}: the file has ${text.length} characters; graph files are limited to ${MAX_GRAPH_CHARS}`);
  if (text.trim() === '') throw new Error(`${MODULE}: the file is empty`);
  const format = sniffGraphFormat(text, fileName);
  if (!format) throw new Error(`${MODULE}: not a graph file this app reads (GraphML, GEXF or graphology JSON)`);
  const producer = producerOf(text, format);
  // 2. Our own export (or one a tool rewrote keeping ids and values), read back exactly.
  // igraph renumbers the nodes and fills in "" for missing values: only the foreign reader undoes that.
  if (producer !== 'igraph') {
    try {
      const graph = OWN_READERS[format](text);
      if (conformsToSchema(graph)) return { graph, format, foreign: false, notes: [], producer, sentences: takeEvidenceTexts(graph) };
    } catch {
      // Not ours, or broken: the foreign reader says which, in its own words.
    }
  }
  // 3. Any other graph of that format.
  const records = readForeign(text, format);
  const { graph, notes } = normalizeForeignGraph(records);
  return { graph, format, foreign: true, notes, producer, sentences: takeEvidenceTexts(graph) };
}

function readForeign(text: string, format: GraphFormat): ForeignGraph {
  switch (format) {
    case 'graphml':
      return readForeignGraphML(text);
    case 'gexf':
      return readForeignGEXF(text);
    case 'json':
      return readForeignJSON(text);
  }
}

// ---- JSON: graphology's serialization (any type), networkx node-link, Cytoscape.js
// (desktop's .cyjs {elements: {nodes, edges}}, {elements: [...]}, and the bare
// element array `eles.jsons()` gives).

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isKey = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

function readForeignJSON(text: string): ForeignGraph {
  const module = 'io/json';
  const data = parseJsonText(text, module);
  if (Array.isArray(data)) return fromCytoscapeJson(data, module);
  if (!isRecord(data)) throw new Error(`${module}: expected a graph object or a Cytoscape.js element list, got ${data === null ? 'null' : typeof data}`);
  if (data.elements !== undefined) return fromCytoscapeJson(data.elements, module, isRecord(data.data) ? data.data : {});
  if (!Array.isArray(data.nodes)) throw new Error(`${module}: not a graph: "nodes" is missing or not an array`);
  const linkList = data.edges ?? data.links;
  if (linkList !== undefined && !Array.isArray(linkList)) throw new Error(`${module}: not a graph: "${data.edges !== undefined ? 'edges' : 'links'}" is not an array`);
  const graphUndirected = isRecord(data.options) ? data.options.type === 'undirected' : data.directed === false;
  const nodes: ForeignNode[] = data.nodes.map((node: unknown, i: number) => {
    if (!isRecord(node)) throw new Error(`${module}: nodes[${i}] is not an object`);
    // graphology: {key, attributes}; node-link: {id, ...attributes}.
    const key = node.key ?? node.id;
    if (!isKey(key)) throw new Error(`${module}: nodes[${i}] has no "key" or "id"`);
    const attributes = node.attributes !== undefined ? node.attributes : withoutKeys(node, ['id']);
    if (!isRecord(attributes)) throw new Error(`${module}: nodes[${i}].attributes is not an object`);
    return { key: String(key), attributes: { ...attributes } };
  });
  const edges: ForeignEdge[] = (linkList ?? []).map((edge: unknown, i: number) => {
    if (!isRecord(edge)) throw new Error(`${module}: edges[${i}] is not an object`);
    if (!isKey(edge.source) || !isKey(edge.target)) throw new Error(`${module}: edges[${i}] needs "source" and "target"`);
    const graphologyShape = edge.attributes !== undefined || edge.undirected !== undefined || data.links === undefined;
    const attributes = graphologyShape ? (edge.attributes ?? {}) : withoutKeys(edge, ['source', 'target', 'key', 'id']);
    if (!isRecord(attributes)) throw new Error(`${module}: edges[${i}].attributes is not an object`);
    const key = edge.key ?? (graphologyShape ? undefined : edge.id);
    if (key !== undefined && !isKey(key)) throw new Error(`${module}: edges[${i}].key is not a string`);
    return { key: key === undefined ? null : String(key), source: String(edge.source), target: String(edge.target), directed: edge.undirected === true ? false : !graphUndirected, attributes: { ...attributes } };
  });
  checkForeignStructure(nodes, edges, module);
  return { attributes: isRecord(data.attributes) ? { ...data.attributes } : isRecord(data.graph) ? { ...data.graph } : {}, nodes, edges };
}

function withoutKeys(record: Record<string, unknown>, names: string[]): AttributeRecord {
  const rest: AttributeRecord = {};
  for (const [name, value] of Object.entries(record)) {
    if (!names.includes(name)) Object.defineProperty(rest, name, { value, writable: true, enumerable: true, configurable: true });
  }
  return rest;
}

function fromCytoscapeJson(elements: unknown, module: string, graphData: AttributeRecord = {}): ForeignGraph {
  const list: unknown[] = Array.isArray(elements)
    ? elements
    : isRecord(elements)
      ? [...(Array.isArray(elements.nodes) ? elements.nodes : []), ...(Array.isArray(elements.edges) ? elements.edges : [])]
      : [];
  if (list.length === 0 && !Array.isArray(elements) && !isRecord(elements)) throw new Error(`${module}: "elements" is neither a list nor {nodes, edges}`);
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  list.forEach((element, i) => {
    const data = isRecord(element) ? element.data : undefined;
    if (!isRecord(data)) throw new Error(`${module}: elements[${i}] has no "data" object`);
    if (data.source !== undefined || data.target !== undefined) {
      if (!isKey(data.source) || !isKey(data.target)) throw new Error(`${module}: elements[${i}] needs "source" and "target"`);
      edges.push({ key: isKey(data.id) ? String(data.id) : null, source: String(data.source), target: String(data.target), directed: true, attributes: withoutKeys(data, ['id', 'source', 'target']) });
    } else {
      if (!isKey(data.id)) throw new Error(`${module}: elements[${i}] has no "id"`);
      nodes.push({ key: String(data.id), attributes: withoutKeys(data, ['id']) });
    }
  });
  checkForeignStructure(nodes, edges, module);
  return { attributes: { ...graphData }, nodes, edges };
}

/** Unique, safe node ids; edges between nodes that exist; unique edge ids. */
function checkForeignStructure(nodes: ForeignNode[], edges: ForeignEdge[], module: string): void {
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    checkNodeKey(node.key, module, `nodes[${i}]`);
    if (ids.has(node.key)) throw new Error(`${module}: the node id "${node.key}" is used twice (nodes[${i}])`);
    ids.add(node.key);
  });
  const edgeIds = new Set<string>();
  edges.forEach((edge, i) => {
    for (const end of [edge.source, edge.target]) {
      if (!ids.has(end)) throw new Error(`${module}: edges[${i}] points to the node "${end}", which the file does not define`);
    }
    checkEdgeKey(edge.key, module, `edges[${i}]`);
    if (edge.key !== null) {
      if (edgeIds.has(edge.key)) throw new Error(`${module}: the edge id "${edge.key}" is used twice (edges[${i}])`);
      edgeIds.add(edge.key);
    }
  });
}
