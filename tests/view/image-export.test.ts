import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, planPng } from '../../src/view/image-export.ts';

describe('planPng', () => {
  it.each([
    { w: 1000, h: 700, scale: 1, want: { scale: 1, width: 1000, height: 700, reduced: false } },
    { w: 1000, h: 700, scale: 4, want: { scale: 4, width: 4000, height: 2800, reduced: false } },
    { w: 1000.6, h: 700.2, scale: 3, want: { scale: 3, width: 3001, height: 2100, reduced: false } },
    // 6000 px wide at 4× would be 24000 px: over the side limit.
    { w: 6000, h: 1000, scale: 4, want: { scale: 2.73, width: 16380, height: 2730, reduced: true } },
    // 5000×5000 at 2× is 10⁸ px: over the area limit. (5000 × 1.63 is 8149.999…: the canvas truncates, as planned.)
    { w: 5000, h: 5000, scale: 2, want: { scale: 1.63, width: 8149, height: 8149, reduced: true } },
  ])('$w×$h at $scale×', ({ w, h, scale, want }) => {
    const plan = planPng(w, h, scale);
    expect(plan).toMatchObject(want);
    expect(Math.max(plan.width, plan.height)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(plan.width * plan.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
  });

  it('keeps the scale within 1–4', () => {
    expect(planPng(100, 100, 9).scale).toBe(4);
    expect(planPng(100, 100, 0).scale).toBe(1);
  });

  it('refuses an empty region instead of making a blank image', () => {
    expect(() => planPng(0, 100, 2)).toThrow(/view\/image-export: nothing to draw/);
  });
});
