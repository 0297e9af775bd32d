// The Cytoscape adapter: builds the canvas from a graph and applies view
// state (visibility, selection, focus, search matches) to it. It reports user
// gestures through callbacks and never edits the model.
import cytoscape from 'cytoscape';
import type { Core, EventObject, NodeSingular, EdgeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../core/schema.ts';
import { isDrawn, toCytoscapeElements } from './elements.ts';
import type { Touched } from '../core/graph/touched.ts';
import { type DrawnData, elementPatch } from './element-patch.ts';
import { ElementIds, graphKeyOf, type GraphRef } from '../core/io/element-ids.ts';
import { graphStylesheet, LIGHT_CANVAS, type CanvasTheme } from './style.ts';
import { registerCoseBilkent } from './cose-bilkent.ts';
import { layoutOptions, DEFAULT_LAYOUT, LAYOUTS, type ForceAtlas2Options, type LayoutName } from './layouts.ts';
import { layoutInPieces } from './arrange.ts';
import { INCREMENTAL, placeNew, positionsOf, settle, type Point } from './incremental-layout.ts';
import { localPositionStore, positionKey, type PositionStore } from './layout-cache.ts';
import { addInSlices, layoutInput, mountInSlices, nextTask } from './staged-load.ts';
import { isLarge, renderingOptions } from './rendering.ts';
import type { LayoutRun } from '../workers/layout-client.ts';
import { coseInWorker } from '../workers/cose-client.ts';
import type { CoseNode, CoseRequest } from '../workers/cose-protocol.ts';
import { exportPng, type PngRequest, type PngResult } from './image-export.ts';
import { HighlightOverlay } from './highlight-overlay.ts';
import { installOverviewDraw } from './overview-draw.ts';
import { installHitGrid } from './hit-grid.ts';
import { installLevelQueue, prewarmLevels, queueFirstFrame } from './cached-levels.ts';
import { HeldRestyle, type ClassChange } from './held-restyle.ts';
import type { NodePoint } from './keyboard-nav.ts';

/** What is selected, by graph key (element ids are the canvas's own business, see element-ids.ts). */
export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string } | null;

export interface HoverInfo {
  type: 'node' | 'edge';
  id: string;
  /** Position in CSS pixels relative to the canvas container. */
  x: number;
  y: number;
}

export interface CanvasCallbacks {
  onSelect?: (selection: Selection) => void;
  onHover?: (hover: HoverInfo | null) => void;
  onReady?: () => void;
  /** A worker layout's progress; null when it ends. */
  onLayoutProgress?: (progress: { done: number; total: number } | null) => void;
}

export interface ViewState {
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  selection: Selection;
  /** Nodes kept bright while focusing; null when focus mode is off. */
  focus: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
  /** The nodes and edges of the path shown, lit while the rest fades (over any focus); absent or null when none. */
  path?: PathElements | null;
}

export interface PathElements {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface CanvasOptions extends CanvasCallbacks {
  container: HTMLElement | undefined;
  graph: KnowledgeGraph;
  layout?: LayoutName;
  /** Headless mode for tests: no container, no rendering. */
  headless?: boolean;
  /** Draw with Cytoscape's WebGL renderer (big graphs only; labels are drawn as textures). */
  webgl?: boolean;
  positions?: PositionStore;
  /** Where the nodes of the graph this one replaces were: those kept stay there, the new ones are placed around them. */
  start?: ReadonlyMap<string, Point>;
  /** The page theme's canvas colours; light by default. */
  theme?: CanvasTheme;
}

const FIT_PADDING = 32;
/** Cytoscape stops caching for 250 ms after elements change. */
const PREWARM_AFTER_CHANGE_MS = 400;
/** How long one task measures labels before the first layout: 40 ms on a phone four times slower, under a long task's 50. */
const MEASURE_SLICE_MS = 10;
/** A big graph's class changes are restyled in tasks this long (about 170 µs an element at 5,000 nodes), this many at a time. */
const RESTYLE_SLICE_MS = 30;
const RESTYLE_STEP = 25;

/** Fitting never zooms in past this: a tiny graph would be drawn huge. */
const MAX_FIT_ZOOM = 1.25;
/** Zoom from which 10 px edge labels are readable. */
export const EDGE_LABEL_ZOOM = 0.95;

export class GraphCanvas {
  readonly cy: Core;
  /** Resolves when the graph is laid out and on the canvas (at once for small graphs). */
  readonly ready: Promise<void>;
  #callbacks: CanvasCallbacks;
  #positions: PositionStore;
  #run: LayoutRun | null = null;
  #alive = true;
  /** Where a staged graph is mounted once all of it has been added; null when it is drawn from the start. */
  #mountOn: HTMLElement | null = null;
  #large: boolean;
  #webgl: boolean;
  /** Where a big graph's highlights are drawn instead of restyling its elements; null otherwise. */
  #overlay: HighlightOverlay | null = null;
  #theme: CanvasTheme;
  /** Whether the view is the last whole-graph fit's: the user has not zoomed, panned or been taken to a node since. */
  #fitted = false;
  /** The element ids of this graph's keys. */
  readonly #ids: ElementIds;

  constructor(options: CanvasOptions) {
    registerCoseBilkent();
    this.#ids = new ElementIds(options.graph);
    this.#callbacks = options;
    this.#positions = options.positions ?? localPositionStore();
    const nodes = options.graph.filterNodes((_id, attrs) => isDrawn(attrs)).length;
    const layout = options.layout ?? DEFAULT_LAYOUT;
    // Big graphs arrive in stages: laid out in the worker first, then added in chunks.
    const staged = LAYOUTS[layout].runs === 'worker';
    this.#large = isLarge(nodes);
    this.#webgl = options.webgl ?? false;
    this.#theme = options.theme ?? LIGHT_CANVAS;
    const style = graphStylesheet({ large: this.#large, theme: this.#theme });
    // A staged graph is built headless (styled, never drawn) and mounted once
    // complete, so no frame is drawn between chunks. The stylesheet is set
    // after construction: mount() would otherwise restyle every element at once.
    this.#mountOn = staged && !options.headless && options.container ? options.container : null;
    this.cy = cytoscape({
      container: this.#mountOn ? undefined : options.container,
      headless: (options.headless ?? false) || this.#mountOn !== null,
      elements: staged ? [] : toCytoscapeElements(options.graph, this.#ids),
      ...(this.#mountOn ? { styleEnabled: true } : { style }),
      layout: { name: 'preset', fit: false },
      // The app owns the selection; Cytoscape only reports taps.
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 6,
      wheelSensitivity: 0.4,
      ...renderingOptions(nodes, options.webgl),
    });
    if (this.#mountOn) this.cy.style(style);
    if (!this.#mountOn && options.container && !options.headless) this.#attachBigGraphDrawing(options.container);
    this.#bindEvents();
    if (staged) {
      this.ready = this.#loadStaged(options.graph, layout);
    } else if (options.start) {
      // From the last graph's places, in a task of its own: making the canvas and laying it out in one
      // were a 211 ms task after 20 articles (each ~100 ms alone).
      const start = options.start;
      this.ready = nextTask().then(async () => {
        if (this.#alive && !(await this.#layoutFrom(start, layout))) this.runLayout(layout);
      });
    } else {
      this.ready = Promise.resolve(this.runLayout(layout));
    }
    void this.ready.then(() => this.#callbacks.onReady?.());
  }

  /** Positions from the cache or the layout worker, then the elements in slices, then a fit. */
  async #loadStaged(graph: KnowledgeGraph, layout: LayoutName): Promise<void> {
    // Not in the task that made the canvas: with the views built from a new graph, one long task.
    await nextTask();
    if (!this.#alive) return;
    const elements = toCytoscapeElements(graph, this.#ids);
    const nodes = elements.filter((e) => e.group === 'nodes');
    const edges = elements.filter((e) => e.group === 'edges');
    const positions = await this.#workerPositions(nodes, edges, layout, null);
    nodes.forEach((n, i) => {
      n.position = { x: positions[2 * i]!, y: positions[2 * i + 1]! };
      // Nodes of a big graph cannot be dragged (autoungrabify): a press on one pans the view.
      if (this.#large) n.pannable = true;
    });
    await addInSlices(this.cy, [...nodes, ...edges], () => this.#alive);
    if (!this.#alive) return;
    const container = this.#mountOn;
    const firstFrame = async () => {
      this.fit();
      if (this.#large) await queueFirstFrame(this.cy, () => this.#alive);
    };
    if (container) await mountInSlices(this.cy, container, () => this.#alive, () => this.#attachBigGraphDrawing(container), firstFrame);
    else await firstFrame();
    if (!this.#alive) return;
    this.#updateEdgeLabels();
    this.#prewarmLevels(0);
  }

  /** Which run of prewarmLevels is current; an older one stops. */
  #prewarmRun = 0;

  /** Has Cytoscape's cached pictures of a big graph made for the zoom levels around the view (see cached-levels.ts), after `delayMs`. */
  #prewarmLevels(delayMs: number): void {
    if (!this.#overlay) return;
    const run = ++this.#prewarmRun;
    const alive = () => this.#alive && run === this.#prewarmRun;
    setTimeout(() => alive() && void prewarmLevels(this.cy, alive), delayMs);
  }

  /** A big graph drawn on the page gets its highlights on an overlay, a plain drawing for crowded frames and a grid to find what is under the pointer. */
  #attachBigGraphDrawing(container: HTMLElement): void {
    if (!this.#large) return;
    this.#overlay = new HighlightOverlay(this.cy, container, this.#ids);
    // The WebGL renderer draws and picks elements its own way.
    if (this.#webgl) return;
    installOverviewDraw(this.cy);
    installLevelQueue(this.cy, () => this.#alive);
    installHitGrid(this.cy);
  }

  /** Runs a worker layout (or takes its result from the cache) for these nodes and edges. */
  async #workerPositions(nodes: cytoscape.ElementDefinition[], edges: cytoscape.ElementDefinition[], layout: LayoutName, start: Float32Array | null): Promise<Float32Array> {
    const input = layoutInput(nodes, edges);
    const key = positionKey(layout, input.ids, input.pairs);
    const cached = start ? null : this.#positions.get(key, nodes.length);
    if (cached) return cached;
    const options = LAYOUTS[layout].options as ForceAtlas2Options;
    const iterations = options.iterations(nodes.length);
    if (typeof Worker === 'undefined') {
      // No workers (headless tests in Node): the same layout, in place.
      const { forceLayout } = await import('../workers/force-layout.ts');
      const steps = forceLayout({ sizes: input.sizes, edges: input.pairs, start, iterations, seed: options.seed });
      for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
    }
    const { runLayoutInWorker } = await import('../workers/layout-client.ts');
    this.#run?.cancel();
    this.#callbacks.onLayoutProgress?.({ done: 0, total: iterations });
    performance.mark('kg:layout-start');
    const run = runLayoutInWorker({ sizes: input.sizes, edges: input.pairs, start, iterations, seed: options.seed }, (done, total) =>
      this.#callbacks.onLayoutProgress?.({ done, total }),
    );
    this.#run = run;
    try {
      const positions = await run.positions;
      performance.mark('kg:layout-end');
      if (!start) this.#positions.set(key, positions);
      return positions;
    } finally {
      if (this.#run === run) this.#run = null;
      this.#callbacks.onLayoutProgress?.(null);
    }
  }

  /** Ends a worker layout early, keeping where the nodes have got to. */
  stopLayout(): void {
    this.#run?.stop();
  }

  #bindEvents(): void {
    const cy = this.cy;
    cy.on('tap', 'node', (e: EventObject) => this.#callbacks.onSelect?.({ type: 'node', id: graphKeyOf(e.target as NodeSingular) }));
    cy.on('tap', 'edge', (e: EventObject) => this.#callbacks.onSelect?.({ type: 'edge', id: graphKeyOf(e.target as EdgeSingular) }));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.#callbacks.onSelect?.(null);
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      const target = e.target as NodeSingular | EdgeSingular;
      if (this.#overlay) this.#overlay.set({ hover: target.isNode() ? graphKeyOf(target) : null });
      else target.addClass('hover');
      const point = target.isNode() ? (target as NodeSingular).renderedPosition() : (target as EdgeSingular).renderedMidpoint();
      this.#setCursor('pointer');
      this.#callbacks.onHover?.({ type: target.isNode() ? 'node' : 'edge', id: graphKeyOf(target), x: point.x, y: point.y });
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      if (this.#overlay) this.#overlay.set({ hover: null });
      else (e.target as NodeSingular).removeClass('hover');
      this.#setCursor('');
      this.#callbacks.onHover?.(null);
    });
    // A hover card would float away from its node when the view moves.
    cy.on('viewport drag', () => this.#callbacks.onHover?.(null));
    cy.on('zoom', () => this.#updateEdgeLabels());
    // Cytoscape's events for the user's own wheel, pinch and drag: the view is theirs now.
    cy.on('scrollzoom pinchzoom dragpan', () => (this.#fitted = false));
  }

  /** Whether edges carry the `labelled` class; none do at first. */
  #edgeLabels = false;

  #updateEdgeLabels(): void {
    // Big graphs label edges by zoom level in the stylesheet instead.
    if (this.#large) return;
    const show = this.cy.zoom() >= EDGE_LABEL_ZOOM;
    if (show === this.#edgeLabels) return;
    this.#edgeLabels = show;
    this.cy.edges().toggleClass('labelled', show);
  }

  #setCursor(cursor: string): void {
    const container = this.cy.container();
    if (container) container.style.cursor = cursor;
  }

  /** Lays out the visible elements; positions of hidden ones are kept. */
  runLayout(name: LayoutName): void | Promise<void> {
    const eles = this.cy.elements().not('.hidden');
    const run = ++this.#layoutRun;
    if (eles.empty()) return;
    if (LAYOUTS[name].runs === 'worker') return this.#relayoutInWorker(eles, name);
    if (name === 'cose-bilkent' && typeof Worker !== 'undefined' && this.cy.container()) return this.#coseOffPage(eles, run);
    this.#layOutOnPage(eles, name);
  }

  /** Which runLayout is the latest: a worker's answer to an older one is dropped. */
  #layoutRun = 0;

  #layOutOnPage(eles: cytoscape.CollectionReturnValue, name: LayoutName): void {
    const options = layoutOptions(name, { fit: false }) as cytoscape.LayoutOptions;
    if (name === 'cose-bilkent') {
      layoutInPieces(this.cy, eles, options, this.#aspect());
    } else {
      eles.layout(options).run();
    }
    this.fit();
    this.#updateEdgeLabels();
  }

  /**
   * cose-bilkent in a worker (workers/cose.worker.ts): on the page it was the longest task of opening
   * the seed graph. Labels are measured here, each node sent as its box; the canvas stays hidden until
   * the nodes are in place, so no frame shows them piled up. A worker that fails falls back to the page.
   */
  async #coseOffPage(eles: cytoscape.CollectionReturnValue, run: number): Promise<void> {
    const container = this.cy.container();
    const hidden = !this.#laidOutOnce && container !== null;
    if (hidden) container.style.visibility = 'hidden';
    try {
      const nodes = eles.nodes();
      const lay = async () => {
        // Measured a slice a task while nothing is drawn: each node's first style and label are slow on a slow phone.
        const request = { ...(await this.#coseRequest(eles, hidden)), aspect: this.#aspect() };
        return { request, positions: await coseInWorker(request) };
      };
      let laid: { request: CoseRequest; positions: Float32Array };
      try {
        laid = hidden ? await this.#undrawn(lay) : await lay();
      } catch {
        if (this.#alive && run === this.#layoutRun) this.#layOutOnPage(eles, 'cose-bilkent');
        return;
      }
      if (!this.#alive || run !== this.#layoutRun) return;
      const { request, positions } = laid;
      this.cy.batch(() => nodes.forEach((n, i) => void n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! })));
      this.#laidBoxes = new Map(nodes.map((n, i) => [n.id(), { x: positions[2 * i]!, y: positions[2 * i + 1]!, box: request.nodes[i]! }]));
      this.#fitFirstView();
      this.#updateEdgeLabels();
    } finally {
      this.#laidOutOnce = true;
      if (hidden && this.#alive) container.style.visibility = '';
    }
  }

  /**
   * `work` with Cytoscape drawing nothing (a batch holds its render loop): a draw of the hidden canvas,
   * its nodes piled up before the layout, was the longest task of opening the seeds (1.8 s at 4× CPU throttling).
   */
  async #undrawn<T>(work: () => Promise<T>): Promise<T> {
    this.cy.startBatch();
    try {
      return await work();
    } finally {
      if (this.#alive) this.cy.endBatch();
    }
  }

  /** Each node as its box (labels are measured here, not in the worker) and the edges as index pairs. */
  async #coseRequest(eles: cytoscape.Collection, sliced: boolean): Promise<Pick<CoseRequest, 'nodes' | 'edges'>> {
    const index = new Map<string, number>();
    const boxes: CoseNode[] = [];
    let sliceStart = performance.now();
    for (const n of eles.nodes()) {
      if (sliced && performance.now() - sliceStart > MEASURE_SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
      index.set(n.id(), boxes.length);
      const bb = n.boundingBox({ includeLabels: true });
      const p = n.position();
      boxes.push({ kind: String(n.data('kind')), label: String(n.data('label') ?? ''), w: bb.w, h: bb.h, dx: (bb.x1 + bb.x2) / 2 - p.x, dy: (bb.y1 + bb.y2) / 2 - p.y });
    }
    const pairs: number[] = [];
    eles.edges().forEach((e) => {
      const s = index.get(e.source().id());
      const t = index.get(e.target().id());
      if (s !== undefined && t !== undefined) pairs.push(s, t);
    });
    return { nodes: boxes, edges: Uint32Array.from(pairs) };
  }

  #aspect(): number {
    return this.cy.width() > 0 && this.cy.height() > 0 ? this.cy.width() / this.cy.height() : 4 / 3;
  }

  /** Whether a layout has placed the nodes: until then the canvas shows nothing worth seeing. */
  #laidOutOnce = false;

  /**
   * An incremental cose-bilkent from the old positions; false when it does not apply (another layout,
   * nothing kept). The new nodes are placed by their neighbours here, then settled in the worker: on the
   * page, settling 20 articles' nodes was a task of over 200 ms.
   */
  async #layoutFrom(start: ReadonlyMap<string, Point>, name: LayoutName): Promise<boolean> {
    if (name !== 'cose-bilkent') return false;
    performance.mark('kg:incremental-layout-start');
    const placed = placeNew(this.cy, this.cy.elements().not('.hidden'), start);
    if (!placed) return false;
    const run = ++this.#layoutRun;
    if (placed.settle) await this.#settle(placed.settle, placed.kept.intersection(placed.settle), run);
    if (!this.#alive || run !== this.#layoutRun) return true;
    performance.measure('kg:incremental-layout', 'kg:incremental-layout-start');
    this.fit();
    this.#updateEdgeLabels();
    return true;
  }

  /** cose-bilkent over `eles` from where they are, `held` kept: in the worker, on the page if it fails. */
  async #settle(eles: cytoscape.Collection, held: cytoscape.Collection, run: number): Promise<void> {
    const onPage = () => settle(eles, held, layoutOptions('cose-bilkent', INCREMENTAL) as cytoscape.LayoutOptions);
    if (typeof Worker === 'undefined' || !this.cy.container()) return onPage();
    const nodes = eles.nodes();
    const request = await this.#coseRequest(eles, false);
    const from = { positions: new Float32Array(nodes.length * 2), held: new Uint8Array(nodes.length) };
    nodes.forEach((n, i) => {
      from.positions[2 * i] = n.position('x');
      from.positions[2 * i + 1] = n.position('y');
      from.held[i] = held.has(n) ? 1 : 0;
    });
    let positions: Float32Array;
    try {
      positions = await coseInWorker({ ...request, aspect: this.#aspect(), from });
    } catch {
      if (this.#alive && run === this.#layoutRun) onPage();
      return;
    }
    if (!this.#alive || run !== this.#layoutRun) return;
    // The held nodes are not written back: they stay exactly where the user saw them.
    this.cy.batch(() => nodes.forEach((n, i) => void (from.held[i] === 1 || n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! }))));
  }

  /** Where every node is now, to start the next graph's layout from. */
  nodePositions(): Map<string, Point> {
    return positionsOf(this.cy);
  }

  async #relayoutInWorker(eles: cytoscape.CollectionReturnValue, name: LayoutName): Promise<void> {
    const nodes = eles.nodes();
    const start = new Float32Array(nodes.length * 2);
    nodes.forEach((n, i) => {
      start[2 * i] = n.position('x');
      start[2 * i + 1] = n.position('y');
    });
    const positions = await this.#workerPositions(
      nodes.map((n) => ({ group: 'nodes', data: n.data() })),
      eles.edges().map((e) => ({ group: 'edges', data: e.data() })),
      name,
      start,
    ).catch((error: unknown) => {
      if (error instanceof DOMException && error.name === 'AbortError') return null;
      throw error;
    });
    if (!positions || !this.#alive) return;
    this.cy.batch(() => {
      nodes.forEach((n, i) => {
        n.position({ x: positions[2 * i]!, y: positions[2 * i + 1]! });
      });
    });
    this.fit();
  }

  /** The view state last applied: elements added by a patch get it too. */
  #viewState: ViewState | null = null;

  /** Whether apply() has run: the layout's fit was made before anything was hidden. */
  #applied = false;

  /** Applies visibility, selection, focus and search highlights (a big graph's many changes a slice a frame). */
  apply(state: ViewState): void {
    // A restyle still running is drawn as far as it went; this one's changes include the rest.
    this.#held?.end();
    this.#held = null;
    this.#viewState = state;
    const cy = this.cy;
    const first = !this.#applied;
    this.#applied = true;
    const overlay = this.#overlay;
    // Only elements whose state changes are touched: each class change
    // costs Cytoscape a restyle of that element.
    const changes: ClassChange[] = [];
    const want = (ele: cytoscape.SingularElementArgument, cls: string, on: boolean) => {
      if (ele.hasClass(cls) !== on) changes.push([ele, cls, on]);
    };
    const path = state.path ?? null;
    cy.nodes().forEach((n) => {
      const key = graphKeyOf(n);
      want(n, 'hidden', !state.visibleNodes.has(key));
      if (!overlay) want(n, 'match', state.matches.has(key));
      const bright = path ? path.nodes : state.focus;
      want(n, 'faded', bright !== null && !bright.has(key));
      // A big graph's path is drawn on the overlay.
      if (!overlay) want(n, 'on-path', path !== null && path.nodes.has(key));
    });
    cy.edges().forEach((e) => {
      const key = graphKeyOf(e);
      want(e, 'hidden', !state.visibleEdges.has(key));
      const inFocus = state.focus === null || (state.focus.has(graphKeyOf(e.source())) && state.focus.has(graphKeyOf(e.target())));
      want(e, 'faded', path ? !path.edges.has(key) : !inFocus);
      if (!overlay) want(e, 'on-path', path !== null && path.edges.has(key));
    });
    void this.#restyle(changes, overlay !== null, ++this.#restyleRun).then(() => {
      // The first view fits what is shown, not what the layout placed (unconnected nodes may be hidden).
      if (first && !overlay && changes.some(([, cls]) => cls === 'hidden')) this.#fitFirstView();
      // Restyled elements drop out of the cached pictures: remade once all are restyled.
      if (changes.length > 0) this.#prewarmLevels(PREWARM_AFTER_CHANGE_MS);
    });
    if (overlay) {
      overlay.set({ selection: state.selection, matches: state.matches, path });
      return;
    }
    cy.batch(() => {
      cy.elements('.selected, .neighbour, .incident').removeClass('selected neighbour incident');
      const sel = state.selection;
      const ele = sel ? cy.getElementById(this.#ids.of(sel)) : cy.collection();
      if (ele.empty()) return;
      ele.addClass('selected');
      if (ele.isNode()) {
        ele.connectedEdges().not('.hidden').addClass('incident');
        ele.neighborhood('node').not('.hidden').addClass('neighbour');
      } else {
        (ele as EdgeSingular).connectedNodes().addClass('neighbour');
      }
    });
  }

  /** Which run of #restyle is current; an older one stops (the newer one's changes include what it left). */
  #restyleRun = 0;
  /** The batch a big graph's restyle holds Cytoscape's drawing in, while it runs. */
  #held: HeldRestyle | null = null;

  /**
   * Class changes: an ordinary graph's at once; a big graph's in tasks of
   * RESTYLE_SLICE_MS, with nothing drawn until the last (held-restyle.ts):
   * each slice drawn in between cost a redraw of the whole graph.
   */
  async #restyle(changes: readonly ClassChange[], sliced: boolean, run: number): Promise<void> {
    if (!sliced || changes.length === 0) {
      this.cy.batch(() => changes.forEach(([ele, cls, on]) => ele.toggleClass(cls, on)));
      return;
    }
    const held = (this.#held = new HeldRestyle(this.cy));
    try {
      let i = 0;
      while (i < changes.length) {
        // Not in the task that asked (a brush's, a filter's): that one has its own work.
        await nextTask();
        if (!this.#alive || run !== this.#restyleRun) return;
        const start = performance.now();
        while (i < changes.length && performance.now() - start < RESTYLE_SLICE_MS) {
          held.change(changes.slice(i, i + RESTYLE_STEP));
          i += RESTYLE_STEP;
        }
      }
    } finally {
      if (this.#held === held) this.#held = null;
      if (this.#alive) held.end();
    }
  }

  /** Fits the visible elements (or the given nodes, by graph key, and the edges between them) into the window. */
  fit(ids?: Iterable<string>, animate = false): void {
    const cy = this.cy;
    const picked = cy.collection();
    for (const id of ids ?? []) picked.merge(cy.getElementById(this.#ids.node(id)));
    // Labels of a big graph are not drawn at the zoom that fits it; measuring every element would cost a long task.
    const shown = picked.nonempty() ? picked.union(picked.edgesWith(picked)) : this.#large ? null : cy.elements().not('.hidden');
    const bb = shown ? (shown.empty() ? null : shown.boundingBox()) : nodesBox(cy.nodes());
    if (bb) this.#fitTo(bb, animate);
    // A fit of some elements (focus) is the user's view of them, not the whole graph's.
    this.#fitted = picked.empty();
  }

  /**
   * Each node's box as the cose worker laid it out, and where the node then was. The first view is
   * fitted to these while no node has moved: measuring the drawing again (labels, edges) was the
   * longest task of opening the seeds after the first draw.
   */
  #laidBoxes = new Map<string, { x: number; y: number; box: CoseNode }>();

  #fitFirstView(): void {
    const cy = this.cy;
    const shown = cy.nodes().filter((n) => !n.hasClass('hidden'));
    const boxes = shown.map((n: NodeSingular) => {
      const laid = this.#laidBoxes.get(n.id());
      const p = n.position();
      return laid && laid.x === p.x && laid.y === p.y ? laid : null;
    });
    if (shown.empty() || boxes.includes(null)) return this.fit();
    this.#fitTo(boxesBound(boxes as { x: number; y: number; box: CoseNode }[]));
    this.#fitted = true;
  }

  #fitTo(bb: { x1: number; x2: number; y1: number; y2: number; w: number; h: number }, animate = false): void {
    const cy = this.cy;
    // A panel may just have opened or closed: measure before fitting. A
    // viewport animation still running would undo the fit when it ends.
    cy.resize();
    cy.stop(true);
    if (cy.width() <= 0 || cy.height() <= 0) return;
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * FIT_PADDING) / Math.max(bb.w, 1), (cy.height() - 2 * FIT_PADDING) / Math.max(bb.h, 1)));
    const pan = { x: (cy.width() - zoom * (bb.x1 + bb.x2)) / 2, y: (cy.height() - zoom * (bb.y1 + bb.y2)) / 2 };
    if (animate && cy.container()) cy.animate({ zoom, pan }, { duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  /** Centres a node or an edge, zooming in if labels would be too small to read. */
  centreOn(target: GraphRef, animate = true): void {
    this.cy.resize();
    this.cy.stop(true);
    const ele = this.cy.getElementById(this.#ids.of(target));
    if (ele.empty()) return;
    this.#fitted = false;
    const zoom = Math.max(this.cy.zoom(), 1);
    const options = { center: { eles: ele }, zoom };
    if (animate && this.cy.container()) this.cy.animate(options, { duration: 300 });
    else {
      this.cy.zoom(zoom);
      this.cy.center(ele);
    }
  }

  /** The shown nodes where they are drawn (CSS pixels in the container), by graph key: what keyboard moves choose from. */
  shownNodePoints(): NodePoint[] {
    return this.cy.nodes().not('.hidden').map((n) => {
      const { x, y } = (n as NodeSingular).renderedPosition();
      return { id: graphKeyOf(n), x, y };
    });
  }

  /** The middle of the canvas, in CSS pixels in the container. */
  centre(): { x: number; y: number } {
    return { x: this.cy.width() / 2, y: this.cy.height() / 2 };
  }

  /** Zooms about the middle of the canvas by `factor` (keyboard + and −). */
  zoomBy(factor: number): void {
    this.cy.stop(true);
    this.#fitted = false;
    const level = Math.max(this.cy.minZoom(), Math.min(this.cy.maxZoom(), this.cy.zoom() * factor));
    this.cy.zoom({ level, renderedPosition: this.centre() });
  }

  /** Moves the view by (dx, dy) CSS pixels (keyboard Shift+arrows). */
  panBy(dx: number, dy: number): void {
    this.cy.stop(true);
    this.#fitted = false;
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Where a node or an edge is drawn, in CSS pixels relative to the container. */
  renderedPosition(target: GraphRef): { x: number; y: number } | null {
    const ele = this.cy.getElementById(this.#ids.of(target));
    if (ele.empty()) return null;
    return ele.isNode() ? (ele as NodeSingular).renderedPosition() : (ele as EdgeSingular).renderedMidpoint();
  }

  /** The container's new size; a view still fitted to the whole graph is fitted again when it grows (a wider window, a panel closed). */
  resize(): void {
    const [width, height] = [this.cy.width(), this.cy.height()];
    this.cy.resize();
    this.#overlay?.resize();
    if (this.#fitted && (this.cy.width() > width || this.cy.height() > height)) this.fit();
  }

  /**
   * Shows `graph` in place of the graph drawn, changing only the elements
   * `touched` names (all of them when null): no layout, kept nodes stay where
   * they are, a new node goes beside its drawn neighbours. False (nothing
   * changed) when it cannot be done; the caller then makes a new canvas.
   */
  patch(graph: KnowledgeGraph, touched: Touched | null): boolean {
    const cy = this.cy;
    const drawn: DrawnData = (id) => {
      const ele = cy.getElementById(id);
      return ele.empty() ? undefined : (ele.data() as Record<string, unknown>);
    };
    const everything = () => cy.elements().map((e) => ({ id: e.id(), key: graphKeyOf(e), group: e.isNode() ? ('nodes' as const) : ('edges' as const) }));
    const patch = elementPatch(graph, this.#ids, drawn, touched, everything);
    if (!patch.fits) return false;
    if (patch.remove.length + patch.add.length + patch.update.length === 0) return true;
    cy.batch(() => {
      for (const id of patch.remove) cy.getElementById(id).remove();
      for (const { id, data } of patch.update) {
        const ele = cy.getElementById(id);
        const gone = Object.keys(data).filter((k) => data[k] === undefined);
        if (gone.length) ele.removeData(gone.join(' '));
        ele.data(Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)));
      }
      const view = cy.extent();
      for (const e of patch.add) {
        if (e.group !== 'nodes') continue;
        const key = String(e.data.id);
        const near = graph.hasNode(key) ? graph.neighbors(key).map((n) => cy.getElementById(this.#ids.node(n))).filter((n) => n.nonempty() && n.isNode()) : [];
        const at = near.length
          ? { x: near.reduce((s, n) => s + (n as NodeSingular).position('x'), 0) / near.length + 40, y: near.reduce((s, n) => s + (n as NodeSingular).position('y'), 0) / near.length + 40 }
          : { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
        e.position = at;
        if (this.#large) e.pannable = true;
      }
      const added = cy.add(patch.add);
      if (this.#edgeLabels) added.edges().addClass('labelled');
    });
    // The filters, selection and highlights (as last applied) for the new elements too.
    if (patch.add.length && this.#viewState) this.apply(this.#viewState);
    this.#prewarmLevels(PREWARM_AFTER_CHANGE_MS);
    return true;
  }

  /** Restyles the canvas in the page's new theme. */
  setTheme(theme: CanvasTheme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.cy.style(graphStylesheet({ large: this.#large, theme }));
  }

  png(request: PngRequest): Promise<PngResult> {
    // The hover highlight belongs to the pointer, not to the picture.
    this.cy.elements('.hover').removeClass('hover');
    if (this.#theme === LIGHT_CANVAS) return exportPng(this.cy, request);
    // A picture is printed: drawn in the light theme. Cytoscape draws it
    // before exportPng's first await, so the page's canvas never shows it.
    const theme = this.#theme;
    this.#theme = LIGHT_CANVAS;
    this.cy.style(graphStylesheet({ large: this.#large, theme: LIGHT_CANVAS }));
    try {
      return exportPng(this.cy, request);
    } finally {
      this.setTheme(theme);
    }
  }

  destroy(): void {
    this.#alive = false;
    this.#run?.cancel();
    this.#overlay?.destroy();
    this.cy.destroy();
  }
}

/** The box around the shown nodes' shapes, from their positions (edges lie between nodes); null when none is shown. */
function nodesBox(nodes: cytoscape.NodeCollection): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((n) => {
    if (n.hasClass('hidden')) return;
    const { x, y } = n.position();
    const r = n.outerWidth() / 2;
    x1 = Math.min(x1, x - r);
    y1 = Math.min(y1, y - r);
    x2 = Math.max(x2, x + r);
    y2 = Math.max(y2, y + r);
  });
  return x1 > x2 ? null : { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** The box around laid-out boxes (labels included), each at its node's position. */
function boxesBound(laid: readonly { x: number; y: number; box: CoseNode }[]): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y, box } of laid) {
    x1 = Math.min(x1, x + box.dx - box.w / 2);
    y1 = Math.min(y1, y + box.dy - box.h / 2);
    x2 = Math.max(x2, x + box.dx + box.w / 2);
    y2 = Math.max(y2, y + box.dy + box.h / 2);
  }
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}
