// Measures of the drawn graph: how connected, how much of a broker (betweenness),
// how well attested (excerpts, articles) each node is, and which group
// (Louvain community) it falls in. Document nodes and their `mentions` edges
// are not drawn, so they are left out: an article would otherwise be the
// biggest broker of all, linking everything it names.
import type { KnowledgeGraph, NodeAttributes } from '../schema.ts';

export const SIZE_MEASURES = ['degree', 'betweenness', 'evidence', 'articles'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export const COLOUR_MODES = ['kind', 'group'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const isSizeMeasure = (v: unknown): v is SizeMeasure => (SIZE_MEASURES as readonly unknown[]).includes(v);
export const isColourMode = (v: unknown): v is ColourMode => (COLOUR_MODES as readonly unknown[]).includes(v);

/** Louvain's seed: the same graph falls into the same groups every time. */
export const GROUP_SEED = 13;

const drawn = (a: NodeAttributes): boolean => a.kind !== 'document';

/**
 * The drawn graph in a compact form that can travel to a worker: node i is
 * ids[i]; each pair of drawn nodes joined by any edge once, with the number of
 * edges between them as its weight.
 */
export interface MeasureInput {
  ids: string[];
  /** [s0, t0, s1, t1, …] as indices into ids, each unordered pair once. */
  pairs: Uint32Array;
  /** Edges between the pair (parallel and both directions). */
  weights: Float64Array;
}

export function measureInput(graph: KnowledgeGraph): MeasureInput {
  const ids: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (!drawn(a)) return;
    index.set(id, ids.length);
    ids.push(id);
  });
  const weight = new Map<number, number>();
  const n = ids.length;
  graph.forEachEdge((_e, a, source, target) => {
    if (a.relation === 'mentions') return;
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || s === t) return;
    const key = Math.min(s, t) * n + Math.max(s, t);
    weight.set(key, (weight.get(key) ?? 0) + 1);
  });
  const pairs = new Uint32Array(weight.size * 2);
  const weights = new Float64Array(weight.size);
  let i = 0;
  for (const [key, w] of weight) {
    pairs[2 * i] = Math.floor(key / n);
    pairs[2 * i + 1] = key % n;
    weights[i] = w;
    i++;
  }
  return { ids, pairs, weights };
}

/** What the slow measures give for node i of a MeasureInput. */
export interface Structure {
  /** Shortest paths between other pairs of nodes that pass through node i (unnormalised, each pair once). */
  betweenness: Float64Array;
  /** Louvain community of node i (arbitrary numbers; see groupsOf). */
  community: Int32Array;
}

/** The fast measures, by node id: drawn edges (as on the canvas), excerpts, and distinct articles in the node's evidence. */
export interface Counts {
  degree: Map<string, number>;
  evidence: Map<string, number>;
  articles: Map<string, number>;
}

export function countMeasures(graph: KnowledgeGraph): Counts {
  const degree = new Map<string, number>();
  const evidence = new Map<string, number>();
  const articles = new Map<string, number>();
  graph.forEachNode((id, a) => {
    if (!drawn(a)) return;
    degree.set(id, 0);
    evidence.set(id, a.evidence.length);
    articles.set(id, new Set(a.evidence.map((e) => e.doc)).size);
  });
  graph.forEachEdge((_e, _a, source, target, sa, ta) => {
    if (!drawn(sa) || !drawn(ta)) return;
    degree.set(source, degree.get(source)! + 1);
    degree.set(target, degree.get(target)! + 1);
  });
  return { degree, evidence, articles };
}

export interface Group {
  /** 1 for the biggest group, 2 for the next… */
  number: number;
  /** Node ids, the best connected first. */
  members: string[];
}

/** Who a group is named after: its best-connected members that are not meetings (a meeting's label is made of their names), else its meetings. */
export function groupNames(graph: KnowledgeGraph, group: Group, count = 2): string[] {
  const named = group.members.filter((id) => graph.getNodeAttribute(id, 'kind') !== 'meeting');
  return (named.length ? named : group.members).slice(0, count).map((id) => graph.getNodeAttribute(id, 'label'));
}

/** Groups numbered by size (biggest first; ties by their best-connected member's id), members by degree. */
export function groupsOf(input: MeasureInput, structure: Structure, degree: ReadonlyMap<string, number>): Group[] {
  const byCommunity = new Map<number, string[]>();
  input.ids.forEach((id, i) => {
    const c = structure.community[i]!;
    const list = byCommunity.get(c);
    if (list) list.push(id);
    else byCommunity.set(c, [id]);
  });
  const byDegree = (a: string, b: string) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const lists = [...byCommunity.values()].map((members) => members.sort(byDegree));
  lists.sort((a, b) => b.length - a.length || byDegree(a[0]!, b[0]!));
  return lists.map((members, i) => ({ number: i + 1, members }));
}

/** The `count` nodes with the highest value (ties by id), leaving out nodes whose value is 0. */
export function mostCentral(values: ReadonlyMap<string, number>, count = 5): string[] {
  return [...values]
    .filter(([, v]) => v > 0)
    .sort(([a, va], [b, vb]) => vb - va || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count)
    .map(([id]) => id);
}

/** Betweenness by node id. */
export function betweennessById(input: MeasureInput, structure: Structure): Map<string, number> {
  return new Map(input.ids.map((id, i) => [id, structure.betweenness[i]!]));
}
