// What the filters let through, and the neighbourhood a focus keeps bright.
// Pure functions of the graph and the filter settings.
import type { KnowledgeGraph, MeetingStatus, NodeAttributes, NodeKind } from '../../core/schema.ts';
import type { Evidence } from '../../core/schema.ts';
import { placeScope } from './map-places.ts';
import { dateInRange, type TimeRange } from './timeline-dates.ts';

export interface FilterSettings {
  kinds: ReadonlySet<NodeKind>;
  statuses: ReadonlySet<MeetingStatus>;
  /** Articles whose evidence counts; null means every article. */
  articles: ReadonlySet<string> | null;
  /** Hide nodes without a shown edge to another shown node; 'auto': as `hidesUnconnectedByDefault` says for the graph; absent: show them. */
  hideUnconnected?: boolean | 'auto';
  /** Nodes shown even when unconnected and hidden as such (a search or a selection revealed them). */
  shownAnyway?: ReadonlySet<string>;
  /** Places (venue and country nodes) whose meetings are shown, with what they involve (map-places.ts); null or absent: everywhere. */
  places?: ReadonlySet<string> | null;
  /** Only meetings dated in this range, and the nodes they involve; null or absent: any time. */
  timeRange?: TimeRange | null;
}

export interface Visible {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /**
   * Nodes the other filters let through that have no shown edge to another
   * shown node: hidden when `hidesUnconnected`, which is what the toggle counts.
   */
  unconnected: ReadonlySet<string>;
  hidesUnconnected: boolean;
}

export const NOTHING_VISIBLE: Visible = Object.freeze({ nodes: new Set<string>(), edges: new Set<string>(), unconnected: new Set<string>(), hidesUnconnected: false });

/** Above this share of the drawn nodes, unconnected nodes are hidden unless the user shows them. */
export const UNCONNECTED_SHARE = 0.25;

const citedIn = (evidence: readonly Evidence[], articles: ReadonlySet<string> | null): boolean =>
  articles === null || evidence.some((e) => articles.has(e.doc));

export function nodePasses(attrs: NodeAttributes, f: FilterSettings): boolean {
  if (attrs.kind === 'document' || !f.kinds.has(attrs.kind)) return false;
  if (attrs.kind === 'meeting' && attrs.status && !f.statuses.has(attrs.status)) return false;
  if (attrs.kind === 'meeting' && f.timeRange && !dateInRange(attrs.date, f.timeRange)) return false;
  return citedIn(attrs.evidence, f.articles);
}

/**
 * The default of "Hide unconnected" for a graph: on when more than a quarter of
 * its drawn nodes have no edge to another drawn node, and not all of them do
 * (hiding every node would show nothing).
 */
export function hidesUnconnectedByDefault(graph: KnowledgeGraph): boolean {
  // Filter changes ask again for the same graph: answered once per graph and size.
  const known = defaults.get(graph);
  if (known && known.order === graph.order && known.size === graph.size) return known.hides;
  let drawn = 0;
  let lone = 0;
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'document') return;
    drawn += 1;
    const linked = graph.someNeighbor(id, (other, o) => other !== id && o.kind !== 'document');
    if (!linked) lone += 1;
  });
  const hides = lone > UNCONNECTED_SHARE * drawn && lone < drawn;
  defaults.set(graph, { order: graph.order, size: graph.size, hides });
  return hides;
}

const defaults = new WeakMap<KnowledgeGraph, { order: number; size: number; hides: boolean }>();

export function visibleElements(graph: KnowledgeGraph, f: FilterSettings): Visible {
  const passing = new Set<string>();
  const inPlaces = f.places ? placeScope(graph, f.places) : null;
  graph.forEachNode((id, attrs) => {
    if (nodePasses(attrs, f) && (!inPlaces || inPlaces.has(id))) passing.add(id);
  });
  if (f.timeRange) keepInvolved(graph, passing, f);
  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((id, attrs, source, target) => {
    if (passing.has(source) && passing.has(target) && citedIn(attrs.evidence, f.articles)) {
      edges.add(id);
      // A loop links a node to nothing else.
      if (source !== target) {
        linked.add(source);
        linked.add(target);
      }
    }
  });
  // Unconnected in the view, not only in the graph: a node whose only
  // neighbours the filters hide has nothing drawn to it either.
  const unconnected = new Set<string>();
  for (const id of passing) if (!linked.has(id) && !f.shownAnyway?.has(id)) unconnected.add(id);
  const hidesUnconnected = f.hideUnconnected === 'auto' ? hidesUnconnectedByDefault(graph) : (f.hideUnconnected ?? false);
  if (!hidesUnconnected || unconnected.size === 0) return { nodes: passing, edges, unconnected, hidesUnconnected };
  const nodes = new Set<string>();
  for (const id of passing) if (!unconnected.has(id)) nodes.add(id);
  // Their edges (loops only) go with them.
  for (const id of edges) if (!nodes.has(graph.source(id))) edges.delete(id);
  return { nodes, edges, unconnected, hidesUnconnected };
}

/**
 * A time range keeps, besides its meetings, only the nodes they involve: those
 * with an edge the filters let through to a meeting in the range (and those a
 * search or selection revealed).
 */
function keepInvolved(graph: KnowledgeGraph, passing: Set<string>, f: FilterSettings): void {
  const involved = new Set<string>();
  graph.forEachEdge((_id, attrs, source, target, s, t) => {
    if (!passing.has(source) || !passing.has(target) || !citedIn(attrs.evidence, f.articles)) return;
    if (s.kind === 'meeting') involved.add(target);
    if (t.kind === 'meeting') involved.add(source);
  });
  for (const id of passing) {
    if (!involved.has(id) && !f.shownAnyway?.has(id) && graph.getNodeAttribute(id, 'kind') !== 'meeting') passing.delete(id);
  }
}

/** Nodes within `hops` of the seeds, walking only visible edges. */
export function neighbourhood(graph: KnowledgeGraph, seeds: Iterable<string>, hops: number, visible: Pick<Visible, 'edges'>): Set<string> {
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
export function subgraph(graph: KnowledgeGraph, visible: Pick<Visible, 'nodes' | 'edges'>): KnowledgeGraph {
  const out: KnowledgeGraph = graph.nullCopy();
  graph.forEachNode((id, attrs) => {
    if (visible.nodes.has(id)) out.addNode(id, attrs);
  });
  graph.forEachEdge((id, attrs, source, target) => {
    if (visible.edges.has(id)) out.addEdgeWithKey(id, source, target, attrs);
  });
  return out;
}
