// Adding nodes to a laid-out graph: the old nodes stay exactly where they
// were, the new ones end up next to a neighbour, lone new ones below.
import { describe, expect, it } from 'vitest';
import { GraphCanvas } from '../../src/view/canvas.ts';
import { placeNear } from '../../src/view/incremental-layout.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';
import type { KnowledgeGraph } from '../../src/core/schema.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

function withMore(): KnowledgeGraph {
  const g = fixtureGraph();
  const evidence = [{ doc: 'c.txt', start: 0, end: 10 }];
  g.addNode('macron', { label: 'Emmanuel Macron', kind: 'leader', aliases: [], roles: [], country: 'FR', evidence });
  g.addNode('paris', { label: 'Paris', kind: 'venue', aliases: [], country: 'FR', evidence });
  g.addNode('talks', { label: 'Paris talks', kind: 'meeting', aliases: [], type: 'talks', date: null, status: 'held', evidence });
  g.addNode('lonely', { label: 'Lonely Org', kind: 'organization', aliases: [], country: 'FR', evidence });
  g.addEdgeWithKey('n1', 'macron', 'talks', { relation: 'participant', evidence });
  g.addEdgeWithKey('n2', 'putin', 'talks', { relation: 'participant', evidence });
  g.addEdgeWithKey('n3', 'talks', 'paris', { relation: 'held_at', evidence });
  return g;
}

describe('placeNear', () => {
  it('starts each new node next to its placed neighbours, and chains through new ones', () => {
    const links: Record<string, string[]> = { a: ['b'], b: ['a', 'n1'], n1: ['b', 'n2'], n2: ['n1'], solo: [] };
    const placed = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }]]);
    const { near, apart } = placeNear(Object.keys(links), (id) => links[id]!, placed);
    expect([...near.keys()]).toEqual(['n1', 'n2']);
    expect(dist(near.get('n1')!, placed.get('b')!)).toBeCloseTo(60);
    expect(dist(near.get('n2')!, near.get('n1')!)).toBeCloseTo(60);
    expect(apart).toEqual(['solo']);
  });

  it('spreads siblings of one anchor apart', () => {
    const links: Record<string, string[]> = { hub: ['x', 'y', 'z'], x: ['hub'], y: ['hub'], z: ['hub'] };
    const { near } = placeNear(Object.keys(links), (id) => links[id]!, new Map([['hub', { x: 0, y: 0 }]]));
    const ps = [...near.values()];
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) expect(dist(ps[i]!, ps[j]!)).toBeGreaterThan(30);
  });
});

describe('GraphCanvas started from the positions of the graph it replaces', () => {
  it('keeps every old node where it was and places the new ones near a neighbour', async () => {
    const before = new GraphCanvas({ container: undefined, headless: true, graph: fixtureGraph() });
    const old = before.nodePositions();
    before.destroy();
    const after = new GraphCanvas({ container: undefined, headless: true, graph: withMore(), start: old });
    await after.ready;
    const now = after.nodePositions();
    for (const [id, p] of old) expect(dist(now.get(id)!, p)).toBe(0);
    const nearest = (id: string) => Math.min(...after.cy.getElementById(id).neighborhood('node').map((n) => dist(now.get(n.id())!, now.get(id)!)));
    for (const id of ['macron', 'paris', 'talks']) expect(nearest(id)).toBeLessThan(250);
    // The lone new node goes below the drawing.
    const bottom = Math.max(...[...old.values()].map((p) => p.y));
    expect(now.get('lonely')!.y).toBeGreaterThan(bottom);
    // Nothing is left locked.
    expect(after.cy.nodes().filter((n) => n.locked()).length).toBe(0);
    after.destroy();
  });

  it('lays out from scratch when nothing is kept', async () => {
    const c = new GraphCanvas({ container: undefined, headless: true, graph: fixtureGraph(), start: new Map([['gone', { x: 5, y: 5 }]]) });
    await c.ready;
    const keys = new Set(c.cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    expect(keys.size).toBe(c.cy.nodes().length);
    c.destroy();
  });
});
