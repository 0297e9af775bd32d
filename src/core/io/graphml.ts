// GraphML export and import.
//
// The writer is hand-written because graphology-graphml only parses. It emits
// one <key> per attribute name per domain (graph, node, edge) with `attr.name`
// and a real `attr.type` (string, int, double, boolean), derived from the
// attributes actually present; arrays and objects (aliases, roles, evidence)
// are JSON strings, and their key's <desc> says so. Edges carry their graph
// keys as ids, so networkx and igraph keep parallel edges apart.
//
// The reader parses with graphology-graphml, then decodes the JSON columns, so
// reading our own file back gives an identical graph.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../schema.ts';
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
import { checkDocumentNodeKeys } from './safe-keys.ts';
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

/** Writes the graph as GraphML (directed, edges with ids). */
export function toGraphML(graph: KnowledgeGraph): string {
  const nodeRecords: NodeAttributes[] = [];
  const edgeRecords: EdgeAttributes[] = [];
  graph.forEachNode((_key, attributes) => nodeRecords.push(attributes));
  graph.forEachEdge((_key, attributes) => edgeRecords.push(attributes));
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
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const domain of DOMAINS) for (const spec of specs[domain]) lines.push(keyElement(domain, spec));
  lines.push('  <graph edgedefault="directed">');
  lines.push(...dataElements(specs.graph, encode('graph', graphAttributes), '    '));

  graph.forEachNode((key, attributes) => {
    const data = dataElements(specs.node, encode('node', attributes), '      ');
    const open = `    <node id="${escapeXmlAttribute(key)}"`;
    lines.push(data.length === 0 ? `${open}/>` : `${open}>\n${data.join('\n')}\n    </node>`);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const data = dataElements(specs.edge, encode('edge', attributes), '      ');
    const open = `    <edge id="${escapeXmlAttribute(key)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}"`;
    lines.push(data.length === 0 ? `${open}/>` : `${open}>\n${data.join('\n')}\n    </edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
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
  const json = jsonColumns(document);
  let parsed;
  try {
    parsed = parse(MultiDirectedGraph, document);
  } catch (error) {
    throw new Error(`${MODULE}: cannot read this GraphML as a directed multigraph: ${messageOf(error)}`);
  }
  if (parsed.type !== 'directed') throw new Error(`${MODULE}: the GraphML has undirected edges; the knowledge graph is directed`);

  const graph: KnowledgeGraph = new MultiDirectedGraph();
  // The casts are the boundary of a file we did not check against the schema.
  graph.replaceAttributes(decodeRecord(parsed.getAttributes(), json.graph, MODULE, 'the graph') as GraphAttributes);
  parsed.forEachNode((key, attributes: AttributeRecord) => {
    graph.addNode(key, decodeRecord(attributes, json.node, MODULE, `node "${key}"`) as unknown as NodeAttributes);
  });
  parsed.forEachEdge((key, attributes: AttributeRecord, source, target) => {
    graph.addDirectedEdgeWithKey(key, source, target, decodeRecord(attributes, json.edge, MODULE, `edge "${key}"`) as unknown as EdgeAttributes);
  });
  return graph;
}
