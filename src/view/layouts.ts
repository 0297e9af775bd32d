// Layouts as a registry: each entry is data (a name, a label, frozen defaults).
// cose-bilkent is untyped, so this module is its one typed adapter.
import cytoscape from 'cytoscape';
import type { BaseLayoutOptions, ConcentricLayoutOptions, CircleLayoutOptions, GridLayoutOptions, NodeSingular } from 'cytoscape';
import coseBilkent from 'cytoscape-cose-bilkent';

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

let coseBilkentRegistered = false;

/** Registers cose-bilkent with Cytoscape once per module instance. */
export function registerCoseBilkent(): void {
  if (coseBilkentRegistered) return;
  cytoscape.use(coseBilkent);
  coseBilkentRegistered = true;
}

export type AnyLayoutOptions = CoseBilkentOptions | ConcentricLayoutOptions | CircleLayoutOptions | GridLayoutOptions;

export interface LayoutEntry {
  name: LayoutName;
  label: string;
  options: Readonly<AnyLayoutOptions>;
}

const byDegree = (node: NodeSingular): number => node.degree(false);

export const LAYOUTS = Object.freeze({
  'cose-bilkent': {
    name: 'cose-bilkent',
    label: 'Force-directed',
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
  concentric: {
    name: 'concentric',
    label: 'Concentric by degree',
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
    options: Object.freeze<CircleLayoutOptions>({
      name: 'circle', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 24,
    }),
  },
  grid: {
    name: 'grid',
    label: 'Grid',
    options: Object.freeze<GridLayoutOptions>({
      name: 'grid', avoidOverlap: true, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 24,
    }),
  },
} as const satisfies Record<string, { name: string; label: string; options: Readonly<AnyLayoutOptions> }>);

export type LayoutName = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as LayoutName[];
export const DEFAULT_LAYOUT: LayoutName = 'cose-bilkent';

/** The options for a layout, with overrides (e.g. `fit: false`). */
export function layoutOptions(name: LayoutName, overrides: Partial<AnyLayoutOptions> = {}): AnyLayoutOptions {
  if (!(name in LAYOUTS)) throw new Error(`view/layouts: unknown layout "${String(name)}"`);
  return { ...LAYOUTS[name].options, ...overrides } as AnyLayoutOptions;
}
