// What each article contributes to the graph: the nodes and edges its
// evidence supports, and how many of them only it supports (those go when
// the article is hidden or removed).
import type { KnowledgeGraph } from '../../core/schema.ts';

export interface Contribution {
  nodes: number;
  edges: number;
  onlyNodes: number;
  onlyEdges: number;
}

export function contributions(graph: KnowledgeGraph): Map<string, Contribution> {
  const result = new Map<string, Contribution>();
  const of = (doc: string): Contribution => {
    let c = result.get(doc);
    if (!c) result.set(doc, (c = { nodes: 0, edges: 0, onlyNodes: 0, onlyEdges: 0 }));
    return c;
  };
  const count = (evidence: readonly { doc: string }[] | undefined, what: 'nodes' | 'edges') => {
    const docs = new Set((evidence ?? []).map((e) => e.doc));
    for (const doc of docs) {
      const c = of(doc);
      c[what] += 1;
      if (docs.size === 1) c[what === 'nodes' ? 'onlyNodes' : 'onlyEdges'] += 1;
    }
  };
  graph.forEachNode((_id, attrs) => {
    if (attrs.kind !== 'document') count(attrs.evidence, 'nodes');
  });
  // Edges to document nodes ("mentions") are not drawn, so not counted.
  graph.forEachEdge((_id, attrs) => {
    if (attrs.relation !== 'mentions') count(attrs.evidence, 'edges');
  });
  return result;
}
