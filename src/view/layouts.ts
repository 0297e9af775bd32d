// Layouts as a registry: each entry is data (a name, a label, frozen defaults,
// where it runs and up to what size). cose-bilkent is untyped, so this module
// is its one typed adapter. Cytoscape's layouts run on the page; ForceAtlas2
// runs in a Web Worker (src/workers/layout.worker.ts), so it never freezes it.
// Only types of Cytoscape here: the toolbar reads this registry, and Cytoscape
// itself is loaded with the canvas (view/canvas.ts), after the first paint.
import type { BaseLayoutOptions, ConcentricLayoutOptions, CircleLayoutOptions, GridLayoutOptions, NodeSingular } from 'cytoscape';

/** The options cose-bilkent reads (cytoscape-cose-bilkent/src/index.js `defaults`). */
export interface CoseBilkentOptions extends BaseLayoutOptions {
  name: 'cose-bilkent';
  /** 'draft' | 'default' | 'proof': how slowly the simulation cools. */
  quality?: 'draft' | 'default' | 'proof';
  /** Count labels in node sizes, so that labels do not overlap nodes either. */
  nodeDimensionsIncludeLabels?: boolean;
  fit?: boolean;
  padding?: number;
  randomize?: boolean;
  nodeRepulsion?: number;
  idealEdgeLength?: number;
  edgeElasticity?: number;
  nestingFactor?: number;
  gravity?: number;
  numIter?: number;
  /** Pack disconnected nodes in a tile instead of scattering them. */
  tile?: boolean;
  animate?: 'during' | 'end' | false;
  animationDuration?: number;
  tilingPaddingVertical?: number;
  tilingPaddingHorizontal?: number;
  gravityRangeCompound?: number;
  gravityCompound?: number;
  gravityRange?: number;
  initialEnergyOnIncremental?: number;
}

/** cose-bilkent runs on the page; above this it takes more than about 200 ms here (bench/scale.ts). */
export const COSE_BILKENT_MAX_NODES = 150;

/** ForceAtlas2 with Barnes–Hut, run in the layout worker (src/workers/force-layout.ts). */
export interface ForceAtlas2Options {
  name: 'forceatlas2';
  /** Iterations for a graph of `nodes` nodes: fewer as it grows, each costs O(n log n). */
  iterations: (nodes: number) => number;
  seed: number;
}

export type AnyLayoutOptions = CoseBilkentOptions | ConcentricLayoutOptions | CircleLayoutOptions | GridLayoutOptions | ForceAtlas2Options;

export interface LayoutEntry {
  name: LayoutName;
  label: string;
  options: Readonly<AnyLayoutOptions>;
  /** 'page': a Cytoscape layout, synchronous; 'worker': off the main thread, with progress and stop. */
  runs: 'page' | 'worker';
  /** Above this many drawn nodes a page layout would freeze the page (measured by bench/scale.ts), so it is not offered. */
  maxNodes: number;
}

const byDegree = (node: NodeSingular): number => node.degree(false);

export const LAYOUTS = Object.freeze({
  'cose-bilkent': {
    name: 'cose-bilkent',
    label: 'Force-directed',
    runs: 'page',
    maxNodes: COSE_BILKENT_MAX_NODES,
    options: Object.freeze<CoseBilkentOptions>({
      name: 'cose-bilkent',
      quality: 'default',
      // Labels are part of what must not overlap.
      nodeDimensionsIncludeLabels: true,
      // Synchronous: the first frame the user sees is the final layout.
      animate: false,
      randomize: true,
      fit: true,
      padding: 24,
      nodeRepulsion: 6500,
      idealEdgeLength: 55,
      edgeElasticity: 0.45,
      gravity: 0.3,
      gravityRange: 3.0,
      numIter: 2500,
      tile: true,
      tilingPaddingVertical: 16,
      tilingPaddingHorizontal: 16,
    }),
  },
  forceatlas2: {
    name: 'forceatlas2',
    label: 'ForceAtlas2 (large graphs)',
    runs: 'worker',
    maxNodes: Infinity,
    options: Object.freeze<ForceAtlas2Options>({
      name: 'forceatlas2',
      // Measured here: about 25 ms an iteration at 5,000 nodes (Barnes–Hut).
      iterations: (nodes) => Math.round(Math.max(120, Math.min(600, 600_000 / Math.max(1, nodes)))),
      seed: 20180716,
    }),
  },
  concentric: {
    name: 'concentric',
    label: 'Concentric by degree',
    runs: 'page',
    maxNodes: 3000,
    options: Object.freeze<ConcentricLayoutOptions>({
      name: 'concentric',
      concentric: byDegree,
      levelWidth: () => 2,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      minNodeSpacing: 12,
      animate: false,
      fit: true,
      padding: 24,
    }),
  },
  circle: {
    name: 'circle',
    label: 'Circle',
    runs: 'page',
    maxNodes: 3000,
    options: Object.freeze<CircleLayoutOptions>({
      name: 'circle', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 24,
    }),
  },
  grid: {
    name: 'grid',
    label: 'Grid',
    runs: 'page',
    maxNodes: 3000,
    options: Object.freeze<GridLayoutOptions>({
      name: 'grid', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 24,
    }),
  },
} as const satisfies Record<string, { name: string; label: string; options: Readonly<AnyLayoutOptions>; runs: 'page' | 'worker'; maxNodes: number }>);

export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];
export const DEFAULT_LAYOUT: LayoutName = 'cose-bilkent';

/** The layout a graph of `nodes` drawn nodes opens with: cose-bilkent while it is quick, ForceAtlas2 in the worker above. */
export function defaultLayoutFor(nodes: number): LayoutName {
  return nodes <= LAYOUTS[DEFAULT_LAYOUT].maxNodes ? DEFAULT_LAYOUT : 'forceatlas2';
}

/** The layouts offered for a graph of `nodes` drawn nodes. */
export function layoutsFor(nodes: number): LayoutName[] {
  return LAYOUT_NAMES.filter((name) => nodes <= LAYOUTS[name].maxNodes);
}

/** The options for a layout, with overrides (e.g. `fit: false`). */
export function layoutOptions(name: LayoutName, overrides: Partial<AnyLayoutOptions> = {}): AnyLayoutOptions {
  if (!(name in LAYOUTS)) throw new Error(`view/layouts: unknown layout "${String(name)}"`);
  return { ...LAYOUTS[name].options, ...overrides } as AnyLayoutOptions;
}
