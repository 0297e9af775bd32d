// GraphML as other tools write it: yEd (labels inside <y:ShapeNode> graphics,
// keys without attr.name), yEd Live / yFiles for HTML (labels in a NodeLabels
// data value, styles and geometry as XAML), Gephi (label, Modularity Class, x/y, r/g/b),
// Cytoscape desktop (name, shared name, SUID, interaction), networkx (keys
// d0…, undirected graphs, edges without ids). Read with xmldom directly into
// plain records, so a file's quirks end up as attributes rather than errors;
// what is really wrong (missing endpoints, duplicate ids) is an error naming it.
// igraph renumbers nodes n0, n1, … (the ids it read stay in an `id` attribute)
// and writes every attribute on every element, "" or NaN where it had none:
// in its files those values are absent, and `id` gives the keys back.
import type { AttributeRecord } from './attribute-codec.ts';
import { readTyped } from './foreign-values.ts';
import { checkEdgeKey, checkNodeKey } from './safe-keys.ts';
import { parseXmlDocument } from './xml.ts';

const MODULE = 'io/graphml';

export interface ForeignNode {
  key: string;
  attributes: AttributeRecord;
}

export interface ForeignEdge {
  key: string | null;
  source: string;
  target: string;
  directed: boolean;
  attributes: AttributeRecord;
}

export interface ForeignGraph {
  attributes: AttributeRecord;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** What the reader kept in a form of its own, or could not show, in words for the user. */
  notes?: string[];
}

interface KeySpec {
  name: string;
  type: string;
  /** yEd's `yfiles.type`: nodegraphics, edgegraphics, resources, … */
  yfiles: string | null;
  /** Whether its values are labels (yEd's graphics, yFiles for HTML's NodeLabels). */
  labels: boolean;
}

function setOwn(target: AttributeRecord, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

function childElements(element: Element, localName: string): Element[] {
  const found: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && ((child as Element).localName ?? child.nodeName) === localName) found.push(child as Element);
  }
  return found;
}

/** The texts of yEd's labels in a data value, in order: <y:NodeLabel>/<y:EdgeLabel> (yEd), <y:Label> with its Text (yFiles for HTML). */
function yedLabels(data: Element): string[] {
  const labels: string[] = [];
  const all = data.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const el = all.item(i);
    const name = el?.localName ?? el?.nodeName ?? '';
    let text = '';
    if (el && (name === 'NodeLabel' || name === 'EdgeLabel')) text = el.textContent ?? '';
    else if (el && name === 'Label') text = el.getAttribute('Text') || childElements(el, 'Label.Text')[0]?.textContent || '';
    if (text.trim()) labels.push(text.trim());
  }
  return labels;
}

/** yFiles for HTML marks its own keys with y:attr.uri; the labels' keys end in NodeLabels / EdgeLabels. */
const isLabelUri = (uri: string | null): boolean => uri !== null && /\/(Node|Edge)Labels$/.test(uri);

const hasElementChildren = (element: Element): boolean => {
  for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) return true;
  return false;
};

function readKeys(document: Document): Map<string, KeySpec> {
  const keys = new Map<string, KeySpec>();
  const elements = document.getElementsByTagName('key');
  for (let i = 0; i < elements.length; i++) {
    const key = elements.item(i);
    const id = key?.getAttribute('id');
    if (!key || !id) continue;
    const yfiles = key.getAttribute('yfiles.type');
    const name = key.getAttribute('attr.name') || (yfiles ? `yfiles.${yfiles}` : id);
    const labels = yfiles === 'nodegraphics' || yfiles === 'edgegraphics' || isLabelUri(key.getAttribute('y:attr.uri'));
    keys.set(id, { name, type: key.getAttribute('attr.type') || 'string', yfiles, labels });
  }
  return keys;
}

function defaultsOf(document: Document, domain: string, keys: Map<string, KeySpec>): AttributeRecord {
  const defaults: AttributeRecord = {};
  const elements = document.getElementsByTagName('key');
  for (let i = 0; i < elements.length; i++) {
    const key = elements.item(i);
    const scope = key?.getAttribute('for') || 'node';
    if (!key || (scope !== domain && scope !== 'all')) continue;
    const spec = keys.get(key.getAttribute('id') ?? '');
    const fallback = childElements(key, 'default')[0];
    if (spec && fallback && !spec.yfiles && !hasElementChildren(fallback)) setOwn(defaults, spec.name, readTyped(fallback.textContent ?? '', spec.type));
  }
  return defaults;
}

function dataOf(element: Element, keys: Map<string, KeySpec>, defaults: AttributeRecord): AttributeRecord {
  const attributes: AttributeRecord = { ...defaults };
  for (const data of childElements(element, 'data')) {
    const id = data.getAttribute('key') ?? '';
    const spec = keys.get(id);
    if (spec?.labels) {
      // The first label is the name; a node with several keeps them all.
      const labels = yedLabels(data);
      if (labels.length > 0) setOwn(attributes, 'yfiles.label', labels[0]);
      if (labels.length > 1) setOwn(attributes, 'yfiles.labels', labels);
      continue;
    }
    if (spec?.yfiles) continue; // resources, urls and other yEd internals
    // Markup (yFiles for HTML's styles and geometry, SharedData) is drawing, not an attribute.
    if (hasElementChildren(data)) continue;
    setOwn(attributes, spec?.name ?? id, readTyped(data.textContent ?? '', spec?.type ?? 'string'));
  }
  return attributes;
}

/** Reads any GraphML into plain records; throws an Error naming the problem. */
export function readForeignGraphML(text: string): ForeignGraph {
  const document = parseXmlDocument(text, MODULE, 'graphml');
  const keys = readKeys(document);
  const graphElement = document.getElementsByTagName('graph').item(0);
  if (!graphElement) throw new Error(`${MODULE}: the file has no <graph> element`);
  const edgeDefault = graphElement.getAttribute('edgedefault') || 'directed';

  const nodeDefaults = defaultsOf(document, 'node', keys);
  const nodes: ForeignNode[] = [];
  const seen = new Set<string>();
  const nodeElements = document.getElementsByTagName('node');
  for (let i = 0; i < nodeElements.length; i++) {
    const element = nodeElements.item(i)!;
    const key = element.getAttribute('id') ?? '';
    if (!element.hasAttribute('id')) throw new Error(`${MODULE}: <node> #${i + 1} has no id`);
    checkNodeKey(key, MODULE, `<node> #${i + 1}`);
    if (seen.has(key)) throw new Error(`${MODULE}: the node id "${key}" is used twice (<node> #${i + 1})`);
    seen.add(key);
    nodes.push({ key, attributes: dataOf(element, keys, nodeDefaults) });
  }

  const edgeDefaults = defaultsOf(document, 'edge', keys);
  const edges: ForeignEdge[] = [];
  const edgeIds = new Set<string>();
  const edgeElements = document.getElementsByTagName('edge');
  for (let i = 0; i < edgeElements.length; i++) {
    const element = edgeElements.item(i)!;
    const source = element.getAttribute('source');
    const target = element.getAttribute('target');
    const where = `<edge> #${i + 1}${element.getAttribute('id') ? ` ("${element.getAttribute('id')}")` : ''}`;
    if (!source || !target) throw new Error(`${MODULE}: ${where} needs both a source and a target`);
    for (const end of [source, target]) {
      if (!seen.has(end)) throw new Error(`${MODULE}: ${where} points to the node "${end}", which the file does not define`);
    }
    if (element.hasAttribute('id')) checkEdgeKey(element.getAttribute('id'), MODULE, where);
    const id = element.getAttribute('id') || null;
    if (id !== null) {
      if (edgeIds.has(id)) throw new Error(`${MODULE}: the edge id "${id}" is used twice (${where})`);
      edgeIds.add(id);
    }
    const directedAttr = element.getAttribute('directed');
    const directed = directedAttr ? directedAttr === 'true' : edgeDefault !== 'undirected';
    edges.push({ key: id, source, target, directed, attributes: dataOf(element, keys, edgeDefaults) });
  }
  const graphData = dataOf(graphElement, keys, defaultsOf(document, 'graph', keys));
  const graph = { attributes: graphData, nodes, edges };
  return isIgraphFile(text) ? undoIgraph(graph) : graph;
}

const isIgraphFile = (text: string): boolean => /<!--\s*Created by igraph/.test(text.slice(0, 4096));

const isAbsent = (value: unknown): boolean => value === '' || (typeof value === 'number' && Number.isNaN(value));

function withoutAbsent(attributes: AttributeRecord): AttributeRecord {
  const kept: AttributeRecord = {};
  for (const [name, value] of Object.entries(attributes)) if (!isAbsent(value)) setOwn(kept, name, value);
  return kept;
}

/** The `id` attributes as keys, when every element has one, all different and usable. */
function idsAsKeys(elements: { attributes: AttributeRecord }[]): string[] | null {
  const ids = elements.map((e) => e.attributes.id);
  if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string' && id.trim() !== '' && !(id in Object.prototype))) return null;
  return new Set(ids).size === ids.length ? ids : null;
}

/** An igraph file as the graph igraph read: its "" and NaN values absent, the original ids back. */
function undoIgraph(graph: ForeignGraph): ForeignGraph {
  const nodes = graph.nodes.map((n) => ({ key: n.key, attributes: withoutAbsent(n.attributes) }));
  const edges = graph.edges.map((e) => ({ ...e, attributes: withoutAbsent(e.attributes) }));
  const nodeIds = idsAsKeys(nodes);
  const renamed = new Map<string, string>();
  if (nodeIds) {
    nodes.forEach((node, i) => {
      renamed.set(node.key, nodeIds[i]!);
      node.key = nodeIds[i]!;
      delete node.attributes.id;
    });
  }
  const edgeIds = idsAsKeys(edges);
  for (const [i, edge] of edges.entries()) {
    edge.source = renamed.get(edge.source) ?? edge.source;
    edge.target = renamed.get(edge.target) ?? edge.target;
    if (edgeIds) {
      edge.key = edgeIds[i]!;
      delete edge.attributes.id;
    }
  }
  return { attributes: withoutAbsent(graph.attributes), nodes, edges };
}
