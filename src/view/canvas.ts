// The Cytoscape adapter: builds the canvas from a graph and applies view
// state (visibility, selection, focus, search matches) to it. It reports user
// gestures through callbacks and never edits the model.
import cytoscape from 'cytoscape';
import type { Core, EventObject, NodeSingular, EdgeSingular } from 'cytoscape';
import type { KnowledgeGraph } from '../core/schema.ts';
import { toCytoscapeElements } from './elements.ts';
import { graphStylesheet } from './style.ts';
import { layoutOptions, registerCoseBilkent, DEFAULT_LAYOUT, type LayoutName } from './layouts.ts';
import { layoutInPieces } from './arrange.ts';
import { exportPng, type PngRequest, type PngResult } from './image-export.ts';

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
}

export interface ViewState {
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  selection: Selection;
  /** Nodes kept bright while focusing; null when focus mode is off. */
  focus: ReadonlySet<string> | null;
  matches: ReadonlySet<string>;
}

export interface CanvasOptions extends CanvasCallbacks {
  container: HTMLElement | undefined;
  graph: KnowledgeGraph;
  layout?: LayoutName;
  /** Headless mode for tests: no container, no rendering. */
  headless?: boolean;
}

const FIT_PADDING = 32;
/** Fitting never zooms in past this: a tiny graph would be drawn huge. */
const MAX_FIT_ZOOM = 1.25;
/** Zoom from which 10 px edge labels are readable. */
export const EDGE_LABEL_ZOOM = 0.95;

export class GraphCanvas {
  readonly cy: Core;
  #callbacks: CanvasCallbacks;

  constructor(options: CanvasOptions) {
    registerCoseBilkent();
    this.#callbacks = options;
    this.cy = cytoscape({
      container: options.container,
      headless: options.headless ?? false,
      elements: toCytoscapeElements(options.graph),
      style: graphStylesheet(),
      layout: { name: 'preset', fit: false },
      // The app owns the selection; Cytoscape only reports taps.
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 6,
      wheelSensitivity: 0.4,
    });
    this.#bindEvents();
    this.runLayout(options.layout ?? DEFAULT_LAYOUT);
    this.#callbacks.onReady?.();
  }

  #bindEvents(): void {
    const cy = this.cy;
    cy.on('tap', 'node', (e: EventObject) => this.#callbacks.onSelect?.({ type: 'node', id: (e.target as NodeSingular).id() }));
    cy.on('tap', 'edge', (e: EventObject) => this.#callbacks.onSelect?.({ type: 'edge', id: (e.target as EdgeSingular).id() }));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) this.#callbacks.onSelect?.(null);
    });
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      const target = e.target as NodeSingular | EdgeSingular;
      target.addClass('hover');
      const point = target.isNode() ? (target as NodeSingular).renderedPosition() : (target as EdgeSingular).renderedMidpoint();
      this.#setCursor('pointer');
      this.#callbacks.onHover?.({ type: target.isNode() ? 'node' : 'edge', id: target.id(), x: point.x, y: point.y });
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      (e.target as NodeSingular).removeClass('hover');
      this.#setCursor('');
      this.#callbacks.onHover?.(null);
    });
    // A hover card would float away from its node when the view moves.
    cy.on('viewport drag', () => this.#callbacks.onHover?.(null));
    cy.on('zoom', () => this.#updateEdgeLabels());
  }

  /** Whether edges carry the `labelled` class; none do at first. */
  #edgeLabels = false;

  #updateEdgeLabels(): void {
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
  runLayout(name: LayoutName): void {
    const eles = this.cy.elements().not('.hidden');
    if (eles.empty()) return;
    const options = layoutOptions(name, { fit: false }) as cytoscape.LayoutOptions;
    if (name === 'cose-bilkent') {
      const aspect = this.cy.width() > 0 && this.cy.height() > 0 ? this.cy.width() / this.cy.height() : 4 / 3;
      layoutInPieces(this.cy, eles, options, aspect);
    } else {
      eles.layout(options).run();
    }
    this.fit();
    this.#updateEdgeLabels();
  }

  /** Applies visibility, selection, focus and search highlights in one batch. */
  apply(state: ViewState): void {
    const cy = this.cy;
    // Only elements whose state changes are touched: each class change
    // costs Cytoscape a restyle of that element.
    const set = (ele: cytoscape.SingularElementArgument, cls: string, on: boolean) => {
      if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
    };
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        set(n, 'hidden', !state.visibleNodes.has(n.id()));
        set(n, 'match', state.matches.has(n.id()));
        set(n, 'faded', state.focus !== null && !state.focus.has(n.id()));
      });
      cy.edges().forEach((e) => {
        set(e, 'hidden', !state.visibleEdges.has(e.id()));
        const inFocus = state.focus === null || (state.focus.has(e.source().id()) && state.focus.has(e.target().id()));
        set(e, 'faded', !inFocus);
      });
      cy.elements('.selected, .neighbour, .incident').removeClass('selected neighbour incident');
      const sel = state.selection;
      if (sel) {
        const ele = cy.getElementById(sel.id);
        if (ele.nonempty()) {
          ele.addClass('selected');
          if (ele.isNode()) {
            ele.connectedEdges().not('.hidden').addClass('incident');
            ele.neighborhood('node').not('.hidden').addClass('neighbour');
          } else {
            (ele as EdgeSingular).connectedNodes().addClass('neighbour');
          }
        }
      }
    });
  }

  /** Fits the visible elements (or the given ones) into the window. */
  fit(ids?: Iterable<string>, animate = false): void {
    const cy = this.cy;
    // A panel may just have opened or closed: measure before fitting. A
    // viewport animation still running would undo the fit when it ends.
    cy.resize();
    cy.stop(true);
    let eles = cy.elements().not('.hidden');
    if (ids) {
      const picked = cy.collection();
      for (const id of ids) picked.merge(cy.getElementById(id));
      if (picked.nonempty()) eles = picked.union(picked.edgesWith(picked));
    }
    if (eles.empty() || cy.width() <= 0 || cy.height() <= 0) return;
    const bb = eles.boundingBox();
    const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, (cy.width() - 2 * FIT_PADDING) / Math.max(bb.w, 1), (cy.height() - 2 * FIT_PADDING) / Math.max(bb.h, 1)));
    const pan = { x: (cy.width() - zoom * (bb.x1 + bb.x2)) / 2, y: (cy.height() - zoom * (bb.y1 + bb.y2)) / 2 };
    if (animate && cy.container()) cy.animate({ zoom, pan }, { duration: 300 });
    else cy.viewport({ zoom, pan });
  }

  /** Centres an element, zooming in if labels would be too small to read. */
  centreOn(id: string, animate = true): void {
    this.cy.resize();
    this.cy.stop(true);
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    const options = { center: { eles: ele }, zoom };
    if (animate && this.cy.container()) this.cy.animate(options, { duration: 300 });
    else {
      this.cy.zoom(zoom);
      this.cy.center(ele);
    }
  }

  /** Where an element is drawn, in CSS pixels relative to the container. */
  renderedPosition(id: string): { x: number; y: number } | null {
    const ele = this.cy.getElementById(id);
    if (ele.empty()) return null;
    return ele.isNode() ? (ele as NodeSingular).renderedPosition() : (ele as EdgeSingular).renderedMidpoint();
  }

  resize(): void {
    this.cy.resize();
  }

  png(request: PngRequest): Promise<PngResult> {
    // The hover highlight belongs to the pointer, not to the picture.
    this.cy.elements('.hover').removeClass('hover');
    return exportPng(this.cy, request);
  }

  destroy(): void {
    this.cy.destroy();
  }
}
