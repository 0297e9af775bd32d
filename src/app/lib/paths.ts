// A path's steps as a reader reads them: each edge as a short sentence in the
// direction the fact goes ("Sarah Sanders is affiliated with Donald Trump"),
// whichever way the path walks it, and the no-path message's parts.
import type { KnowledgeGraph, Relation } from '../../core/schema.ts';
import type { FoundPath, GraphPart } from '../../core/graph/paths.ts';

const VERBS: Readonly<Record<Relation, string>> = Object.freeze({
  participant: 'took part in',
  held_at: 'was held at',
  invited: 'invited',
  affiliated_with: 'is affiliated with',
  located_in: 'is in',
  stated: 'spoke about',
  mentions: 'mentions',
});

export interface EdgeSentence {
  edge: string;
  source: { id: string; label: string };
  verb: string;
  target: { id: string; label: string };
  /** The role of an affiliation. */
  detail: string | undefined;
}

export function edgeSentence(graph: KnowledgeGraph, edge: string): EdgeSentence {
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const end = (id: string) => ({ id, label: graph.getNodeAttribute(id, 'label') });
  return { edge, source: end(source), verb: VERBS[attrs.relation] ?? attrs.relation.replace(/_/g, ' '), target: end(target), detail: attrs.role };
}

/** The names of a path's nodes, in order: "Sarah Sanders → Donald Trump → Vladimir Putin". */
export const pathLabel = (graph: KnowledgeGraph, path: FoundPath): string => path.nodes.map((n) => graph.getNodeAttribute(n, 'label')).join(' → ');

/** Every node and edge of a path, for the canvas. */
export function pathElements(path: FoundPath): { nodes: Set<string>; edges: Set<string> } {
  return { nodes: new Set(path.nodes), edges: new Set(path.steps.flatMap((s) => s.edges)) };
}

/** "Donald Trump, Vladimir Putin and 38 more" for a part of the graph (the node itself not counted). */
export function partSummary(graph: KnowledgeGraph, part: GraphPart): string {
  const names = part.notable.map((n) => graph.getNodeAttribute(n, 'label'));
  const others = part.size - 1 - names.length;
  if (names.length === 0) return '';
  if (others <= 0) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.join(', ')} and ${others} more`;
}
