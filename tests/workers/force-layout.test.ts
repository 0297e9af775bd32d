// The worker's ForceAtlas2 run, in Node: finite positions, the same for the
// same seed, neighbours closer than strangers, and stop() ends it early.
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
});
