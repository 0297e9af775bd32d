// The explorer's state: the loaded graph, the selection, focus and search.
// Components read it and call its methods; the canvas reports gestures to it.
import { tick } from 'svelte';
import type { Evidence, KnowledgeGraph } from '../../core/schema.ts';
import type { Touched } from '../../core/graph/touched.ts';
import type { Article, LoadedGraph } from '../lib/graph-asset.ts';
import { fetchGraphAsset } from '../lib/graph-fetch.ts';
import { NOTHING_VISIBLE, neighbourhood, visibleElements, type Visible } from '../lib/visibility.ts';
import { buildSearchIndex, normalize, search } from '../lib/search.ts';
import type { GraphCanvas, Selection } from '../../view/canvas.ts';
import { DEFAULT_LAYOUT, defaultLayoutFor, type LayoutName } from '../../view/layouts.ts';
import { isDrawn } from '../../view/elements.ts';
import { nextTask } from '../../view/staged-load.ts';
import { Filters } from './filters.svelte.ts';

export type FocusHops = 0 | 1 | 2;

export interface OpenArticle {
  doc: string;
  /** The evidence to highlight and scroll to, if any. */
  evidence: Evidence | null;
  /** Names to mark inside the evidence sentence. */
  names: readonly string[];
}

export interface LoadOptions {
  /** The graph opened instead when this one fails (the corpus's own, when `?graph=` named another). */
  fallback?: string;
  /** Origins other than the page's that graphs may come from. */
  origins?: readonly string[];
}

export class Explorer {
  status = $state<'loading' | 'ready' | 'error'>('loading');
  error = $state<string | null>(null);
  /** Why the graph asked for was not opened when the fallback was opened instead. */
  loadProblem = $state<string | null>(null);
  loaded = $state.raw<LoadedGraph | null>(null);

  readonly filters = new Filters();
  selection = $state.raw<Selection>(null);
  focusHops = $state<FocusHops>(0);
  query = $state('');
  layout = $state<LayoutName>(DEFAULT_LAYOUT);
  article = $state.raw<OpenArticle | null>(null);
  /** A short message for the status line (exports, reveals). */
  notice = $state('');
  /** A worker layout's progress while it runs. */
  layoutProgress = $state.raw<{ done: number; total: number } | null>(null);
  /** Draw with Cytoscape's WebGL renderer (big graphs; `?renderer=webgl`). */
  webgl = $state(false);
  /** The canvas, once the host component has created it. */
  canvas = $state.raw<GraphCanvas | null>(null);
  /** Where the canvas looks, as the user last left it (zoom and pan; settled, not every frame). */
  viewport = $state.raw<{ zoom: number; x: number; y: number } | null>(null);
  /**
   * Set by the canvas host while a canvas is laid out: shows `graph` on the canvas drawing `from` by
   * changing the elements `touched` names (null: any), without a layout; false when it cannot.
   */
  patchCanvas: ((from: KnowledgeGraph, graph: KnowledgeGraph, touched: Touched | null) => boolean) | null = null;
  #drawWaiters = new Set<{ graph: KnowledgeGraph; resolve: (drawn: boolean) => void }>();
  #drawn: KnowledgeGraph | null = null;

  graph: KnowledgeGraph | null = $derived(this.loaded?.graph ?? null);
  articles: ReadonlyMap<string, Article> = $derived(this.loaded?.articles ?? new Map());
  corpus = $derived(this.loaded?.corpus ?? '');
  articleIds: readonly string[] = $derived([...this.articles.keys()]);

  visible: Visible = $derived.by(() => (this.graph ? visibleElements(this.graph, this.filters.settings) : NOTHING_VISIBLE));

  focus: ReadonlySet<string> | null = $derived.by(() => {
    const graph = this.graph;
    const sel = this.selection;
    if (!graph || !sel || this.focusHops === 0) return null;
    if (sel.type === 'node') return neighbourhood(graph, [sel.id], this.focusHops, this.visible);
    if (!graph.hasEdge(sel.id)) return null;
    return neighbourhood(graph, graph.extremities(sel.id), this.focusHops - 1, this.visible);
  });

  /** Built when first searched (a derived is read lazily): not on every correction of a big graph. */
  searchIndex = $derived(this.graph ? buildSearchIndex(this.graph) : []);
  hits = $derived(normalize(this.query) ? search(this.searchIndex, this.query, 12) : []);
  matches: ReadonlySet<string> = $derived(new Set(this.hits.map((h) => h.id)));

  drawnCount = $derived(this.graph ? this.graph.reduceNodes((n, _id, a) => (isDrawn(a) ? n + 1 : n), 0) : 0);

  #fetch: typeof fetch;

  constructor(fetchFn: typeof fetch = (...args) => fetch(...args)) {
    this.#fetch = fetchFn;
  }

  async load(url: string, options: LoadOptions = {}): Promise<void> {
    this.status = 'loading';
    this.error = null;
    try {
      const loaded = await fetchGraphAsset(url, { fetch: this.#fetch, base: location.href, origins: options.origins });
      // A big graph's parsing and the views built from it would be one long task.
      await nextTask();
      // Big graphs open with a layout that runs off the main thread.
      this.layout = defaultLayoutFor(loaded.graph.filterNodes((_id, a) => isDrawn(a)).length);
      this.loaded = loaded;
      performance.mark('kg:graph-loaded');
      this.status = 'ready';
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (options.fallback !== undefined && options.fallback !== url) {
        // A wrong `?graph=` must not leave a dead page: say why, and open the corpus's own graph.
        this.loadProblem = `The graph ${url} was not opened: ${message.replace(/\.?$/, '.')} The corpus's own graph is shown instead.`;
        return this.load(options.fallback, { origins: options.origins });
      }
      this.error = message;
      this.status = 'error';
    }
  }

  /** Called by the canvas host once a graph is laid out and drawn. */
  markDrawn(graph: KnowledgeGraph): void {
    this.#drawn = graph;
    for (const waiter of this.#drawWaiters) {
      // A later graph drawn first means the waited one never will be.
      waiter.resolve(waiter.graph === graph);
      this.#drawWaiters.delete(waiter);
    }
  }

  /** True once `graph` has been drawn; false when another graph was drawn instead. What is kept is what was drawn once. */
  whenDrawn(graph: KnowledgeGraph): Promise<boolean> {
    if (this.#drawn === graph) return Promise.resolve(true);
    return new Promise((resolve) => this.#drawWaiters.add({ graph, resolve }));
  }

  /** Selects a node or edge; `centre` also brings it into view (search, neighbour links). */
  select(selection: Selection, { centre = false } = {}): void {
    const graph = this.graph;
    if (selection && graph) {
      const ids = selection.type === 'node' ? [selection.id] : graph.hasEdge(selection.id) ? graph.extremities(selection.id) : [];
      const hidden = ids.filter((id) => !this.visible.nodes.has(id));
      for (const id of hidden) this.filters.reveal(graph.getNodeAttributes(id), id, graph);
      if (hidden.length) this.notice = 'Filters loosened to show the selection.';
    }
    this.selection = selection;
    if (selection && centre) {
      // Let the details panel open and the canvas apply the new visibility
      // first: centring must use the canvas's new size.
      void tick().then(() => this.canvas?.centreOn(selection));
    }
  }

  selectNode(id: string, options?: { centre?: boolean }): void {
    this.select({ type: 'node', id }, options);
  }

  clearSelection(): void {
    this.selection = null;
  }

  /** Selects the best search hit (or the given one), centres it and opens its details. */
  pickHit(id = this.hits[0]?.id): boolean {
    if (!id) return false;
    this.selectNode(id, { centre: true });
    return true;
  }

  /** Focus mode: 0 (off), 1 or 2 hops; turning it on brings the neighbourhood into view. */
  setFocus(hops: FocusHops): void {
    this.focusHops = hops;
    if (hops === 0 || !this.selection) return;
    void tick().then(() => {
      if (this.focus) this.canvas?.fit(this.focus, true);
    });
  }

  openArticle(doc: string, evidence: Evidence | null = null, names: readonly string[] = []): void {
    this.article = { doc, evidence, names };
  }

  closeArticle(): void {
    this.article = null;
  }

  fit(): void {
    this.canvas?.fit();
  }

  relayout(name: LayoutName = this.layout): void {
    this.layout = name;
    void this.canvas?.runLayout(name);
  }

  /** Ends a running worker layout, keeping the positions it has reached. */
  stopLayout(): void {
    this.canvas?.stopLayout();
  }

  /** Back to the first view: every filter off, nothing selected, graph fitted. */
  reset(): void {
    this.filters.reset();
    this.selection = null;
    this.focusHops = 0;
    this.query = '';
    this.notice = '';
    void tick().then(() => this.canvas?.fit());
  }
}
