// The plain drawing of a crowded view: each shown element in view once, in
// its style's colour, nodes over edges, nothing hidden, nothing off view,
// and nothing at all below the element count that makes it worth it.
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { drawOverview, type Paint } from '../../src/view/overview-draw.ts';

/** A 2D context that records the paths it fills and strokes, with their paint. */
function recorder() {
  const drawn: { op: 'fill' | 'stroke'; style: string; alpha: number; points: [number, number][] }[] = [];
  let points: [number, number][] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    globalAlpha: 1,
    lineWidth: 1,
    save() {},
    restore() {},
    beginPath() {
      points = [];
    },
    moveTo(x: number, y: number) {
      points.push([x, y]);
    },
    lineTo() {},
    ellipse() {},
    fill() {
      drawn.push({ op: 'fill', style: ctx.fillStyle, alpha: ctx.globalAlpha, points });
    },
    stroke() {
      drawn.push({ op: 'stroke', style: ctx.strokeStyle, alpha: ctx.globalAlpha, points });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
}

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 20, height: 20, 'background-color': '#0072B2' } },
      { selector: 'node.leader', style: { 'background-color': '#D55E00', shape: 'star' } },
      { selector: 'edge', style: { 'line-color': '#999999', width: 2, opacity: 0.5 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 }, classes: 'leader' },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 100 } },
      { data: { id: 'far' }, position: { x: 5000, y: 5000 } },
      { data: { id: 'gone' }, position: { x: 50, y: 50 }, classes: 'hidden' },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'ac', source: 'a', target: 'c' } },
      { data: { id: 'a-gone', source: 'a', target: 'gone' } },
    ],
  });
}

const view = { x1: -50, y1: -50, x2: 200, y2: 200 };
const star = { star: { points: [0, -1, 0.3, 0, 0, 1, -0.3, 0] } };

describe('drawOverview', () => {
  it('draws the shown elements in view, one path per paint, edges first', () => {
    const cy = graph();
    const { ctx, drawn } = recorder();
    const drew = drawOverview(ctx, cy.elements().toArray(), view, { shapes: star, paints: new Map<unknown, Paint>(), minElements: 1 });
    expect(drew).toBe(true);
    expect(drawn.map((d) => d.op)).toEqual(['stroke', 'fill', 'fill']);
    // Both shown edges in one stroke, from their sources; not the one to the hidden node.
    expect(drawn[0]!.points).toEqual([[0, 0], [0, 0]]);
    expect(drawn[0]!.alpha).toBeCloseTo(0.5);
    const fills = Object.fromEntries(drawn.slice(1).map((d) => [d.style, d.points]));
    // The leader as a star (its first point, top), the others as ellipses (from their right side); not "far", not "gone".
    expect(Object.values(fills).flat()).toHaveLength(3);
    expect(Object.values(fills).find((p) => p.length === 1)).toEqual([[0, -10]]);
    expect(Object.values(fills).find((p) => p.length === 2)).toEqual([[110, 0], [10, 100]]);
  });

  it('draws nothing, and says so, below the element count', () => {
    const cy = graph();
    const { ctx, drawn } = recorder();
    expect(drawOverview(ctx, cy.elements().toArray(), view, { shapes: star, paints: new Map(), minElements: 6 })).toBe(false);
    expect(drawn).toEqual([]);
  });

  it('follows a change of style: a node hidden after a frame is not drawn in the next', () => {
    const cy = graph();
    const paints = new Map<unknown, Paint>();
    drawOverview(recorder().ctx, cy.elements().toArray(), view, { shapes: star, paints, minElements: 1 });
    cy.getElementById('c').addClass('hidden');
    const { ctx, drawn } = recorder();
    drawOverview(ctx, cy.elements().toArray(), view, { shapes: star, paints, minElements: 1 });
    expect(drawn.flatMap((d) => d.points)).not.toContainEqual([10, 100]);
    expect(drawn[0]!.points).toEqual([[0, 0]]);
  });
});
