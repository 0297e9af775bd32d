// The zoom levels whose cached pictures are made ahead: the level in view
// first, then outwards, every level Cytoscape caches once.
import { describe, expect, it } from 'vitest';
import { byDistance } from '../../src/view/cached-levels.ts';

describe('byDistance', () => {
  it('starts at the level in view and alternates outwards, the nearer zoom-in first', () => {
    expect(byDistance(-3)).toEqual([-3, -2, -4, -1, 0, 1, 2]);
    expect(byDistance(0)).toEqual([0, 1, -1, 2, -2, -3, -4]);
  });

  it("covers each of Cytoscape's levels once from either end", () => {
    for (const current of [-4, 2]) expect([...byDistance(current)].sort((a, b) => a - b)).toEqual([-4, -3, -2, -1, 0, 1, 2]);
  });
});
