// A copy of a big graph made a slice at a time: graphology's copy() of the
// 6,000-node graph is one task of ~150 ms (its 30,000 edges). The same copy:
// the nodes, then the edges in the graph's order, each with its own
// attributes object.
import type { EdgeAttributes, KnowledgeGraph } from '../../core/schema.ts';
import { inSlices, nextTask } from '../../view/staged-load.ts';

const EDGE_STEP = 500;

/** A copy of `graph` (which must not change meanwhile), or null when `alive()` turned false first. */
export async function copyInSlices(graph: KnowledgeGraph, alive: () => boolean = () => true): Promise<KnowledgeGraph | null> {
  // Not in the caller's task: that one is busy enough showing what changed.
  await nextTask();
  if (!alive()) return null;
  const copy = graph.emptyCopy();
  const edges: [string, string, string, EdgeAttributes][] = [];
  graph.forEachEdge((key, attrs, source, target) => void edges.push([key, source, target, attrs]));
  await inSlices(edges.length, EDGE_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const [key, source, target, attrs] = edges[i]!;
      copy.addDirectedEdgeWithKey(key, source, target, { ...attrs });
    }
  }, alive);
  return alive() ? copy : null;
}
