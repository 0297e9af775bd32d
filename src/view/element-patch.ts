// What to change on a canvas drawn from one graph for it to show another:
// the elements to add, to remove and to give new data. Given what a change
// touched (core/graph/touched.ts), only those are looked at; without it,
// every element is compared. Nothing is laid out: kept nodes keep their place.
import type { ElementDefinition } from 'cytoscape';
import type { KnowledgeGraph } from '../core/schema.ts';
import type { Touched } from '../core/graph/touched.ts';
import type { ElementIds } from '../core/io/element-ids.ts';
import { type EdgeData, type NodeData, edgeData, nodeData } from './elements.ts';

/** What the canvas holds now, by element id: its data, or undefined when it has no such element. */
export type DrawnData = (id: string) => Record<string, unknown> | undefined;

export interface ElementPatch {
  /** Element ids, edges before nodes. */
  remove: string[];
  /** New nodes before new edges. */
  add: ElementDefinition[];
  /** Fields that changed, by element id; a field set to undefined is removed. */
  update: { id: string; data: Record<string, unknown> }[];
  /** False when a node and an edge would have the same id (a new edge named like a node): the canvas is then made again. */
  fits: boolean;
}

const NODE_FIELDS = ['label', 'kind', 'status', 'degree', 'evidenceCount', 'size'] as const satisfies readonly (keyof NodeData)[];
const EDGE_FIELDS = ['key', 'relation', 'label', 'evidenceCount', 'width'] as const satisfies readonly (keyof EdgeData)[];

function changedFields(now: Record<string, unknown>, wanted: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> | null {
  let changed: Record<string, unknown> | null = null;
  for (const f of fields) if (now[f] !== wanted[f]) (changed ??= {})[f] = wanted[f];
  return changed;
}

/**
 * The patch from what is drawn to `graph`: for the touched nodes and edges,
 * or (touched null) for every element of `graph` and every element drawn
 * (`drawnIds`), which then goes when `graph` has it no more.
 */
export function elementPatch(graph: KnowledgeGraph, ids: ElementIds, drawn: DrawnData, touched: Touched | null, drawnIds: () => Iterable<{ id: string; key: string; group: 'nodes' | 'edges' }> = () => []): ElementPatch {
  const patch: ElementPatch = { remove: [], add: [], update: [], fits: true };
  const removedNodes: string[] = [];
  const nodeKeys = touched ? touched.nodes : graph.nodes();
  const edgeKeys = touched ? touched.edges : graph.edges();
  const newEdges: ElementDefinition[] = [];
  for (const key of edgeKeys) {
    const id = ids.edge(key);
    const now = drawn(id);
    if (now && now.source === undefined) patch.fits = false;
    const wanted = graph.hasEdge(key) ? edgeData(graph, key, ids) : null;
    if (!wanted) {
      if (now) patch.remove.push(id);
    } else if (!now) {
      newEdges.push({ group: 'edges', data: wanted });
    } else if (now.source !== wanted.source || now.target !== wanted.target) {
      // Cytoscape's edges keep their ends: this one goes and comes back.
      patch.remove.push(id);
      newEdges.push({ group: 'edges', data: wanted });
    } else {
      const data = changedFields(now, wanted as unknown as Record<string, unknown>, EDGE_FIELDS);
      if (data) patch.update.push({ id, data });
    }
  }
  for (const key of nodeKeys) {
    const id = ids.node(key);
    const now = drawn(id);
    if (now && now.source !== undefined) patch.fits = false;
    const wanted = graph.hasNode(key) ? nodeData(graph, key, ids) : null;
    if (!wanted) {
      if (now) removedNodes.push(id);
    } else if (!now) {
      patch.add.push({ group: 'nodes', data: wanted });
    } else {
      const data = changedFields(now, wanted as unknown as Record<string, unknown>, NODE_FIELDS);
      if (data) patch.update.push({ id, data });
    }
  }
  if (!touched) {
    for (const { id, key, group } of drawnIds()) {
      if (group === 'edges' && !graph.hasEdge(key)) patch.remove.push(id);
      if (group === 'nodes' && !graph.hasNode(key)) removedNodes.push(id);
    }
  }
  patch.remove.push(...removedNodes);
  patch.add.push(...newEdges);
  const added = new Set<string>();
  for (const e of patch.add) {
    const id = String(e.data.id);
    if (added.has(id)) patch.fits = false;
    added.add(id);
  }
  return patch;
}
