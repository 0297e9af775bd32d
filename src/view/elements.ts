// The graph as Cytoscape elements: what to draw and how big. Document nodes
// (and edges that touch them) are not drawn: articles are a filter instead.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../core/schema.ts';
import { ElementIds } from '../core/io/element-ids.ts';
import { RELATION_STYLES } from './style.ts';

export interface NodeData {
  id: string;
  label: string;
  kind: NodeAttributes['kind'];
  status?: NodeAttributes['status'];
  degree: number;
  evidenceCount: number;
  size: number;
  /** Set only while nodes are coloured by group. */
  groupFill?: string;
  groupBorder?: string;
}

export interface EdgeData {
  /** Unique among nodes and edges (see element-ids.ts); not always the graph key. */
  id: string;
  /** The edge's key in the graph. */
  key: string;
  source: string;
  target: string;
  relation: EdgeAttributes['relation'];
  label: string;
  evidenceCount: number;
  width: number;
}

const MIN_NODE = 24;
const MAX_NODE = 60;

/** Node diameter in model pixels: grows with the square root of the degree. */
export function nodeSize(degree: number): number {
  return Math.round(Math.min(MAX_NODE, MIN_NODE + 6 * Math.sqrt(Math.max(0, degree))));
}

/**
 * Node diameter for a measure other than degree: the same range, growing with
 * the square root of the value's share of the biggest (so area follows value).
 */
export function nodeSizeFor(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return MIN_NODE;
  return Math.round(MIN_NODE + (MAX_NODE - MIN_NODE) * Math.sqrt(Math.min(1, value / max)));
}

/** Edge width: one sentence of evidence is a hairline, many make a thick line. */
export function edgeWidth(evidenceCount: number): number {
  return Math.round(Math.min(8, 1.5 + 1.5 * Math.log2(Math.max(1, evidenceCount))) * 10) / 10;
}

export function edgeLabel(attrs: EdgeAttributes): string {
  if (attrs.relation === 'affiliated_with' && attrs.role) return attrs.role;
  return RELATION_STYLES[attrs.relation]?.label ?? attrs.relation;
}

/** Whether a node is drawn on the canvas at all. */
export const isDrawn = (attrs: NodeAttributes): boolean => attrs.kind !== 'document';

/** A drawn node's data (null when `key` is not drawn). */
export function nodeData(graph: KnowledgeGraph, key: string, ids: ElementIds): NodeData | null {
  const attrs = graph.getNodeAttributes(key);
  if (!isDrawn(attrs)) return null;
  let degree = 0;
  graph.forEachEdge(key, (_e, _a, source, target) => {
    const other = source === key ? target : source;
    if (isDrawn(graph.getNodeAttributes(other))) degree += 1;
  });
  const data: NodeData = {
    id: ids.node(key),
    label: attrs.label,
    kind: attrs.kind,
    degree,
    evidenceCount: attrs.evidence.length,
    size: nodeSize(degree),
  };
  if (attrs.status) data.status = attrs.status;
  return data;
}

/** A drawn edge's data (null when an end of edge `key` is not drawn). */
export function edgeData(graph: KnowledgeGraph, key: string, ids: ElementIds): EdgeData | null {
  const [source, target] = graph.extremities(key);
  if (!isDrawn(graph.getNodeAttributes(source)) || !isDrawn(graph.getNodeAttributes(target))) return null;
  const attrs = graph.getEdgeAttributes(key);
  return {
    id: ids.edge(key),
    key,
    source: ids.node(source),
    target: ids.node(target),
    relation: attrs.relation,
    label: edgeLabel(attrs),
    evidenceCount: attrs.evidence.length,
    width: edgeWidth(attrs.evidence.length),
  };
}

/** The drawn nodes and edges, with ids Cytoscape can tell apart (`ids`, made from the same graph). */
export function toCytoscapeElements(graph: KnowledgeGraph, ids: ElementIds = new ElementIds(graph)): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => {
    const data = nodeData(graph, key, ids);
    if (data) elements.push({ group: 'nodes', data });
  });
  graph.forEachEdge((key) => {
    const data = edgeData(graph, key, ids);
    if (data) elements.push({ group: 'edges', data });
  });
  return elements;
}
