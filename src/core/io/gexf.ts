// GEXF export and import through graphology-gexf's writer and parser (GEXF 1.3,
// which Gephi and networkx read; graphology-gexf's 1.2 header misspells the viz
// namespace, so networkx would not find the drawing).
//
// graphology-gexf writes scalar attributes natively but flattens lists lossily
// and drops null and '' values, so before writing, the graph is copied with
// its attributes encoded like the GraphML export: arrays, objects and mixed
// columns as JSON strings, unwritable values in `_omitted`. A <meta> entry
// records which columns are JSON, and the graph attributes, so `fromGEXF`
// gives back the identical graph. A node's label is also GEXF's own `label`,
// the name Gephi shows.
//
// Drawing: each node has viz:position (the app's layout, or layout.ts),
// viz:color (its kind's fill) and viz:size (by degree). Each edge gets a GEXF
// label, its relation, numbered when the same pair has the same relation more
// than once ("participant #2"), so parallel edges stay apart in Gephi's data
// table (Gephi keeps them with the import option "Edges merge strategy: Don't
// merge"). The reader drops the viz data and these labels: they are drawing,
// derived from the attributes.
import { MultiDirectedGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../schema.ts';
import {
  type AttributeRecord,
  type CodecOptions,
  type Columns,
  type Scalar,
  decodeRecord,
  encodeRecord,
  inferColumns,
} from './attribute-codec.ts';
import { type ExportOptions, withEvidenceText } from './export-options.ts';
import { positionsFor } from './layout.ts';
import { checkDocumentNodeKeys } from './safe-keys.ts';
import { fillOf, rgbOf, sizeOf } from './visual.ts';
import { finishXml, jsonForXml, messageOf, parseXmlDocument, stripIllegalXmlChars } from './xml.ts';

const MODULE = 'io/gexf';
// graphology-gexf reads <meta> children as graph attributes, lower-casing names.
const CODEC_META = 'kgcodec';

// graphology-gexf skips null and '' values when writing, so both travel in `_omitted`.
const CODEC: CodecOptions = { module: MODULE, isOmitted: (value) => value === null || value === '' };

/** What the <meta> entry `kgcodec` holds. */
interface CodecMeta {
  json: { node: string[]; edge: string[] };
  graph: AttributeRecord;
  /** Keys of the edges whose GEXF label is their own `label` attribute; the other edges' labels are derived (absent: none derived). */
  edgeLabels?: string[];
}

type EncodedGraph = MultiDirectedGraph<Record<string, Scalar>>;

/**
 * The label GEXF can carry as the node's `label`: a string that is non-empty
 * once XML-illegal characters are removed (graphology-gexf drops empty labels).
 * Other labels stay an ordinary attribute.
 */
function gexfLabel(attributes: object): string | undefined {
  const label: unknown = (attributes as AttributeRecord).label;
  return typeof label === 'string' && stripIllegalXmlChars(label) !== '' ? label : undefined;
}

function withoutLabel(attributes: object): AttributeRecord {
  const rest: AttributeRecord = { ...attributes };
  delete rest.label;
  return rest;
}

function jsonNames(columns: Columns): string[] {
  return [...columns].filter(([, type]) => type === 'json').map(([name]) => name);
}

// xml-writer leaves out attributes whose value is empty, so an empty id or
// attribute name would silently produce a broken file.
function checkWritable(what: string, text: string): void {
  if (stripIllegalXmlChars(text) === '') throw new Error(`${MODULE}: GEXF cannot hold an empty ${what} (got ${JSON.stringify(text)})`);
}

/** Each edge's GEXF label: its own `label` attribute, else its relation, numbered among parallel edges of that relation. */
function edgeLabelsOf(graph: KnowledgeGraph): { labels: Map<string, string>; own: string[] } {
  const labels = new Map<string, string>();
  const own: string[] = [];
  const seen = new Map<string, number>();
  graph.forEachEdge((key, attributes, source, target) => {
    const label = gexfLabel(attributes);
    if (label !== undefined) {
      labels.set(key, label);
      own.push(key);
      return;
    }
    const relation = String(attributes.relation);
    const pair = JSON.stringify([source, target, relation]);
    const n = (seen.get(pair) ?? 0) + 1;
    seen.set(pair, n);
    labels.set(key, n === 1 ? relation : `${relation} #${n}`);
  });
  return { labels, own };
}

interface Encoded {
  encoded: EncodedGraph;
  labels: Map<string, string>;
  edgeLabels: Map<string, string>;
  /** Edges whose label attribute became their GEXF label. */
  ownEdgeLabels: ReadonlySet<string>;
}

/** A copy of the graph whose attributes graphology-gexf writes without loss. */
function encodeGraph(graph: KnowledgeGraph, options: ExportOptions): Encoded {
  const labels = new Map<string, string>();
  const nodeRecords: AttributeRecord[] = [];
  graph.forEachNode((key, attributes) => {
    checkWritable('node key', key);
    const label = gexfLabel(attributes);
    if (label !== undefined) labels.set(key, label);
    const record = withEvidenceText(attributes, options.sentence);
    nodeRecords.push(label === undefined ? { ...record } : withoutLabel(record));
  });
  const { labels: edgeLabels, own } = edgeLabelsOf(graph);
  const ownEdgeLabels = new Set(own);
  const edgeRecords: AttributeRecord[] = [];
  graph.forEachEdge((key, attributes) => {
    checkWritable('edge key', key);
    const record = withEvidenceText(attributes, options.sentence);
    edgeRecords.push(ownEdgeLabels.has(key) ? withoutLabel(record) : { ...record });
  });
  const nodeColumns = inferColumns(nodeRecords, CODEC);
  const edgeColumns = inferColumns(edgeRecords, CODEC);
  for (const name of [...nodeColumns.keys(), ...edgeColumns.keys()]) checkWritable('attribute name', name);

  const encoded: EncodedGraph = new MultiDirectedGraph();
  const codecMeta: CodecMeta = {
    json: { node: jsonNames(nodeColumns), edge: jsonNames(edgeColumns) },
    graph: { ...graph.getAttributes() },
    edgeLabels: own,
  };
  // Plain string graph attributes are also written as their own <meta> entries for other tools.
  const meta: AttributeRecord = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (typeof value === 'string' && /^[a-z][a-z0-9_-]*$/.test(name) && name !== CODEC_META) meta[name] = value;
  }
  meta[CODEC_META] = jsonForXml(codecMeta);
  encoded.replaceAttributes(meta);

  let i = 0;
  graph.forEachNode((key) => {
    encoded.addNode(key, encodeRecord(nodeRecords[i++] ?? {}, nodeColumns, CODEC, jsonForXml));
  });
  let j = 0;
  graph.forEachEdge((key, _attributes, source, target) => {
    encoded.addDirectedEdgeWithKey(key, source, target, encodeRecord(edgeRecords[j++] ?? {}, edgeColumns, CODEC, jsonForXml));
  });
  return { encoded, labels, edgeLabels, ownEdgeLabels };
}

/** Writes the graph as GEXF 1.3 with graphology-gexf, drawn (viz) for Gephi. */
export function toGEXF(graph: KnowledgeGraph, options: ExportOptions = {}): string {
  const { encoded, labels, edgeLabels } = encodeGraph(graph, options);
  const positions = positionsFor(graph, options);
  const gexf = write(encoded, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const label = labels.get(key);
      const at = positions.get(key);
      const viz = { color: rgbOf(fillOf(graph.getNodeAttribute(key, 'kind'))), size: sizeOf(graph, key), ...(at ? { x: at.x, y: at.y } : {}) };
      return label === undefined ? { attributes, viz } : { label, attributes, viz };
    },
    // GEXF's own edge `kind` and `weight` stay unused: every attribute is an ordinary attribute.
    formatEdge: (key, attributes) => {
      const label = edgeLabels.get(key);
      return label === undefined ? { attributes } : { label, attributes };
    },
  });
  // xml-writer escapes markup, but not the characters XML 1.0 forbids, nor NEL and LINE SEPARATOR.
  return finishXml(gexf);
}

function readCodecMeta(value: unknown): CodecMeta | undefined {
  if (value === undefined) return undefined;
  let meta: unknown;
  try {
    meta = typeof value === 'string' ? JSON.parse(value) : undefined;
  } catch (error) {
    throw new Error(`${MODULE}: the <meta> entry "${CODEC_META}" is not valid JSON (${messageOf(error)})`);
  }
  const m = meta as Partial<CodecMeta> | undefined;
  const isNames = (names: unknown): names is string[] => Array.isArray(names) && names.every((n) => typeof n === 'string');
  if (!m || typeof m.graph !== 'object' || m.graph === null || !isNames(m.json?.node) || !isNames(m.json?.edge)) {
    throw new Error(`${MODULE}: the <meta> entry "${CODEC_META}" does not have the expected shape {json: {node, edge}, graph}`);
  }
  return m as CodecMeta;
}

/** Our own file's drawing (viz elements, derived edge labels), so it does not come back as attributes. */
function removeOwnDrawing(document: Document): void {
  let codec: CodecMeta | undefined;
  const metaEntries = document.getElementsByTagName(CODEC_META);
  if (metaEntries.length === 0) return;
  try {
    codec = readCodecMeta(metaEntries.item(0)?.textContent ?? undefined);
  } catch {
    return; // fromGEXF reports the broken entry.
  }
  if (!codec?.edgeLabels) return; // Written before the drawing was added.
  const own = new Set(codec.edgeLabels);
  const drop: Element[] = [];
  for (const name of ['node', 'edge']) {
    // Taken once: xmldom's live list is computed again after each change to the document.
    const list = document.getElementsByTagName(name);
    const elements: Element[] = [];
    for (let i = 0; i < list.length; i++) elements.push(list.item(i)!);
    for (const element of elements) {
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 1 && (child as Element).prefix === 'viz') drop.push(child as Element);
      }
      if (name === 'edge' && !own.has(element.getAttribute('id') ?? '')) element.removeAttribute('label');
    }
  }
  for (const element of drop) element.parentNode?.removeChild(element);
}

/**
 * Reads GEXF into a knowledge graph. Attribute values are decoded (JSON
 * columns, omitted values) but not checked against the schema.
 */
export function fromGEXF(text: string): KnowledgeGraph {
  const document = parseXmlDocument(text, MODULE, 'gexf');
  checkDocumentNodeKeys(document, MODULE);
  removeOwnDrawing(document);
  let parsed;
  try {
    parsed = parse(MultiDirectedGraph, document, { respectInputGraphType: true });
  } catch (error) {
    throw new Error(`${MODULE}: cannot read this GEXF as a directed multigraph: ${messageOf(error)}`);
  }
  const meta: AttributeRecord = parsed.getAttributes();
  const codecMeta = readCodecMeta(meta[CODEC_META]);
  const nodeJson = new Set(codecMeta?.json.node ?? []);
  const edgeJson = new Set(codecMeta?.json.edge ?? []);

  const graph: KnowledgeGraph = new MultiDirectedGraph();
  // The casts are the boundary of a file we did not check against the schema.
  graph.replaceAttributes((codecMeta?.graph ?? meta) as GraphAttributes);
  parsed.forEachNode((key, attributes: AttributeRecord) => {
    graph.addNode(key, decodeRecord(attributes, nodeJson, MODULE, `node "${key}"`) as unknown as NodeAttributes);
  });
  parsed.forEachEdge((key, attributes: AttributeRecord, source, target) => {
    graph.addDirectedEdgeWithKey(key, source, target, decodeRecord(attributes, edgeJson, MODULE, `edge "${key}"`) as unknown as EdgeAttributes);
  });
  return graph;
}
