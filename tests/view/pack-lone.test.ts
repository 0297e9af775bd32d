// Lone nodes packed by kind, as one block placed after the other pieces.
import { describe, expect, it } from 'vitest';
import { arrangeWithLone, packByKind, type LoneItem } from '../../src/view/arrange.ts';

const item = (kind: string, w = 60, h = 40): LoneItem => ({ kind, w, h });
const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('packByKind', () => {
  it('starts a row for each kind and keeps a kind together', () => {
    const items = [item('country'), item('country'), item('person'), item('person'), item('person')];
    const { at, w, h } = packByKind(items, 200);
    // Two countries on one row; the people below them, three to a row.
    expect(at[0]!.y).toBe(at[1]!.y);
    expect(at[2]!.y).toBeGreaterThan(at[0]!.y + 40);
    expect(new Set(at.slice(2).map((p) => p.y)).size).toBe(1);
    expect(w).toBeLessThanOrEqual(200);
    expect(h).toBe(at[2]!.y + 40);
  });

  it('gives a node with a long label the room it takes, and never overlaps two', () => {
    const items = [item('organization', 160, 44), item('organization', 50, 30), item('organization', 120, 30), item('country', 40, 30)];
    const { at } = packByKind(items, 260);
    const placed = items.map((b, i) => ({ ...b, ...at[i]! }));
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!, placed[j]!)).toBe(false);
  });
});

describe('arrangeWithLone', () => {
  const lone = Array.from({ length: 30 }, (_, i) => item(['country', 'organization', 'person'][i % 3]!));

  it('keeps the lone block clear of the main block and of the other pieces', () => {
    const main = { w: 700, h: 500 };
    const pieces = [{ w: 120, h: 60 }];
    const { plan, lone: at } = arrangeWithLone(main, pieces, lone, 16 / 10);
    const boxes = [{ ...main, x: 0, y: 0 }, ...pieces.map((p, i) => ({ ...p, ...plan.at[i]! }))];
    for (const [i, p] of at.entries()) for (const b of boxes) expect(overlaps(b, { ...lone[i]!, ...p })).toBe(false);
  });

  it('takes less room than a fixed cell of 150 × 70 for each', () => {
    const { lone: at } = arrangeWithLone({ w: 700, h: 500 }, [], lone, 16 / 10);
    const xs = at.map((p, i) => [p.x, p.x + lone[i]!.w]).flat();
    const ys = at.map((p, i) => [p.y, p.y + lone[i]!.h]).flat();
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    expect(area).toBeLessThan(30 * 150 * 70);
  });

  it('is the plain arrangement without lone nodes', () => {
    const { plan, lone: at } = arrangeWithLone({ w: 700, h: 500 }, [{ w: 100, h: 100 }], [], 1);
    expect(at).toEqual([]);
    expect(plan.at).toHaveLength(1);
  });
});
