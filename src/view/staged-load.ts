// Big graphs reach the canvas in stages, each short enough never to freeze the
// page: positions come from the cache or from the layout worker, then the
// elements are added to a headless Cytoscape and measured in time-boxed
// slices, yielding to the browser between them.
import type { Core, ElementDefinition } from 'cytoscape';
import { pstyle, rendererOf } from './cytoscape-internals.ts';

/** Main-thread time one slice may take before yielding; well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 30;

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `work(from, to)` over [0, n) in steps of `step`, yielding to the
 * browser whenever a task has used its budget (so a slow machine gets more,
 * shorter tasks rather than longer ones). Stops when `alive()` turns false.
 */
export async function inSlices(n: number, step: number, work: (from: number, to: number) => void, alive: () => boolean, budgetMs = SLICE_BUDGET_MS): Promise<void> {
  let started = performance.now();
  for (let i = 0; i < n && alive(); i += step) {
    work(i, Math.min(n, i + step));
    if (performance.now() - started >= budgetMs) {
      await nextTask();
      started = performance.now();
    }
  }
}

/** The graph as the layout worker takes it: node sizes and edges as index pairs. */
export function layoutInput(nodes: readonly ElementDefinition[], edges: readonly ElementDefinition[]): { ids: string[]; sizes: Float32Array; pairs: Uint32Array } {
  const ids = nodes.map((n) => String(n.data.id));
  const index = new Map(ids.map((id, i) => [id, i]));
  const sizes = Float32Array.from(nodes, (n) => Number(n.data.size) || 30);
  const pairs = new Uint32Array(edges.length * 2);
  let k = 0;
  for (const e of edges) {
    const s = index.get(String(e.data.source));
    const t = index.get(String(e.data.target));
    if (s === undefined || t === undefined || s === t) continue;
    pairs[k++] = s;
    pairs[k++] = t;
  }
  return { ids, sizes, pairs: pairs.slice(0, k) };
}

/**
 * Adds elements (nodes before the edges that need them) in time-boxed slices,
 * styled as they come: styling them all at once later would be one long task.
 */
export function addInSlices(cy: Core, elements: readonly ElementDefinition[], alive: () => boolean): Promise<void> {
  return inSlices(elements.length, 200, (from, to) => void cy.add(elements.slice(from, to)).forEach((ele) => void pstyle(ele, 'display')), alive);
}

/**
 * Mounts a headless Cytoscape (built by addInSlices) on its container;
 * `mounted` runs at once and `beforeFirstFrame` in a task of its own once all
 * is measured, both before the renderer's first frame. The renderer draws nothing
 * while a batch is open, so the bounding boxes and rendered styles it will
 * need (label sizes, edge geometry) are computed in slices first: measuring
 * an element queues its rendered style for the next frame, which is
 * recomputed with each slice instead of all in that frame.
 */
export async function mountInSlices(cy: Core, container: HTMLElement, alive: () => boolean, mounted: () => void = () => {}, beforeFirstFrame: () => void | Promise<void> = () => {}): Promise<void> {
  cy.mount(container);
  mounted();
  // Opened in the same task as the mount, before the renderer's first frame.
  cy.startBatch();
  try {
    const eles = cy.elements();
    const renderer = rendererOf(cy);
    // Small steps: flushing a hub node recomputes all its edges too.
    await inSlices(eles.length, 50, (from, to) => {
      eles.slice(from, to).boundingBox();
      renderer?.flushRenderedStyleQueue?.();
    }, alive);
    await nextTask();
    if (alive()) await beforeFirstFrame();
  } finally {
    if (alive()) cy.endBatch();
  }
}
