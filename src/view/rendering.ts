// How Cytoscape draws a graph of a given size. Ordinary graphs keep
// Cytoscape's defaults; big ones are drawn for speed (measured by
// bench/scale.ts): no texture-heavy extras, the picture kept as one texture
// while panning and zooming, one device pixel per CSS pixel. (Hiding edges
// while panning made Cytoscape draw every node one by one for the texture,
// ~500 ms at 5,000 nodes, where its cached picture of the whole graph, edges
// included, costs nothing.)
import type { CytoscapeOptions } from 'cytoscape';

/** From this many drawn nodes on, the canvas draws for speed: a 670-node graph's first frame took 346 ms drawn as ordinary, 117 ms so (bench/scale.ts here). */
export const LARGE_GRAPH_NODES = 500;

export const isLarge = (nodes: number): boolean => nodes >= LARGE_GRAPH_NODES;

/**
 * Renderer options for a graph of `nodes` drawn nodes: none for ordinary
 * graphs; for big ones, the performance options of Cytoscape's docs, and
 * nodes that cannot be dragged one by one (a press on a node pans the view:
 * GraphCanvas makes them pannable), and the WebGL renderer when asked for.
 */
export function renderingOptions(nodes: number, webgl = false): CytoscapeOptions {
  if (!isLarge(nodes)) return {};
  return {
    textureOnViewport: !webgl,
    motionBlur: false,
    pixelRatio: 1,
    autoungrabify: true,
    ...(webgl ? { webgl: true, hideEdgesOnViewport: true } : {}),
  } as CytoscapeOptions;
}
