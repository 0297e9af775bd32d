// How two nodes are connected: the shortest paths between them, edges taken
// both ways, through the relations asked for; or, when there is none, what
// each side is connected to and whether other relations would connect them.
import Graph from 'graphology';
import { bidirectional, brandes, undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { isPersonKind, type KnowledgeGraph, type Relation } from '../schema.ts';

/** One step of a path: the two nodes, and every edge between them (either way) through an allowed relation, best supported first. */
export interface PathStep {
  from: string;
  to: string;
  edges: string[];
}

export interface FoundPath {
  nodes: string[];
  steps: PathStep[];
}

/** The part of the graph (connected component) a node is in. */
export interface GraphPart {
  /** Nodes in it, the node itself included. */
  size: number;
  /** Its best-connected other nodes, people first, busiest first (articles left out). */
  notable: string[];
}

export type PathResult =
  | { kind: 'same'; node: string }
  | {
      kind: 'found';
      /** Steps in each path. */
      length: number;
      /** How many shortest paths there are in all (the list holds at most `limit`). */
      total: number;
      paths: FoundPath[];
    }
  | {
      kind: 'none';
      from: GraphPart;
      to: GraphPart;
      /** Through every relation, how far apart they are and which left-out relations that path needs; null when no relation connects them. */
      throughAll: { length: number; relations: Relation[] } | null;
    };

export interface PathOptions {
  /** Relations not walked. */
  exclude?: ReadonlySet<string>;
  /** Paths listed at most. */
  limit?: number;
}

export const DEFAULT_PATH_LIMIT = 5;
/** Shortest paths enumerated before ranking: enough to pick the best-supported few, bounded when there are thousands. */
const ENUMERATED = 200;
const NOTABLE = 4;

/**
 * The graph seen as an undirected simple graph of the allowed edges.
 * Nodes are named by their index: a simple graphology graph and
 * graphology-shortest-path keep neighbours and what was seen in plain
 * objects, where a node named "toString" counts as there before it is
 * (addEdge('a', 'toString') throws "already exists"). Imports refuse such
 * ids (src/core/io/safe-keys.ts); this keeps paths right for any graph.
 */
interface Projection {
  graph: Graph<Record<string, never>, { edges: string[] }>;
  ids: string[];
  index: Map<string, string>;
}

function project(graph: KnowledgeGraph, exclude: ReadonlySet<string>): Projection {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, String(i)]));
  const g = new Graph<Record<string, never>, { edges: string[] }>({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (let i = 0; i < ids.length; i++) g.addNode(String(i));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (source === target || exclude.has(attrs.relation)) return;
    const a = index.get(source)!;
    const b = index.get(target)!;
    const key = g.edge(a, b);
    if (key === undefined) g.addEdge(a, b, { edges: [edge] });
    else g.getEdgeAttributes(key).edges.push(edge);
  });
  return { graph: g, ids, index };
}

const evidenceOf = (graph: KnowledgeGraph, edge: string): number => graph.getEdgeAttribute(edge, 'evidence')?.length ?? 0;

function toPath(graph: KnowledgeGraph, p: Projection, nodes: readonly string[]): FoundPath {
  const steps = nodes.slice(1).map((b, i): PathStep => {
    const a = nodes[i]!;
    const edges = [...p.graph.getEdgeAttributes(a, b).edges].sort((x, y) => evidenceOf(graph, y) - evidenceOf(graph, x));
    return { from: p.ids[Number(a)]!, to: p.ids[Number(b)]!, edges };
  });
  return { nodes: nodes.map((n) => p.ids[Number(n)]!), steps };
}

/**
 * Every shortest path from source to target, read back from the predecessor
 * lists of Brandes' BFS (graphology-shortest-path gives one path, or these
 * lists). Paths of equal length are what a reader compares; a k-shortest
 * search (Yen's) would add longer detours through the same hubs.
 */
function* shortestPaths(predecessors: Record<string, string[]>, source: string, target: string): Generator<string[]> {
  const trail: string[] = [target];
  function* back(node: string): Generator<string[]> {
    if (node === source) {
      yield [...trail].reverse();
      return;
    }
    for (const prev of predecessors[node] ?? []) {
      trail.push(prev);
      yield* back(prev);
      trail.pop();
    }
  }
  yield* back(target);
}

/** Best supported first: the weakest step's evidence, then all evidence, then by names for a stable order. */
function rankPaths(graph: KnowledgeGraph, paths: FoundPath[]): FoundPath[] {
  const score = (path: FoundPath) => {
    const perStep = path.steps.map((s) => s.edges.reduce((n, e) => n + evidenceOf(graph, e), 0));
    return { weakest: Math.min(...perStep), all: perStep.reduce((a, b) => a + b, 0), names: path.nodes.map((n) => graph.getNodeAttribute(n, 'label')).join('\u0000') };
  };
  const scored = paths.map((path) => ({ path, ...score(path) }));
  scored.sort((a, b) => b.weakest - a.weakest || b.all - a.all || a.names.localeCompare(b.names));
  return scored.map((s) => s.path);
}

function partOf(graph: KnowledgeGraph, p: Projection, node: string, reached: Iterable<string>): GraphPart {
  const members = [...reached];
  const kind = (n: string) => graph.getNodeAttribute(p.ids[Number(n)]!, 'kind');
  // People first: who someone is connected to is what a reader asks about.
  const person = (n: string) => (isPersonKind(kind(n)) ? 0 : 1);
  const notable = members
    .filter((n) => n !== node && kind(n) !== 'document')
    .sort((a, b) => person(a) - person(b) || p.graph.degree(b) - p.graph.degree(a) || Number(a) - Number(b))
    .slice(0, NOTABLE)
    .map((n) => p.ids[Number(n)]!);
  return { size: members.length, notable };
}

/** With every relation walked: one shortest path's length and the left-out relations its steps need. */
function throughAllRelations(graph: KnowledgeGraph, from: string, to: string, exclude: ReadonlySet<string>): { length: number; relations: Relation[] } | null {
  if (exclude.size === 0) return null;
  const all = project(graph, new Set());
  const nodes = bidirectional(all.graph, all.index.get(from)!, all.index.get(to)!);
  if (!nodes) return null;
  const relations = new Set<Relation>();
  for (const step of toPath(graph, all, nodes).steps) {
    const relationsHere = step.edges.map((e) => graph.getEdgeAttribute(e, 'relation'));
    // A step some allowed edge already makes needs nothing; else the best-supported edge's relation.
    if (relationsHere.every((r) => exclude.has(r))) relations.add(relationsHere[0]!);
  }
  return { length: nodes.length - 1, relations: [...relations] };
}

/** The shortest paths from `from` to `to` (up to `limit`, best supported first), or why there is none. */
export function findPaths(graph: KnowledgeGraph, from: string, to: string, options: PathOptions = {}): PathResult {
  for (const id of [from, to]) if (!graph.hasNode(id)) throw new Error(`findPaths: no node ${JSON.stringify(id)}`);
  if (from === to) return { kind: 'same', node: from };
  const exclude = options.exclude ?? new Set();
  const p = project(graph, exclude);
  const source = p.index.get(from)!;
  const target = p.index.get(to)!;
  const [reached, predecessors, counts] = brandes(p.graph, source);
  const total = counts[target] ?? 0;
  if (total === 0) {
    return {
      kind: 'none',
      from: partOf(graph, p, source, reached),
      to: partOf(graph, p, target, Object.keys(undirectedSingleSourceLength(p.graph, target))),
      throughAll: throughAllRelations(graph, from, to, exclude),
    };
  }
  const found: FoundPath[] = [];
  for (const nodes of shortestPaths(predecessors, source, target)) {
    found.push(toPath(graph, p, nodes));
    if (found.length >= ENUMERATED) break;
  }
  const paths = rankPaths(graph, found).slice(0, options.limit ?? DEFAULT_PATH_LIMIT);
  return { kind: 'found', length: paths[0]!.steps.length, total, paths };
}
