import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrange, packRows, separate, type Block } from '../../src/view/arrange.ts';

const overlaps = (a: Block & { x: number; y: number }, b: Block & { x: number; y: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('packRows', () => {
  it('places blocks left to right and wraps at the width', () => {
    const { at, w, h } = packRows([{ w: 10, h: 5 }, { w: 10, h: 8 }, { w: 10, h: 5 }], 25, 2);
    expect(at).toEqual([{ x: 0, y: 0 }, { x: 12, y: 0 }, { x: 0, y: 10 }]);
    expect([w, h]).toEqual([22, 15]);
  });

  it('never overlaps two blocks', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ w: fc.integer({ min: 1, max: 50 }), h: fc.integer({ min: 1, max: 50 }) }), { maxLength: 30 }), fc.integer({ min: 1, max: 200 }), (blocks, width) => {
        const { at } = packRows(blocks, width);
        const placed = blocks.map((b, i) => ({ ...b, ...at[i]! }));
        for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
      }),
    );
  });
});

describe('arrange', () => {
  const rest = Array.from({ length: 30 }, () => ({ w: 100, h: 60 }));

  it('puts the rest beside a tall main block in a wide window', () => {
    expect(arrange({ w: 600, h: 800 }, rest, 16 / 9).side).toBe('right');
  });

  it('puts the rest below a wide main block in a tall window', () => {
    expect(arrange({ w: 900, h: 300 }, rest, 9 / 16).side).toBe('below');
  });

  it('keeps the rest clear of the main block', () => {
    const main = { w: 500, h: 400 };
    const plan = arrange(main, rest, 4 / 3);
    for (const [i, p] of plan.at.entries()) expect(overlaps({ ...main, x: 0, y: 0 }, { ...rest[i]!, ...p })).toBe(false);
  });
});

describe('separate', () => {
  const box = { x1: -20, y1: -10, x2: 20, y2: 10 };
  it('pushes overlapping boxes apart along the axis of least overlap', () => {
    const out = separate([{ x: 0, y: 0 }, { x: 30, y: 2 }], [box, box], 0);
    expect(out[1]!.x - out[0]!.x).toBeGreaterThanOrEqual(40 - 1e-9);
    expect(out[0]!.y).toBe(0);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const at = [{ x: 0, y: 0 }, { x: 100, y: 0 }];
    expect(separate(at, [box, box])).toEqual(at);
  });

  it('clears a pile of boxes', () => {
    const at = Array.from({ length: 12 }, (_, i) => ({ x: (i % 4) * 5, y: Math.floor(i / 4) * 5 }));
    const out = separate(at, at.map(() => box), 2, 200);
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        expect(Math.abs(a.x - b.x) >= 40 || Math.abs(a.y - b.y) >= 20).toBe(true);
      }
  });
});
