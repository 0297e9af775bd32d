// What a change to a graph touched: the nodes and edges added, dropped or
// given other attributes, and the ends of every edge added or dropped (their
// degree changed). Read from graphology's own events, so a view patched with
// these alone shows what the change did, whatever the code that made it.
import type { KnowledgeGraph } from '../schema.ts';

export interface Touched {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Runs `change` on `graph` and returns its result with what it touched. */
export function recordTouched<T>(graph: KnowledgeGraph, change: () => T): { result: T; touched: Touched } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const onNode = ({ key }: { key: string }) => void nodes.add(key);
  const onEdge = ({ key, source, target }: { key: string; source: string; target: string }) => {
    edges.add(key);
    nodes.add(source).add(target);
  };
  const onEdgeAttributes = ({ key }: { key: string }) => void edges.add(key);
  const onCleared = () => {
    throw new Error('core/touched: a correction cleared the graph');
  };
  graph.on('nodeAdded', onNode).on('nodeDropped', onNode).on('nodeAttributesUpdated', onNode);
  graph.on('edgeAdded', onEdge).on('edgeDropped', onEdge).on('edgeAttributesUpdated', onEdgeAttributes);
  graph.on('cleared', onCleared).on('edgesCleared', onCleared);
  try {
    return { result: change(), touched: { nodes, edges } };
  } finally {
    graph.off('nodeAdded', onNode).off('nodeDropped', onNode).off('nodeAttributesUpdated', onNode);
    graph.off('edgeAdded', onEdge).off('edgeDropped', onEdge).off('edgeAttributesUpdated', onEdgeAttributes);
    graph.off('cleared', onCleared).off('edgesCleared', onCleared);
  }
}

/** Both sets together: what undoing or redoing either change touches. */
export function unionTouched(a: Touched, b: Touched): Touched {
  return { nodes: new Set([...a.nodes, ...b.nodes]), edges: new Set([...a.edges, ...b.edges]) };
}
