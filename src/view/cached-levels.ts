// Cytoscape caches a big graph's picture at each zoom level (a power of two)
// the view reaches, and the first frame at a level queues every element to
// be drawn into it, in one task: 80–190 ms at 5,000–10,000 nodes here, at
// the first frame and in the middle of a zoom. Here they are queued in
// time-boxed slices instead: when a frame asks for a level (our patch's
// hook), before the first frame, and afterwards, one level at a time, for
// the levels the user can zoom to. Cytoscape then draws the queued elements
// a few per frame, as it would. This mirrors what its layered texture cache
// does when it queues a level (LTCp.getLayers in cytoscape 3.34, one layer
// per level).
import type { Core, SingularElementArgument } from 'cytoscape';
import { rendererOf, type Layer } from './cytoscape-internals.ts';
import { inSlices, nextTask } from './staged-load.ts';

/** Cytoscape's cached levels (its layered texture cache's minLvl and maxLvl). */
const LEVELS = { min: -4, max: 2 } as const;
/**
 * The largest picture cached, a quarter of Cytoscape's own limit: the first
 * drawing into a 4,000 × 4,000 canvas allocates it, 180 ms here; a zoom that
 * needs more is drawn without a cached picture, from fewer elements in view.
 */
const MAX_LAYER_AREA = 2048 * 2048;
const MAX_LAYER_SIDE = 8192;
const POLL_MS = 150;
/** Elements measured or queued between checks of the time budget (a dirty bounding box costs ~0.2 ms). */
const STEP = 100;

/** The level Cytoscape draws the current zoom from. */
function levelInView(cy: Core, pixelRatio: number): number {
  return Math.min(LEVELS.max, Math.max(LEVELS.min, Math.ceil(Math.log2(cy.zoom() * pixelRatio))));
}

function parts(cy: Core) {
  const renderer = rendererOf(cy);
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer?.overviewDraw || !cache?.makeLayer || !renderer.getCachedZSortedEles) return null;
  return { renderer, cache, zSorted: renderer.getCachedZSortedEles.bind(renderer), pixelRatio: renderer.getPixelRatio?.() ?? 1 };
}

/**
 * Queues the elements for the cached picture at `level`, in slices, unless
 * that level has one already or its picture would be too big to cache.
 * Stops when `alive()` turns false or the elements change.
 */
export async function queueLevel(cy: Core, level: number, alive: () => boolean): Promise<void> {
  const p = parts(cy);
  if (!p) return;
  const eles = p.zSorted().nondrag ?? [];
  const current = () => alive() && !cy.destroyed() && p.zSorted().nondrag === eles;
  const layers = (p.cache.layersByLevel[level] ??= []);
  if (layers.length > 0 || p.cache.levelTooBig?.[level] === eles) return;
  const bb = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
  await inSlices(eles.length, STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const b = eles[i]!.boundingBox();
      [bb.x1, bb.y1, bb.x2, bb.y2] = [Math.min(bb.x1, b.x1), Math.min(bb.y1, b.y1), Math.max(bb.x2, b.x2), Math.max(bb.y2, b.y2)];
    }
  }, current);
  if (!current() || eles.length === 0) return;
  [bb.w, bb.h] = [bb.x2 - bb.x1, bb.y2 - bb.y1];
  const scale = 2 ** level;
  const [w, h] = [Math.ceil(bb.w * scale), Math.ceil(bb.h * scale)];
  if (w > MAX_LAYER_SIDE || h > MAX_LAYER_SIDE || w * h > MAX_LAYER_AREA) {
    (p.cache.levelTooBig ??= {})[level] = eles;
    // The view may show another level's picture scaled meanwhile; drawn again, it is sharp.
    cy.forceRender();
    return;
  }
  // A frame may have started this level meanwhile.
  if (layers.length > 0) return;
  const layer = p.cache.makeLayer(bb, level);
  // Allocated now, in this task, rather than by the first element drawn into it in a frame.
  layer.context.putImageData(layer.context.createImageData(1, 1), 0, 0);
  layers.push(layer);
  await inSlices(eles.length, STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const ele = eles[i]!;
      const rscratch = (ele as unknown as { _private: { rscratch: { imgLayerCaches?: Record<number, Layer | null> } } })._private.rscratch;
      const caches = (rscratch.imgLayerCaches ??= {});
      if (caches[level]) continue;
      p.cache.queueLayer(layer, ele);
      layer.eles.push(ele);
      caches[level] = layer;
    }
  }, current);
}

/** Has frames of `cy` ask for a level to be queued in slices rather than queue it themselves. */
export function installLevelQueue(cy: Core, alive: () => boolean): void {
  const renderer = rendererOf(cy);
  if (!renderer) return;
  const queueing = new Set<number>();
  renderer.queueLevel = (level) => {
    if (queueing.has(level)) return;
    queueing.add(level);
    void queueLevel(cy, level, alive).finally(() => queueing.delete(level));
  };
}

/** Before the first frame: sorts the elements by z-order, then queues the level in view. */
export async function queueFirstFrame(cy: Core, alive: () => boolean): Promise<void> {
  const p = parts(cy);
  if (!p) return;
  p.zSorted();
  await nextTask();
  await queueLevel(cy, levelInView(cy, p.pixelRatio), alive);
}

/**
 * Queues the levels around the current zoom, nearest first, each once
 * Cytoscape has drawn what is queued (queueing more would slow the level in
 * view), until `alive()` turns false.
 */
export async function prewarmLevels(cy: Core, alive: () => boolean): Promise<void> {
  const p = parts(cy);
  if (!p) return;
  for (const level of byDistance(levelInView(cy, p.pixelRatio))) {
    while (p.cache.layersQueue.size() > 0) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (!alive() || cy.destroyed()) return;
    }
    await queueLevel(cy, level, alive);
    if (!alive() || cy.destroyed()) return;
  }
}

/** The levels from `current` outwards: current, +1, −1, +2, −2, … within Cytoscape's range. */
export function byDistance(current: number): number[] {
  const levels: number[] = [];
  for (let d = 0; levels.length < LEVELS.max - LEVELS.min + 1; d++) {
    if (current + d <= LEVELS.max && current + d >= LEVELS.min) levels.push(current + d);
    if (d > 0 && current - d >= LEVELS.min && current - d <= LEVELS.max) levels.push(current - d);
  }
  return levels;
}
