// Cytoscape element ids for a graph's keys, and back. Cytoscape needs ids
// unique across nodes and edges together; graphology keeps the two apart, and
// Gephi (any tool numbering both from 0) writes <node id="0"> and <edge id="0">:
// Cytoscape then drops every edge whose id a node already has. Nodes keep their
// key as id (what the positions cache and the tests already name them by); an
// edge keeps its key unless a node has it, and then gets "e:<key>", numbered
// when even that is taken. Each edge carries its graph key in `data.key`.
import type { KnowledgeGraph } from '../schema.ts';

/** What the canvas says an element is: a node or an edge, by its graph key. */
export interface GraphRef {
  type: 'node' | 'edge';
  id: string;
}

/** The graph key of a Cytoscape element (its id for a node, `data.key` for an edge). */
export function graphKeyOf(ele: { isEdge(): boolean; id(): string; data(name: string): unknown }): string {
  if (!ele.isEdge()) return ele.id();
  const key = ele.data('key');
  return typeof key === 'string' ? key : ele.id();
}

export class ElementIds {
  /** Only the edges whose key a node has: most graphs have none. */
  readonly #renamed = new Map<string, string>();

  constructor(graph: KnowledgeGraph) {
    let taken: Set<string> | null = null;
    graph.forEachEdge((key) => {
      if (!graph.hasNode(key)) return;
      // Every key of the graph, built only when a clash is found.
      taken ??= new Set([...graph.nodes(), ...graph.edges()]);
      let id = `e:${key}`;
      for (let n = 2; taken.has(id); n++) id = `e:${key}:${n}`;
      taken.add(id);
      this.#renamed.set(key, id);
    });
  }

  /** The element id of the node with this graph key. */
  node(key: string): string {
    return key;
  }

  /** The element id of the edge with this graph key. */
  edge(key: string): string {
    return this.#renamed.get(key) ?? key;
  }

  /** The element id of a node or an edge. */
  of(ref: GraphRef): string {
    return ref.type === 'node' ? this.node(ref.id) : this.edge(ref.id);
  }

  /** How many edges were given an id other than their key. */
  get renamedEdges(): number {
    return this.#renamed.size;
  }
}
