// A plain, fast drawing of a big graph for the frames where Cytoscape would
// draw thousands of elements one by one: while its cached picture of the
// whole graph at the zoom in view is still being made (see cached-levels.ts)
// and at zooms where no such picture fits. One by
// one costs ~25 µs an element here (450 ms a frame at 5,000 nodes); this
// draws each colour's edges as one path and each kind's nodes as one path,
// without labels, which are unreadable at that density anyway. Written by
// hand: Cytoscape offers no cheaper canvas mode, and its hook is our patch.
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';
import { pstyle, rendererOf, styleKeyOf, type Extent } from './cytoscape-internals.ts';

/** From this many elements in view, drawing one by one would take over ~40 ms a frame here. */
export const OVERVIEW_MIN_ELEMENTS = 1500;

/** How an element is drawn plainly; the same for all elements of one Cytoscape style key. */
export interface Paint {
  /** Elements with equal batch keys go in one path. */
  batch: string;
  shown: boolean;
  colour: string;
  alpha: number;
  /** Line width of an edge; half width and height of a node. */
  width: number;
  halfW: number;
  halfH: number;
  /** The node's shape as a unit polygon; null for an ellipse. */
  polygon: ArrayLike<number> | null;
}

interface Batch {
  paint: Paint;
  eles: SingularElementArgument[];
  /** Each node's half width and height: nodes of one batch differ in size. */
  halves: number[];
}

type Shapes = Record<string, { points?: ArrayLike<number> } | undefined>;

/** Lets Cytoscape's canvas renderer of `cy` draw many elements plainly; a no-op for other renderers. */
export function installOverviewDraw(cy: Core, minElements = OVERVIEW_MIN_ELEMENTS): void {
  const renderer = rendererOf(cy);
  const onScreen = renderer?.data?.contexts?.[renderer.NODE];
  if (!renderer || !onScreen) return;
  const texture = renderer.data?.bufferContexts?.[renderer.TEXTURE_BUFFER];
  const paints = new Map<unknown, Paint>();
  renderer.overviewDraw = (context, eles, extent) =>
    // Exports and other forced drawings keep Cytoscape's full quality.
    (context === onScreen || context === texture) && drawOverview(context, eles, extent, { shapes: renderer.nodeShapes ?? {}, paints, minElements });
}

export interface OverviewOptions {
  /** Cytoscape's node shapes by name (unit polygons); a shape not there is drawn as an ellipse. */
  shapes: Shapes;
  /** Paints by style key, kept from frame to frame. */
  paints: Map<unknown, Paint>;
  minElements: number;
}

/** Draws the shown elements that reach into the extent plainly, if there are at least `minElements`; false (nothing drawn) otherwise. */
export function drawOverview(ctx: CanvasRenderingContext2D, eles: readonly SingularElementArgument[], extent: Extent, { shapes, paints, minElements }: OverviewOptions): boolean {
  // Style keys of elements restyled since are new keys; old ones pile up.
  if (paints.size > 4096) paints.clear();
  const { edges, nodes, count } = batchesInView(eles, extent, (ele) => paintOf(ele, paints, shapes));
  if (count < minElements) return false;
  drawPlainly(ctx, edges, nodes);
  return true;
}

function paintOf(ele: SingularElementArgument, paints: Map<unknown, Paint>, shapes: Shapes): Paint {
  const key = styleKeyOf(ele);
  let paint = paints.get(key);
  if (!paint) {
    const display = pstyle(ele, 'display').value !== 'none';
    paint = ele.isNode() ? nodePaint(ele, display, shapes) : edgePaint(ele, display);
    if (key != null) paints.set(key, paint);
  }
  return paint;
}

function nodePaint(n: SingularElementArgument, display: boolean, shapes: Shapes): Paint {
  const colour = pstyle(n, 'background-color').strValue;
  const alpha = (pstyle(n, 'opacity').value as number) * (pstyle(n, 'background-opacity').value as number);
  const shape = String(pstyle(n, 'shape').value);
  const points = shapes[shape]?.points;
  return {
    batch: `n ${colour} ${alpha} ${shape}`,
    shown: display && pstyle(n, 'visibility').value === 'visible' && alpha > 0,
    colour,
    alpha,
    width: 0,
    halfW: pstyle(n, 'width').pfValue / 2,
    halfH: pstyle(n, 'height').pfValue / 2,
    polygon: points && points.length >= 6 ? points : null,
  };
}

function edgePaint(e: SingularElementArgument, display: boolean): Paint {
  const colour = pstyle(e, 'line-color').strValue;
  const alpha = (pstyle(e, 'opacity').value as number) * (pstyle(e, 'line-opacity').value as number);
  const width = pstyle(e, 'width').pfValue;
  return { batch: `e ${colour} ${alpha} ${width}`, shown: display && pstyle(e, 'visibility').value === 'visible' && alpha > 0, colour, alpha, width, halfW: 0, halfH: 0, polygon: null };
}

/** The shown elements that reach into the extent, grouped by paint; edges of hidden nodes are not shown. */
function batchesInView(eles: readonly SingularElementArgument[], e: Extent, paintOf: (ele: SingularElementArgument) => Paint): { edges: Map<string, Batch>; nodes: Map<string, Batch>; count: number } {
  const edges = new Map<string, Batch>();
  const nodes = new Map<string, Batch>();
  let count = 0;
  const add = (batches: Map<string, Batch>, paint: Paint, ele: SingularElementArgument) => {
    let batch = batches.get(paint.batch);
    if (!batch) batches.set(paint.batch, (batch = { paint, eles: [], halves: [] }));
    batch.eles.push(ele);
    batch.halves.push(paint.halfW, paint.halfH);
    count++;
  };
  for (const ele of eles) {
    const paint = paintOf(ele);
    if (!paint.shown) continue;
    if (ele.isNode()) {
      const p = (ele as NodeSingular).position();
      if (p.x + paint.halfW >= e.x1 && p.x - paint.halfW <= e.x2 && p.y + paint.halfH >= e.y1 && p.y - paint.halfH <= e.y2) add(nodes, paint, ele);
    } else {
      const source = (ele as EdgeSingular).source();
      const target = (ele as EdgeSingular).target();
      if (!paintOf(source).shown || !paintOf(target).shown) continue;
      const a = source.position();
      const b = target.position();
      if (Math.max(a.x, b.x) >= e.x1 && Math.min(a.x, b.x) <= e.x2 && Math.max(a.y, b.y) >= e.y1 && Math.min(a.y, b.y) <= e.y2) add(edges, paint, ele);
    }
  }
  return { edges, nodes, count };
}

function drawPlainly(ctx: CanvasRenderingContext2D, edges: Map<string, Batch>, nodes: Map<string, Batch>): void {
  ctx.save();
  for (const { paint, eles } of edges.values()) {
    ctx.beginPath();
    for (const e of eles as EdgeSingular[]) {
      const s = e.source().position();
      const t = e.target().position();
      ctx.moveTo(s.x, s.y);
      ctx.lineTo(t.x, t.y);
    }
    ctx.globalAlpha = paint.alpha;
    ctx.strokeStyle = paint.colour;
    ctx.lineWidth = paint.width;
    ctx.stroke();
  }
  for (const { paint, eles, halves } of nodes.values()) {
    ctx.beginPath();
    eles.forEach((n, i) => {
      const p = (n as NodeSingular).position();
      const [hw, hh] = [halves[2 * i]!, halves[2 * i + 1]!];
      if (paint.polygon) polygon(ctx, p.x, p.y, hw, hh, paint.polygon);
      else {
        ctx.moveTo(p.x + hw, p.y);
        ctx.ellipse(p.x, p.y, hw, hh, 0, 0, 2 * Math.PI);
      }
    });
    ctx.globalAlpha = paint.alpha;
    ctx.fillStyle = paint.colour;
    ctx.fill();
  }
  ctx.restore();
}

/** A unit polygon (points in [-1, 1], Cytoscape's node shape) scaled to a node. */
function polygon(ctx: CanvasRenderingContext2D, x: number, y: number, hw: number, hh: number, points: ArrayLike<number>): void {
  const x0 = x + points[0]! * hw;
  const y0 = y + points[1]! * hh;
  ctx.moveTo(x0, y0);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(x + points[i]! * hw, y + points[i + 1]! * hh);
  // Back to the start rather than closePath(), which cost ~20 µs a node here in one long path.
  ctx.lineTo(x0, y0);
}
