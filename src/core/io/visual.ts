// How a node looks in other tools' files: the app's own colour per kind
// (src/core/visual-language.ts, the one table the legend and canvas use too), the
// nearest shape each format has, and a size growing with the node's degree.
import { KIND_STYLES, type NodeShape } from '../visual-language.ts';
import type { KnowledgeGraph, NodeKind } from '../schema.ts';

const NEUTRAL = { fill: '#D6D3D1', border: '#78716C', shape: 'round-octagon' as NodeShape };

function styleOf(kind: unknown): { fill: string; border: string; shape: NodeShape } {
  return typeof kind === 'string' && Object.hasOwn(KIND_STYLES, kind) ? KIND_STYLES[kind as NodeKind] : NEUTRAL;
}

/** yEd's <y:Shape type> for each of our shapes. */
const YED_SHAPES: Record<NodeShape, string> = {
  ellipse: 'ellipse',
  star: 'star5',
  'round-pentagon': 'trapezoid',
  'round-diamond': 'diamond',
  'round-triangle': 'triangle',
  'round-rectangle': 'roundrectangle',
  'round-hexagon': 'hexagon',
  'round-octagon': 'octagon',
  rectangle: 'rectangle',
};

export const fillOf = (kind: unknown): string => styleOf(kind).fill;
export const borderOf = (kind: unknown): string => styleOf(kind).border;
export const yedShapeOf = (kind: unknown): string => YED_SHAPES[styleOf(kind).shape];

/** `#RRGGBB` as `rgb(r,g,b)`: GEXF readers (networkx) want the r, g, b attributes, which graphology-gexf writes for this form. */
export function rgbOf(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** A node's drawn size: 10 for a lone node, growing with the square root of its degree. */
export function sizeOf(graph: KnowledgeGraph, key: string): number {
  return Math.round((10 + 4 * Math.sqrt(graph.degree(key))) * 10) / 10;
}
