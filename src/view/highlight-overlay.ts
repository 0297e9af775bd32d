// Highlights of a big graph (selection, its neighbours and edges, search
// matches, the path shown, the hovered node) drawn on a canvas of their own above
// Cytoscape's. In a big graph Cytoscape draws everything from one cached
// texture; a class change on any element throws that texture away, and
// redrawing thousands of elements took 300–700 ms here at 5,000 nodes, on
// every hover and every click. Drawing the few highlighted elements ourselves
// keeps Cytoscape's texture valid.
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import type { ElementIds } from '../core/io/element-ids.ts';
import { HIGHLIGHT, SELECTED } from './style.ts';

/** What to highlight, by graph key. */
export interface Highlights {
  selection: { type: 'node' | 'edge'; id: string } | null;
  matches: ReadonlySet<string>;
  hover: string | null;
  /** The path shown: its nodes and edges. */
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
}

const NONE: Highlights = { selection: null, matches: new Set(), hover: null, path: null };
/** Above this many neighbours only the selected node's label is drawn: more would be a blot. */
const MAX_LABELLED_NEIGHBOURS = 40;
const FONT = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export class HighlightOverlay {
  readonly canvas: HTMLCanvasElement;
  #cy: Core;
  #ids: ElementIds;
  #state: Highlights = NONE;
  #frame = 0;
  /** Whether the canvas shows anything (so an empty state still clears it once). */
  #drawn = false;

  constructor(cy: Core, container: HTMLElement, ids: ElementIds) {
    this.#cy = cy;
    this.#ids = ids;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'kg-highlights';
    Object.assign(this.canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '4' });
    container.appendChild(this.canvas);
    this.resize();
    // After each Cytoscape frame (pan, zoom, layout), so the highlights move with the graph.
    cy.on('render', this.#request);
  }

  set(state: Partial<Highlights>): void {
    this.#state = { ...this.#state, ...state };
    this.#request();
  }

  resize(): void {
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(this.#cy.width() * ratio);
    this.canvas.height = Math.round(this.#cy.height() * ratio);
    this.canvas.style.width = `${this.#cy.width()}px`;
    this.canvas.style.height = `${this.#cy.height()}px`;
    this.#request();
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    this.#cy.off('render', this.#request);
    this.canvas.remove();
  }

  #request = (): void => {
    // Cytoscape renders often; with nothing highlighted and nothing drawn there is nothing to redraw.
    if (this.#frame || (!this.#drawn && isEmpty(this.#state))) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#draw();
    });
  };

  #draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const ratio = this.canvas.width / Math.max(1, this.#cy.width());
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.#drawn = !isEmpty(this.#state);
    const { selection, matches, hover, path } = this.#state;
    const shown = (ele: SingularElementArgument) => ele.nonempty() && !ele.hasClass('hidden');
    for (const id of matches) {
      const n = this.#cy.getElementById(this.#ids.node(id)) as NodeSingular;
      if (shown(n) && n.isNode()) disc(ctx, n, 7, HIGHLIGHT, 0.55);
    }
    const labelled: NodeSingular[] = [];
    if (path) {
      for (const id of path.edges) {
        const e = this.#cy.getElementById(this.#ids.edge(id)) as EdgeSingular;
        if (shown(e) && e.isEdge()) line(ctx, e, 5, HIGHLIGHT);
      }
      for (const id of path.nodes) {
        const n = this.#cy.getElementById(this.#ids.node(id)) as NodeSingular;
        if (!shown(n) || !n.isNode()) continue;
        disc(ctx, n, 6, HIGHLIGHT, 0.6);
        ring(ctx, n, 3, SELECTED);
        labelled.push(n);
      }
    }
    if (selection) {
      const ele = this.#cy.getElementById(this.#ids.of(selection));
      if (shown(ele) && ele.isNode()) {
        const node = ele as NodeSingular;
        const edges = (node.connectedEdges().toArray() as EdgeSingular[]).filter(shown);
        const neighbours = (node.neighborhood('node').toArray() as NodeSingular[]).filter(shown);
        edges.forEach((e) => line(ctx, e, 2.5, HIGHLIGHT));
        neighbours.forEach((n) => ring(ctx, n, 2, SELECTED));
        disc(ctx, node, 8, HIGHLIGHT, 0.7);
        ring(ctx, node, 4, SELECTED);
        labelled.push(node, ...(neighbours.length <= MAX_LABELLED_NEIGHBOURS ? neighbours : []));
      } else if (shown(ele) && ele.isEdge()) {
        const edge = ele as EdgeSingular;
        line(ctx, edge, 6, HIGHLIGHT);
        const ends = edge.connectedNodes().toArray() as NodeSingular[];
        ends.forEach((n) => ring(ctx, n, 2.5, SELECTED));
        labelled.push(...ends);
      }
    }
    if (hover) {
      const n = this.#cy.getElementById(this.#ids.node(hover)) as NodeSingular;
      if (shown(n) && n.isNode()) {
        ring(ctx, n, 2, 'rgba(17, 24, 39, 0.45)');
        labelled.push(n);
      }
    }
    for (const n of new Set(labelled)) label(ctx, n);
  }
}

const isEmpty = (h: Highlights) => h.selection === null && h.matches.size === 0 && h.hover === null && h.path === null;

const radius = (n: NodeSingular) => n.renderedOuterWidth() / 2;

function disc(ctx: CanvasRenderingContext2D, n: NodeSingular, pad: number, colour: string, alpha: number): void {
  const p = n.renderedPosition();
  ctx.globalAlpha = alpha;
  ctx.fillStyle = colour;
  ctx.beginPath();
  ctx.arc(p.x, p.y, radius(n) + pad, 0, 2 * Math.PI);
  ctx.fill();
  ctx.globalAlpha = 1;
}

function ring(ctx: CanvasRenderingContext2D, n: NodeSingular, width: number, colour: string): void {
  const p = n.renderedPosition();
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(p.x, p.y, radius(n) + width / 2, 0, 2 * Math.PI);
  ctx.stroke();
}

function line(ctx: CanvasRenderingContext2D, e: EdgeSingular, width: number, colour: string): void {
  const a = e.source().renderedPosition();
  const b = e.target().renderedPosition();
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.stroke();
}

/** The node's name under it, on a white halo: a big graph's own labels are hidden at low zoom. */
function label(ctx: CanvasRenderingContext2D, n: NodeSingular): void {
  const text = String(n.data('label') ?? '');
  if (!text) return;
  const p = n.renderedPosition();
  const y = p.y + radius(n) + 14;
  ctx.font = FONT;
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  ctx.strokeText(text, p.x, y);
  ctx.fillStyle = SELECTED;
  ctx.fillText(text, p.x, y);
}
