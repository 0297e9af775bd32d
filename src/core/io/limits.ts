// How big a graph this app opens: the bytes it reads, and what Cytoscape can
// lay out and draw in Chromium without the page stalling. Every door a graph
// comes in by (a file chosen or dropped, a workspace file, `?graph=`, what the
// browser kept from the last session) checks it here, before anything is
// stored or drawn, so a graph that would never become usable is refused with
// a message instead of leaving a blank canvas that comes back on every open.
//
// Measured with `npm run bench:limits` (bench/limits.ts: synthetic graphs
// opened with `?graph=` in headless Debian Chromium, `--disable-gpu`, on
// 2 cores shared with other jobs, so the same graph varied up to 2×), time to
// interactive (laid out and first drawn) and the longest main-thread task,
// against ~10 s and 1 s:
//   nodes (2.4 random edges each): 5,000 → 4.8–8.2 s, 109–226 ms; 6,000 → 5.9 s, 112 ms;
//                                  7,500 → 10.0–15.4 s; 10,000 → 13.8–25.2 s, 433–576 ms
//   edges (on 2,000 nodes):        25,000 → 5.4 s, 147 ms; 50,000 → 7.5–19.4 s, 173–1,202 ms;
//                                  100,000 → 16.0 s, 573 ms
//   self-loops on one node:        500 → 1.2 s, 629 ms; 750 → 1.6 s, 1,121 ms; 2,000 → 5.4 s, 4,240 ms
//   edges between one pair:        500 → 1.1 s, 627 ms; 750 → 1.7 s, 1,151 ms; 2,000 → 5.2 s, 4,244 ms
// The node and edge limits stand above what the scale work measured with
// nothing else running (`npm run bench:scale`, README "Scale"): 10,314 nodes
// and 25,326 edges interactive in 10.9 s, longest task 184 ms; the figures
// above, taken under load, are up to 2× slower than that.
// (Loops and parallel edges are drawn as bundles of curves, whose cost grows
// faster than their number.) Before these limits, 100,000 nodes stayed at
// "Laying out … 50 %" after 60 s, and one node with 100,000 self-loops drew
// nothing and stalled the page 1.6 s at a time.
import type { KnowledgeGraph, NodeAttributes } from '../schema.ts';

const MODULE = 'io/limits';

/** The largest graph or workspace file read, in bytes (UTF-8). */
export const MAX_GRAPH_BYTES = 30 * 1024 * 1024;

export const DRAW_LIMITS = {
  /** Drawn nodes (documents are not drawn: src/view/elements.ts). */
  nodes: 12_000,
  /** Drawn edges: those between two drawn nodes. */
  edges: 30_000,
  /** Edges from a node to itself, on any one node. */
  selfLoopsPerNode: 500,
  /** Edges between the same two nodes, either way. */
  edgesPerPair: 500,
} as const;

const count = (n: number): string => n.toLocaleString('en-US');
const isDrawn = (attributes: NodeAttributes | undefined): boolean => attributes?.kind !== 'document';

/** Why this graph cannot be drawn (an id Cytoscape refuses, or more than DRAW_LIMITS), or null when it can. */
export function drawableProblem(graph: KnowledgeGraph): string | null {
  let nodes = 0;
  let index = 0;
  let blank: string | null = null;
  graph.forEachNode((key, attributes) => {
    if (isDrawn(attributes)) nodes++;
    if (blank === null && key.trim() === '') blank = `node ${index} has an empty id (${JSON.stringify(key)})`;
    index++;
  });
  if (blank) return blank;
  if (nodes > DRAW_LIMITS.nodes) return `the graph has ${count(nodes)} nodes; this app draws at most ${count(DRAW_LIMITS.nodes)}`;
  let edges = 0;
  const loops = new Map<string, number>();
  const pairs = new Map<string, number>();
  graph.forEachEdge((key, _attributes, source, target, sourceAttributes, targetAttributes) => {
    if (blank === null && key.trim() === '') blank = `edge ${edges} has an empty id (${JSON.stringify(key)})`;
    if (!isDrawn(sourceAttributes) || !isDrawn(targetAttributes)) return;
    edges++;
    if (source === target) loops.set(source, (loops.get(source) ?? 0) + 1);
    // Cytoscape bundles the edges of a pair whichever way they point.
    else {
      const pair = JSON.stringify(source < target ? [source, target] : [target, source]);
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  });
  if (blank) return blank;
  if (edges > DRAW_LIMITS.edges) return `the graph has ${count(edges)} edges; this app draws at most ${count(DRAW_LIMITS.edges)}`;
  for (const [node, n] of loops) {
    if (n > DRAW_LIMITS.selfLoopsPerNode) return `the node ${JSON.stringify(node)} has ${count(n)} edges to itself; this app draws at most ${count(DRAW_LIMITS.selfLoopsPerNode)} per node`;
  }
  for (const [pair, n] of pairs) {
    if (n > DRAW_LIMITS.edgesPerPair) {
      const [a, b] = JSON.parse(pair) as [string, string];
      return `the nodes ${JSON.stringify(a)} and ${JSON.stringify(b)} are joined by ${count(n)} edges; this app draws at most ${count(DRAW_LIMITS.edgesPerPair)} between two nodes`;
    }
  }
  return null;
}

/** Throws an Error naming the problem when the graph cannot be drawn (see drawableProblem). */
export function checkDrawable(graph: KnowledgeGraph): void {
  const problem = drawableProblem(graph);
  if (problem) throw new Error(`${MODULE}: ${problem}`);
}
