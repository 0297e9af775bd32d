// Cytoscape JSON (.cyjs), as Cytoscape desktop exports and imports it and
// Cytoscape.js loads it (`cy.json()` shape): {format_version, generated_by,
// data, elements: {nodes, edges}}, each element {data, position, classes}.
// Positions come from the layout (layout.ts); classes name the kind or
// relation (`kind-leader`, `relation-participant`), so a style sheet can
// follow the app's look.
//
// Cytoscape needs element ids unique across nodes and edges, and its data
// keys `id`, `source`, `target` and `parent` are not ordinary attributes.
// An edge whose key a node has gets another element id (as on our canvas,
// element-ids.ts), and attributes of those names are moved aside; both
// travel in `data._kg` ({key, attributes}), so that our reader gives back the
// graph that was written. Other tools simply see one more data field.
import { MultiDirectedGraph } from 'graphology';
import { ElementIds } from './element-ids.ts';
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from '../schema.ts';
import type { AttributeRecord } from './attribute-codec.ts';
import { type ExportOptions, withEvidenceText } from './export-options.ts';
import { parseJsonText } from './json.ts';
import { positionsFor } from './layout.ts';
import { checkEdgeKey, checkNodeKey } from './safe-keys.ts';

const MODULE = 'io/cyjs';
export const CYJS_GENERATOR = 'news-kg';
const RESERVED = ['id', 'source', 'target', 'parent', '_kg'];

interface KgMark {
  key?: string;
  attributes?: AttributeRecord;
}

function setOwn(target: AttributeRecord, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

/** Cytoscape's data for an element: its attributes, with reserved names moved into `_kg`. */
function dataOf(id: string, attributes: object, extra: AttributeRecord, key?: string): AttributeRecord {
  const data: AttributeRecord = { id, ...extra };
  const aside: AttributeRecord = {};
  let anyAside = false;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (RESERVED.includes(name)) {
      setOwn(aside, name, value);
      anyAside = true;
    } else setOwn(data, name, value);
  }
  if (anyAside || key !== undefined) data._kg = { ...(key !== undefined ? { key } : {}), ...(anyAside ? { attributes: aside } : {}) } satisfies KgMark;
  return data;
}

const className = (prefix: string, value: unknown): string => `${prefix}-${String(value).replace(/[^A-Za-z0-9_-]+/g, '_')}`;

/** The graph as Cytoscape JSON. */
export function toCyjs(graph: KnowledgeGraph, options: ExportOptions = {}): string {
  const ids = new ElementIds(graph);
  const positions = positionsFor(graph, options);
  const nodes: unknown[] = [];
  graph.forEachNode((key, attributes) => {
    const at = positions.get(key);
    nodes.push({ data: dataOf(key, withEvidenceText(attributes, options.sentence), {}), ...(at ? { position: { x: at.x, y: at.y } } : {}), classes: className('kind', attributes.kind) });
  });
  const edges: unknown[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const id = ids.edge(key);
    edges.push({ data: dataOf(id, withEvidenceText(attributes, options.sentence), { source, target }, id === key ? undefined : key), classes: className('relation', attributes.relation) });
  });
  return JSON.stringify({
    format_version: '1.0',
    generated_by: CYJS_GENERATOR,
    target_cytoscapejs_version: '~3.30',
    data: { ...graph.getAttributes() },
    elements: { nodes, edges },
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether parsed JSON is a .cyjs file this app wrote. */
export const isOwnCyjs = (data: unknown): boolean => isRecord(data) && data.generated_by === CYJS_GENERATOR && isRecord(data.elements);

/** An element's attributes: its data without Cytoscape's keys, with what `_kg` set aside put back. */
function attributesOf(data: Record<string, unknown>, where: string): { key: string | undefined; attributes: AttributeRecord } {
  const attributes: AttributeRecord = {};
  for (const [name, value] of Object.entries(data)) if (!RESERVED.includes(name)) setOwn(attributes, name, value);
  const mark = data._kg;
  if (mark === undefined) return { key: undefined, attributes };
  if (!isRecord(mark) || (mark.key !== undefined && typeof mark.key !== 'string') || (mark.attributes !== undefined && !isRecord(mark.attributes))) {
    throw new Error(`${MODULE}: ${where} has a "_kg" field that is not {key, attributes}`);
  }
  for (const [name, value] of Object.entries(mark.attributes ?? {})) setOwn(attributes, name, value);
  return { key: mark.key as string | undefined, attributes };
}

/** Reads a .cyjs file this app wrote back into the graph it came from; throws naming the element at fault. */
export function fromCyjs(text: string): KnowledgeGraph {
  return fromCyjsData(parseJsonText(text, MODULE));
}

/** `fromCyjs` of JSON already parsed. */
export function fromCyjsData(data: unknown): KnowledgeGraph {
  if (!isOwnCyjs(data)) throw new Error(`${MODULE}: not a Cytoscape JSON file written by ${CYJS_GENERATOR}`);
  const { elements, data: graphData } = data as { elements: Record<string, unknown>; data?: unknown };
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  if (isRecord(graphData)) graph.replaceAttributes({ ...graphData } as GraphAttributes);
  const list = (name: string): Record<string, unknown>[] => {
    const items = elements[name] ?? [];
    if (!Array.isArray(items)) throw new Error(`${MODULE}: elements.${name} is not a list`);
    return items.map((item: unknown, i) => {
      if (!isRecord(item) || !isRecord(item.data)) throw new Error(`${MODULE}: elements.${name}[${i}] has no "data" object`);
      return item.data;
    });
  };
  list('nodes').forEach((d, i) => {
    const where = `elements.nodes[${i}]`;
    if (typeof d.id !== 'string') throw new Error(`${MODULE}: ${where} has no string "id"`);
    checkNodeKey(d.id, MODULE, where);
    if (graph.hasNode(d.id)) throw new Error(`${MODULE}: the node id "${d.id}" is used twice (${where})`);
    graph.addNode(d.id, attributesOf(d, where).attributes as unknown as NodeAttributes);
  });
  list('edges').forEach((d, i) => {
    const where = `elements.edges[${i}]`;
    const { key, attributes } = attributesOf(d, where);
    const edgeKey = key ?? d.id;
    if (typeof edgeKey !== 'string' || typeof d.source !== 'string' || typeof d.target !== 'string') throw new Error(`${MODULE}: ${where} needs string "id", "source" and "target"`);
    checkEdgeKey(edgeKey, MODULE, where);
    for (const end of [d.source, d.target]) if (!graph.hasNode(end)) throw new Error(`${MODULE}: ${where} points to the node "${end}", which the file does not define`);
    if (graph.hasEdge(edgeKey)) throw new Error(`${MODULE}: the edge id "${edgeKey}" is used twice (${where})`);
    graph.addDirectedEdgeWithKey(edgeKey, d.source, d.target, attributes as unknown as EdgeAttributes);
  });
  return graph;
}
