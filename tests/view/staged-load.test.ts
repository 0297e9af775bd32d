// Time-boxed slices: every item is worked on once, in order; the browser
// gets a turn once a slice has used its budget; a dead canvas stops the work.
import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/view/staged-load.ts';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('inSlices', () => {
  it('covers [0, n) once and yields to other tasks once a slice has used its budget', async () => {
    const seen: number[] = [];
    let otherTaskRan = -1;
    setTimeout(() => (otherTaskRan = seen.length), 0);
    await inSlices(100, 10, (from, to) => {
      for (let i = from; i < to; i++) seen.push(i);
      busy(6);
    }, () => true, 10);
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i));
    // Two 6 ms steps use the 10 ms budget: the other task ran after the second step, not at the end.
    expect(otherTaskRan).toBe(20);
  });

  it('stops when the canvas is gone', async () => {
    let steps = 0;
    await inSlices(100, 10, () => void steps++, () => steps < 3);
    expect(steps).toBe(3);
  });
});
