// The hit grid gives, for any point, every element a pointer there could be
// on (checked against testing every element), in drawing order.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cytoscape, { type EdgeSingular, type NodeSingular } from 'cytoscape';
import { HitGrid } from '../../src/view/hit-grid.ts';

function graph(points: [number, number][], pairs: [number, number][]) {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...points.map(([x, y], i) => ({ group: 'nodes' as const, data: { id: `n${i}`, size: 10 + (i % 4) * 8 }, position: { x, y } })),
      ...pairs.map(([a, b], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: `n${a}`, target: `n${b}` } })),
    ],
  });
}

/** Distance from (x, y) to the segment a–b. */
function toSegment(x: number, y: number, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

const coordinate = fc.integer({ min: -3000, max: 3000 });

describe('HitGrid', () => {
  it('finds every node whose box holds the point and every edge within reach, in drawing order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { minLength: 2, maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 80 }),
        fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (points, rawPairs, probes, reach) => {
          const cy = graph(points, rawPairs.map(([a, b]) => [a % points.length, b % points.length]));
          const eles = cy.elements().toArray();
          const grid = new HitGrid(eles);
          for (const [x, y] of probes) {
            const near = grid.near(x, y, reach);
            const expected = eles.filter((ele) => {
              if (ele.isNode()) {
                const p = (ele as NodeSingular).position();
                const r = (ele as NodeSingular).outerWidth() / 2;
                return Math.abs(x - p.x) <= r && Math.abs(y - p.y) <= r;
              }
              const e = ele as EdgeSingular;
              return toSegment(x, y, e.source().position(), e.target().position()) <= reach;
            });
            // Compared by id: a failing expectation prints ids, not Cytoscape's cyclic objects (which took minutes).
            const nearIds = near.map((ele) => ele.id());
            for (const ele of expected) expect(nearIds).toContain(ele.id());
            const order = near.map((ele) => eles.indexOf(ele));
            expect(order).toEqual([...order].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives a few elements, not all, for a point in a big graph', () => {
    const points: [number, number][] = Array.from({ length: 2500 }, (_, i) => [(i % 50) * 60, Math.floor(i / 50) * 60]);
    const pairs: [number, number][] = points.slice(1).map((_, i) => [i, i + 1]);
    const grid = new HitGrid(graph(points, pairs).elements().toArray());
    const near = grid.near(1500, 1500, 16);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(40);
  });
});
