// Big graphs reach the canvas in stages, each short enough never to freeze the
// page: positions come from the cache or from the layout worker, then the
// elements are added in chunks, yielding to the browser between them.
import type { Core, ElementDefinition } from 'cytoscape';

/** Elements per chunk, added to a headless Cytoscape (nothing drawn): about 10–50 ms of work each here. */
export const CHUNK = 1000;

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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

/** Adds elements in chunks, nodes first, yielding between chunks. Stops when `alive()` turns false. */
export async function addInChunks(cy: Core, elements: readonly ElementDefinition[], alive: () => boolean, chunk = CHUNK): Promise<void> {
  for (let i = 0; i < elements.length && alive(); i += chunk) {
    cy.add(elements.slice(i, i + chunk));
    await nextTask();
  }
}

/** Elements whose bounding boxes are measured per task while mounting (at 1,500 a chunk, 70–340 ms each were measured here at 5,260 nodes; the first is the dearest). */
export const MEASURE_CHUNK = 1000;

/**
 * Mounts a headless Cytoscape (built by addInChunks) on its container. The
 * renderer draws nothing while a batch is open, so the bounding boxes it will
 * need (label sizes, edge geometry) are measured a chunk per task first; the
 * first frame then only draws.
 */
export async function mountInChunks(cy: Core, container: HTMLElement, alive: () => boolean, chunk = MEASURE_CHUNK): Promise<void> {
  cy.mount(container);
  // Opened in the same task as the mount, before the renderer's first frame.
  cy.startBatch();
  try {
    const eles = cy.elements();
    for (let i = 0; i < eles.length && alive(); i += chunk) {
      eles.slice(i, i + chunk).boundingBox();
      await nextTask();
    }
  } finally {
    if (alive()) cy.endBatch();
  }
}
