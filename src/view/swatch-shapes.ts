// The legend marks' geometry, in a 20 × 20 box: the sidebar draws them as SVG,
// the report PNG on a 2D canvas, so both show the same shapes as the graph.
import type { NodeShape } from './style.ts';

export type SwatchGeometry =
  | { type: 'polygon'; points: [number, number][] }
  | { type: 'circle'; cx: number; cy: number; r: number }
  | { type: 'rect'; x: number; y: number; w: number; h: number; rx: number };

const polygon = (n: number, r: number, rotate = -Math.PI / 2, inner?: number): [number, number][] =>
  Array.from({ length: inner ? n * 2 : n }, (_, i) => {
    const radius = inner && i % 2 ? inner : r;
    const a = rotate + (i * 2 * Math.PI) / (inner ? n * 2 : n);
    return [Number((10 + radius * Math.cos(a)).toFixed(2)), Number((10 + radius * Math.sin(a)).toFixed(2))];
  });

const POLYGONS: Partial<Record<NodeShape, [number, number][]>> = {
  star: polygon(5, 9.5, -Math.PI / 2, 4.2),
  'round-pentagon': polygon(5, 9),
  'round-diamond': polygon(4, 9.2),
  'round-triangle': polygon(3, 10, -Math.PI / 2),
  'round-hexagon': polygon(6, 9, 0),
  'round-octagon': polygon(8, 9, Math.PI / 8),
};

export function swatchGeometry(shape: NodeShape): SwatchGeometry {
  const points = POLYGONS[shape];
  if (points) return { type: 'polygon', points };
  if (shape === 'ellipse') return { type: 'circle', cx: 10, cy: 10, r: 8.5 };
  return { type: 'rect', x: 2, y: 3.5, w: 16, h: 13, rx: shape === 'round-rectangle' ? 3 : 0 };
}

/** SVG/canvas dash patterns of a line style, for a mark of this size (border or line). */
export const SWATCH_DASH = Object.freeze({
  border: { solid: [] as number[], dashed: [3, 2], dotted: [1, 2] },
  line: { solid: [] as number[], dashed: [5, 3], dotted: [1.5, 3] },
});
