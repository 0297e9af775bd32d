// What the filters let through, and the neighbourhood a focus keeps bright.
// Pure functions of the graph and the filter settings.
import type { KnowledgeGraph, MeetingStatus, NodeAttributes, NodeKind } from '../../core/schema.ts';
import type { Evidence } from '../../core/schema.ts';

export interface FilterSettings {
  kinds: ReadonlySet<NodeKind>;
  statuses: ReadonlySet<MeetingStatus>;
  /** Articles whose evidence counts; null means every article. */
  articles: ReadonlySet<string> | null;
}

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

const citedIn = (evidence: readonly Evidence[], articles: ReadonlySet<string> | null): boolean =>
  articles === null || evidence.some((e) => articles.has(e.doc));

export function nodePasses(attrs: NodeAttributes, f: FilterSettings): boolean {
  if (attrs.kind === 'document' || !f.kinds.has(attrs.kind)) return false;
  if (attrs.kind === 'meeting' && attrs.status && !f.statuses.has(attrs.status)) return false;
  return citedIn(attrs.evidence, f.articles);
}

export function visibleElements(graph: KnowledgeGraph, f: FilterSettings): Visible {
  const nodes = new Set<string>();
  graph.forEachNode((id, attrs) => {
    if (nodePasses(attrs, f)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((id, attrs, source, target) => {
    if (nodes.has(source) && nodes.has(target) && citedIn(attrs.evidence, f.articles)) edges.add(id);
  });
  return { nodes, edges };
}

/** Nodes within `hops` of the seeds, walking only visible edges. */
export function neighbourhood(graph: KnowledgeGraph, seeds: Iterable<string>, hops: number, visible: Visible): Set<string> {
  const reached = new Set<string>();
  let frontier: string[] = [];
  for (const id of seeds) {
    if (graph.hasNode(id)) {
      reached.add(id);
      frontier.push(id);
    }
  }
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachEdge(id, (edge, _attrs, source, target) => {
        if (!visible.edges.has(edge)) return;
        const other = source === id ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

/** A copy of the graph with only the given nodes and edges (for "export what is shown"). */
export function subgraph(graph: KnowledgeGraph, visible: Visible): KnowledgeGraph {
  const out: KnowledgeGraph = graph.nullCopy();
  graph.forEachNode((id, attrs) => {
    if (visible.nodes.has(id)) out.addNode(id, attrs);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (visible.edges.has(id)) out.addEdgeWithKey(id, source, target, attrs);
  });
  return out;
}
