// GraphML export and import.
//
// The writer is hand-written because graphology-graphml only parses. It emits
// one <key> per attribute name per domain (graph, node, edge) with `attr.name`
// and a real `attr.type` (string, int, double, boolean), derived from the
// attributes actually present; arrays and objects (aliases, roles, evidence)
// are JSON strings, and their key's <desc> says so. Edges carry their graph
// keys as ids, so networkx and igraph keep parallel edges apart. Every node
// and edge also carries `evidence_text` (its sentences, export-options.ts)
// when the articles are at hand.
//
// yEd reads only its own extension for drawing, so each node also has a
// <y:ShapeNode> (label, shape and fill by kind, geometry from the layout)
// under a key declared `yfiles.type="nodegraphics"`, and each edge a
// <y:PolyLineEdge> (colour by relation, an arrow); other tools skip those keys.
//
// The reader removes the yEd graphics (drawing, derived from the attributes),
// parses with graphology-graphml, then decodes the JSON columns, so reading
// our own file back gives an identical graph.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../schema.ts';
import { RELATION_STYLES } from '../visual-language.ts';
import {
  type AttributeRecord,
  type CodecOptions,
  type Columns,
  type ColumnType,
  type Scalar,
  OMITTED_ATTRIBUTE,
  decodeRecord,
  encodeRecord,
  inferColumns,
  isNull,
} from './attribute-codec.ts';
import { type ExportOptions, type Point, withEvidenceText } from './export-options.ts';
import { positionsFor } from './layout.ts';
import { readBoolean } from './foreign-values.ts';
import { checkDocumentNodeKeys } from './safe-keys.ts';
import { borderOf, fillOf, sizeOf, yedShapeOf } from './visual.ts';
import { escapeXmlAttribute, escapeXmlText, jsonForXml, messageOf, parseXmlDocument } from './xml.ts';

const MODULE = 'io/graphml';
const DOMAINS = ['graph', 'node', 'edge'] as const;
type Domain = (typeof DOMAINS)[number];

const KEY_ID_PREFIX: Record<Domain, string> = { graph: 'g', node: 'n', edge: 'e' };
// The reader recognises JSON columns by the word "JSON" in the key's <desc>.
const JSON_DESC = 'JSON: a list or object written as a JSON string; JSON.parse it to get the value back.';
const OMITTED_DESC = 'JSON: an object of the attributes whose value GraphML cannot hold (null), by name.';
const JSON_DESC_PATTERN = /\bJSON\b/;

// GraphML has no null: nulls travel in `_omitted`. Every other value is writable.
const CODEC: CodecOptions = { module: MODULE, isOmitted: isNull };

interface KeySpec {
  id: string;
  name: string;
  type: ColumnType;
}

function keySpecs(domain: Domain, columns: Columns): KeySpec[] {
  return [...columns].map(([name, type], i) => ({ id: `${KEY_ID_PREFIX[domain]}${i}`, name, type }));
}

function keyElement(domain: Domain, spec: KeySpec): string {
  const head = `  <key id="${spec.id}" for="${domain}" attr.name="${escapeXmlAttribute(spec.name)}" attr.type="${spec.type === 'json' ? 'string' : spec.type}"`;
  if (spec.type !== 'json') return `${head}/>`;
  const desc = spec.name === OMITTED_ATTRIBUTE ? OMITTED_DESC : JSON_DESC;
  return `${head}>\n    <desc>${escapeXmlText(desc)}</desc>\n  </key>`;
}

function dataElements(specs: KeySpec[], values: Record<string, Scalar>, indent: string): string[] {
  const lines: string[] = [];
  for (const spec of specs) {
    if (!Object.hasOwn(values, spec.name)) continue;
    const value = values[spec.name];
    const text = typeof value === 'string' ? escapeXmlText(value) : String(value);
    lines.push(`${indent}<data key="${spec.id}">${text}</data>`);
  }
  return lines;
}

const YED_NAMESPACE = 'http://www.yworks.com/xml/graphml';
const YED_NODE_KEY = 'yn';
const YED_EDGE_KEY = 'ye';

/** yEd's drawing of a node: where, how big, its fill and shape by kind, its label. */
function yedNode(graph: KnowledgeGraph, key: string, attributes: NodeAttributes, at: Point | undefined): string {
  const size = 3 * sizeOf(graph, key);
  // y:Geometry places the node's top left corner.
  const x = (at?.x ?? 0) - size / 2;
  const y = (at?.y ?? 0) - size / 2;
  const label = typeof attributes.label === 'string' ? attributes.label : key;
  return [
    `      <data key="${YED_NODE_KEY}"><y:ShapeNode>`,
    `<y:Geometry x="${x}" y="${y}" width="${size}" height="${size}"/>`,
    `<y:Fill color="${fillOf(attributes.kind)}" transparent="false"/>`,
    `<y:BorderStyle color="${borderOf(attributes.kind)}" type="line" width="1.0"/>`,
    `<y:NodeLabel modelName="sandwich" modelPosition="s">${escapeXmlText(label)}</y:NodeLabel>`,
    `<y:Shape type="${yedShapeOf(attributes.kind)}"/>`,
    `</y:ShapeNode></data>`,
  ].join('');
}

function yedEdge(attributes: EdgeAttributes): string {
  const style = Object.hasOwn(RELATION_STYLES, attributes.relation) ? RELATION_STYLES[attributes.relation] : undefined;
  const line = style?.line === 'dotted' ? 'dotted' : style?.line === 'dashed' ? 'dashed' : 'line';
  return `      <data key="${YED_EDGE_KEY}"><y:PolyLineEdge><y:LineStyle color="${style?.color ?? '#6B7280'}" type="${line}" width="1.0"/><y:Arrows source="none" target="${style?.arrow === false ? 'none' : 'standard'}"/></y:PolyLineEdge></data>`;
}

/** Writes the graph as GraphML (directed, edges with ids), drawn for yEd too. */
export function toGraphML(graph: KnowledgeGraph, options: ExportOptions = {}): string {
  const nodeRecords: NodeAttributes[] = [];
  const edgeRecords: EdgeAttributes[] = [];
  graph.forEachNode((_key, attributes) => nodeRecords.push(withEvidenceText(attributes, options.sentence)));
  graph.forEachEdge((_key, attributes) => edgeRecords.push(withEvidenceText(attributes, options.sentence)));
  const positions = positionsFor(graph, options);
  const graphAttributes = graph.getAttributes();

  const columns: Record<Domain, Columns> = {
    graph: inferColumns([graphAttributes], CODEC),
    node: inferColumns(nodeRecords, CODEC),
    edge: inferColumns(edgeRecords, CODEC),
  };
  const specs: Record<Domain, KeySpec[]> = {
    graph: keySpecs('graph', columns.graph),
    node: keySpecs('node', columns.node),
    edge: keySpecs('edge', columns.edge),
  };
  const encode = (domain: Domain, record: object): Record<string, Scalar> => encodeRecord(record, columns[domain], CODEC, jsonForXml);

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="${YED_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
  ];
  for (const domain of DOMAINS) for (const spec of specs[domain]) lines.push(keyElement(domain, spec));
  // yEd needs only yfiles.type; attr.name and attr.type keep igraph and graph-tool from refusing or warning.
  for (const [id, domain, type] of [[YED_NODE_KEY, 'node', 'nodegraphics'], [YED_EDGE_KEY, 'edge', 'edgegraphics']] as const) {
    lines.push(`  <key id="${id}" for="${domain}" yfiles.type="${type}" attr.name="yfiles.${type}" attr.type="string"/>`);
  }
  lines.push('  <graph edgedefault="directed">');
  lines.push(...dataElements(specs.graph, encode('graph', graphAttributes), '    '));

  let n = 0;
  graph.forEachNode((key, attributes) => {
    const data = dataElements(specs.node, encode('node', nodeRecords[n++]!), '      ');
    data.push(yedNode(graph, key, attributes, positions.get(key)));
    lines.push(`    <node id="${escapeXmlAttribute(key)}">\n${data.join('\n')}\n    </node>`);
  });
  let e = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    const data = dataElements(specs.edge, encode('edge', edgeRecords[e++]!), '      ');
    data.push(yedEdge(attributes));
    const open = `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    lines.push(`${open}>\n${data.join('\n')}\n    </edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** The elements of a tag name, as an array taken once (xmldom's live list is computed again after each change to the document). */
function elementsOf(document: Document, name: string): Element[] {
  const list = document.getElementsByTagName(name);
  const elements: Element[] = [];
  for (let i = 0; i < list.length; i++) elements.push(list.item(i)!);
  return elements;
}

/** Drops the <data> of yEd's graphics keys: drawing, which the attributes already say. */
function removeYedGraphics(document: Document): void {
  const graphicsKeys = new Set<string>();
  const keys = document.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const key = keys.item(i);
    if (key?.hasAttribute('yfiles.type')) graphicsKeys.add(key.getAttribute('id') ?? '');
  }
  if (graphicsKeys.size === 0) return;
  for (const element of elementsOf(document, 'data')) if (graphicsKeys.has(element.getAttribute('key') ?? '')) element.parentNode?.removeChild(element);
}

/**
 * Booleans as `true`/`false`: graph-tool writes 1 and 0 (XML Schema allows
 * both), which graphology-graphml would read as false.
 */
function spellBooleansOut(document: Document): void {
  const booleanKeys = new Set<string>();
  const keys = document.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const key = keys.item(i);
    if (key?.getAttribute('attr.type') === 'boolean') booleanKeys.add(key.getAttribute('id') ?? '');
  }
  if (booleanKeys.size === 0) return;
  // A copy: xmldom's live list is computed again after each change.
  for (const element of elementsOf(document, 'data')) {
    if (!booleanKeys.has(element.getAttribute('key') ?? '')) continue;
    const value = readBoolean(element.textContent ?? '');
    if (value !== null) element.textContent = String(value);
  }
}

/**
 * graphology-graphml turns numeric `r`, `g` and `b` into one `color`, with no
 * option not to: those keys are renamed for its parse (to a name no key has)
 * and named back after. Returns placeholder → name.
 */
function hideColourNames(document: Document): Map<string, string> {
  const keys = elementsOf(document, 'key');
  const names = new Set(keys.map((key) => key.getAttribute('attr.name') ?? ''));
  let prefix = 'kg-colour:';
  while ([...names].some((name) => name.startsWith(prefix))) prefix = `_${prefix}`;
  const hidden = new Map<string, string>();
  for (const key of keys) {
    const name = key.getAttribute('attr.name');
    if (name !== 'r' && name !== 'g' && name !== 'b') continue;
    key.setAttribute('attr.name', `${prefix}${name}`);
    hidden.set(`${prefix}${name}`, name);
  }
  return hidden;
}

/** Attribute names, per domain, whose <key> is described as JSON. */
function jsonColumns(document: Document): Record<Domain, Set<string>> {
  const found: Record<Domain, Set<string>> = { graph: new Set(), node: new Set(), edge: new Set() };
  const keys = document.getElementsByTagName('key');
  for (let i = 0; i < keys.length; i++) {
    const key = keys.item(i);
    if (!key) continue;
    const domain = key.getAttribute('for') || 'node';
    const name = key.getAttribute('attr.name');
    const desc = key.getElementsByTagName('desc').item(0)?.textContent ?? '';
    if (name !== null && (domain === 'graph' || domain === 'node' || domain === 'edge') && JSON_DESC_PATTERN.test(desc)) {
      found[domain].add(name);
    }
  }
  return found;
}

/**
 * Reads GraphML into a knowledge graph. Attribute values are decoded (JSON
 * columns, nulls) but not checked against the schema.
 */
export function fromGraphML(text: string): KnowledgeGraph {
  const document = parseXmlDocument(text, MODULE, 'graphml');
  checkDocumentNodeKeys(document, MODULE);
  removeYedGraphics(document);
  spellBooleansOut(document);
  const json = jsonColumns(document);
  const hidden = hideColourNames(document);
  const restore = (record: AttributeRecord): AttributeRecord => {
    for (const [placeholder, name] of hidden) {
      if (!Object.hasOwn(record, placeholder)) continue;
      Object.defineProperty(record, name, { value: record[placeholder], writable: true, enumerable: true, configurable: true });
      delete record[placeholder];
    }
    return record;
  };
  let parsed;
  try {
    parsed = parse(MultiDirectedGraph, document);
  } catch (error) {
    throw new Error(`${MODULE}: cannot read this GraphML as a directed multigraph: ${messageOf(error)}`);
  }
  if (parsed.type !== 'directed') throw new Error(`${MODULE}: the GraphML has undirected edges; the knowledge graph is directed`);

  const graph: KnowledgeGraph = new MultiDirectedGraph();
  // The casts are the boundary of a file we did not check against the schema.
  graph.replaceAttributes(decodeRecord(restore({ ...parsed.getAttributes() }), json.graph, MODULE, 'the graph') as GraphAttributes);
  parsed.forEachNode((key, attributes: AttributeRecord) => {
    graph.addNode(key, decodeRecord(restore({ ...attributes }), json.node, MODULE, `node "${key}"`) as unknown as NodeAttributes);
  });
  parsed.forEachEdge((key, attributes: AttributeRecord, source, target) => {
    graph.addDirectedEdgeWithKey(key, source, target, decodeRecord(restore({ ...attributes }), json.edge, MODULE, `edge "${key}"`) as unknown as EdgeAttributes);
  });
  return graph;
}
