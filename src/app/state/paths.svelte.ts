// The path view: which two nodes, through which relations, which of the
// shortest paths is drawn. The path is worked out from the whole graph, not
// only what the filters show; the filters are loosened to show it.
import { tick } from 'svelte';
import { RELATIONS, type Relation } from '../../core/schema.ts';
import { findPaths, type FoundPath, type PathResult } from '../../core/graph/paths.ts';
import { isDrawn } from '../../view/elements.ts';
import { pathElements } from '../lib/paths.ts';
import type { Explorer } from './explorer.svelte.ts';

/** Articles are not drawn, so paths do not go through them unless asked. */
export const DEFAULT_EXCLUDED: ReadonlySet<Relation> = new Set(['mentions']);

export class Paths {
  #explorer: Explorer;
  from = $state<string | null>(null);
  to = $state<string | null>(null);
  excluded = $state.raw<ReadonlySet<Relation>>(DEFAULT_EXCLUDED);
  /** The listed path that is drawn and told step by step. */
  chosen = $state(0);

  constructor(explorer: Explorer) {
    this.#explorer = explorer;
  }

  result: PathResult | null = $derived.by(() => {
    const graph = this.#explorer.graph;
    const { from, to } = this;
    // A rebuilt graph may have lost either end.
    if (!graph || from === null || to === null || !graph.hasNode(from) || !graph.hasNode(to)) return null;
    return findPaths(graph, from, to, { exclude: this.excluded });
  });

  active = $derived(this.result !== null);

  path: FoundPath | null = $derived.by(() => {
    const r = this.result;
    return r?.kind === 'found' ? (r.paths[Math.min(this.chosen, r.paths.length - 1)] ?? null) : null;
  });

  /** What the canvas lights up: the path drawn, or with no path the two ends (so both can be found); null with no path view. */
  elements = $derived.by(() => {
    if (this.path) return pathElements(this.path);
    const r = this.result;
    return r?.kind === 'none' && this.from !== null && this.to !== null ? { nodes: new Set([this.from, this.to]), edges: new Set<string>() } : null;
  });

  /** The relations this graph has, in the schema's order: the choices offered. */
  relations: Relation[] = $derived.by(() => {
    const graph = this.#explorer.graph;
    if (!graph) return [];
    const present = new Set<string>();
    graph.forEachEdge((_e, attrs) => void present.add(attrs.relation));
    return RELATIONS.filter((r) => present.has(r));
  });

  /** Shows the shortest paths from one node to another; the selection gives way to them. Each new question starts from the default relations. */
  show(from: string, to: string): void {
    this.from = from;
    this.to = to;
    this.excluded = DEFAULT_EXCLUDED;
    this.chosen = 0;
    this.#explorer.clearSelection();
    this.#reveal();
  }

  choose(index: number): void {
    this.chosen = index;
    this.#reveal();
  }

  toggleRelation(relation: Relation): void {
    const next = new Set(this.excluded);
    if (next.has(relation)) next.delete(relation);
    else next.add(relation);
    this.excluded = next;
    this.chosen = 0;
    this.#reveal();
  }

  /** Walks these relations too (the no-path message's offer). */
  allow(relations: readonly Relation[]): void {
    this.excluded = new Set([...this.excluded].filter((r) => !relations.includes(r)));
    this.chosen = 0;
    this.#reveal();
  }

  clear(): void {
    this.from = null;
    this.to = null;
    this.chosen = 0;
  }

  /** Loosens the filters so the drawn path is shown, then brings it into view. */
  #reveal(): void {
    const explorer = this.#explorer;
    const graph = explorer.graph;
    const lit = this.elements;
    if (!graph || !lit) return;
    const drawn = [...lit.nodes].filter((n) => isDrawn(graph.getNodeAttributes(n)));
    const hidden = drawn.filter((n) => !explorer.visible.nodes.has(n));
    for (const n of hidden) explorer.filters.reveal(graph.getNodeAttributes(n));
    const shown = (n: string) => drawn.includes(n);
    const edgeHidden = [...lit.edges].some((e) => !explorer.visible.edges.has(e) && graph.extremities(e).every(shown));
    // An edge between shown nodes is hidden only by the article filter.
    if (edgeHidden && explorer.filters.articles !== null) explorer.filters.allArticles();
    if (hidden.length || edgeHidden) explorer.notice = 'Filters loosened to show the path.';
    // Once the details pane is open and the canvas has the new visibility.
    void tick().then(() => explorer.canvas?.fit(drawn, true));
  }
}
