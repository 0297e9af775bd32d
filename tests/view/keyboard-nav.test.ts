import { describe, expect, it } from 'vitest';
import { nearestTo, nextInDirection, type NodePoint } from '../../src/view/keyboard-nav.ts';

const at = (id: string, x: number, y: number): NodePoint => ({ id, x, y });
const from = at('o', 0, 0);

describe('nextInDirection', () => {
  const points = [from, at('right', 100, 0), at('far-right', 300, 10), at('up', 0, -80), at('down-right', 60, 70), at('left', -50, 5)];

  it.each([
    ['right', 'right'],
    ['left', 'left'],
    ['up', 'up'],
    // Down: the only node within 60° of straight down.
    ['down', 'down-right'],
  ] as const)('goes %s to %s', (direction, expected) => {
    expect(nextInDirection(points, from, direction)).toBe(expected);
  });

  it('prefers a node straight ahead to a nearer one at the edge of the cone', () => {
    expect(nextInDirection([from, at('edge', 40, 60), at('ahead', 90, 0)], from, 'right')).toBe('ahead');
  });

  it('never goes sideways: nothing to the right means no move', () => {
    expect(nextInDirection([from, at('above', 10, -100), at('left', -40, 0)], from, 'right')).toBeNull();
  });

  it('skips the node it starts from and nodes drawn on it', () => {
    expect(nextInDirection([from, at('same-place', 0, 0)], from, 'left')).toBeNull();
  });
});

describe('nearestTo', () => {
  it('picks the node nearest the point, or none without nodes', () => {
    expect(nearestTo([at('a', 10, 10), at('b', 3, 4)], 0, 0)).toBe('b');
    expect(nearestTo([], 0, 0)).toBeNull();
  });
});
