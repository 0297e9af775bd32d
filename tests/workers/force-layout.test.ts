// The worker's ForceAtlas2 run, in Node: finite positions, the same for the
// same seed, neighbours closer than strangers, stop() ends it early, hubs'
// neighbours are not piled up, and nodes without edges sit in rows below.
import { describe, expect, it } from 'vitest';
import { forceLayout } from '../../src/workers/force-layout.ts';

/** Two rings of 30 nodes, joined by one edge. */
function twoRings() {
  const pairs: number[] = [];
  for (let r = 0; r < 2; r++) for (let i = 0; i < 30; i++) pairs.push(r * 30 + i, r * 30 + ((i + 1) % 30));
  pairs.push(0, 30);
  return { sizes: new Float32Array(60).fill(30), edges: Uint32Array.from(pairs), start: null, iterations: 200, seed: 3 };
}

function finish(gen: Generator<number, Float32Array>): { positions: Float32Array; steps: number } {
  let steps = 0;
  for (;;) {
    const next = gen.next();
    if (next.done) return { positions: next.value, steps };
    steps++;
  }
}

describe('forceLayout', () => {
  it('lays out deterministically, neighbours closer than strangers', () => {
    const { positions, steps } = finish(forceLayout(twoRings()));
    expect(steps).toBe(20);
    expect(positions.every(Number.isFinite)).toBe(true);
    expect(finish(forceLayout(twoRings())).positions).toEqual(positions);
    const d = (a: number, b: number) => Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!);
    const neighbours = d(5, 6) + d(40, 41);
    const strangers = d(5, 45) + d(10, 50);
    expect(neighbours).toBeLessThan(strangers);
  });

  it('stops early when asked, and still returns every position', () => {
    let calls = 0;
    const { positions, steps } = finish(forceLayout(twoRings(), 10, () => ++calls > 3));
    expect(steps).toBe(3);
    expect(positions.length).toBe(120);
  });

  it('spreads a hub-and-spoke graph so that its nodes do not pile up', () => {
    // 20 hubs, 2,000 leaves each tied to two hubs: ForceAtlas2 packs the leaves tightly around the hubs.
    const pairs: number[] = [];
    for (let i = 0; i < 2000; i++) pairs.push(20 + i, i % 20, 20 + i, (i * 7 + 3) % 20);
    const n = 2020;
    const { positions } = finish(forceLayout({ sizes: new Float32Array(n).fill(30), edges: Uint32Array.from(pairs), start: null, iterations: 60, seed: 1 }));
    const xs = Array.from({ length: n }, (_, i) => positions[2 * i]!).sort((a, b) => a - b);
    const ys = Array.from({ length: n }, (_, i) => positions[2 * i + 1]!).sort((a, b) => a - b);
    const box = (v: number[]) => v[Math.floor(n * 0.95)]! - v[Math.floor(n * 0.05)]!;
    // Room for a 30 px node and a gap around each, on average.
    expect((box(xs) * box(ys)) / (0.81 * n)).toBeGreaterThanOrEqual(40 * 40);
  });

  it('puts nodes without edges in rows below the drawing, not in a ring around it', () => {
    const ring = twoRings();
    const lone = 25;
    const sizes = new Float32Array(60 + lone).fill(30);
    const { positions } = finish(forceLayout({ ...ring, sizes }));
    const bottom = Math.max(...Array.from({ length: 60 }, (_, i) => positions[2 * i + 1]!));
    const loneY = Array.from({ length: lone }, (_, k) => positions[2 * (60 + k) + 1]!);
    expect(Math.min(...loneY)).toBeGreaterThan(bottom);
    expect(new Set(loneY).size).toBeLessThanOrEqual(Math.ceil(lone / 5));
  });
});
