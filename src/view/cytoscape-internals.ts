// The parts of Cytoscape that big graphs use and its type declarations leave
// out: an element's parsed style and the canvas renderer (see
// overview-draw.ts, staged-load.ts and patches/cytoscape+*.patch).
import type { Core, SingularElementArgument } from 'cytoscape';

/** A style property as Cytoscape parsed it. */
export interface ParsedStyle {
  value: unknown;
  strValue: string;
  /** In model pixels, for lengths. */
  pfValue: number;
}

/** The element's parsed style property (applying its stylesheet first if needed). */
export const pstyle = (ele: SingularElementArgument, name: string): ParsedStyle =>
  (ele as unknown as { pstyle(name: string): ParsedStyle }).pstyle(name);

/** A hash of all the element's style (equal keys, equal looks), applying its stylesheet first if needed. */
export function styleKeyOf(ele: SingularElementArgument): unknown {
  const own = (ele as unknown as { _private: { styleKey?: unknown; styleDirty?: boolean } })._private;
  if (own.styleDirty || own.styleKey == null) pstyle(ele, 'display');
  return own.styleKey ?? null;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Draws many elements plainly instead of one by one; false to let Cytoscape draw them (our patch's hook). */
export type OverviewDraw = (context: CanvasRenderingContext2D, eles: readonly SingularElementArgument[], extent: Extent) => boolean;

/** The renderer's elements in drawing order, with the ones that take events and the ones not being dragged. */
export type ZSortedElements = SingularElementArgument[] & { interactive: SingularElementArgument[]; nondrag?: SingularElementArgument[] };

/** A cached picture of the whole graph at one zoom level. */
export interface Layer {
  eles: SingularElementArgument[];
  context: CanvasRenderingContext2D;
}

/** Cytoscape's layered texture cache: per level, the layers and which elements they hold. */
export interface LayerCache {
  layersByLevel: Record<number, Layer[] | undefined>;
  /** Levels found too big to cache for these z-sorted elements (our patch). */
  levelTooBig?: Record<number, unknown> | null;
  makeLayer(bb: Extent & { w: number; h: number }, level: number): Layer;
  queueLayer(layer: Layer, ele: SingularElementArgument): void;
  /** Layers waiting for elements to be drawn into them, a few per frame. */
  layersQueue: { size(): number };
}

export interface CanvasRenderer {
  overviewDraw?: OverviewDraw;
  /** Queues the elements for the cached picture at a zoom level, instead of the frame that needs it (our patch's hook). */
  queueLevel?: (level: number) => void;
  /** Recomputes the rendered style of the elements queued for the next frame. */
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => ZSortedElements;
  /** The node and the edge (at most one each) under a point in model coordinates. */
  findNearestElements?: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => SingularElementArgument[];
  getPixelRatio?: () => number;
  nodeShapes?: Record<string, { points?: ArrayLike<number> } | undefined>;
  data?: {
    contexts?: CanvasRenderingContext2D[];
    bufferContexts?: CanvasRenderingContext2D[];
    /** The cached pictures of the whole graph, one set per zoom level (a power of two). */
    lyrTxrCache?: LayerCache;
  };
  NODE: number;
  TEXTURE_BUFFER: number;
}

/** The renderer of a mounted Cytoscape; undefined when headless. */
export const rendererOf = (cy: Core): CanvasRenderer | undefined => (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
