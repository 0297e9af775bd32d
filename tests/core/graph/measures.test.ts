// The measures on graphs whose answers are known by hand: betweenness on a
// path and a star, the same groups for the same seed, excerpt and article
// counts; document nodes and `mentions` edges left out.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, GraphAttributes, KnowledgeGraph, NodeAttributes, NodeKind } from '../../../src/core/schema.ts';
import { betweennessById, countMeasures, groupNames, groupsOf, measureInput, mostCentral } from '../../../src/core/graph/measures.ts';
import { computeStructure } from '../../../src/core/graph/structure.ts';
import { buildGraph } from '../../../src/core/index.ts';
import { SEEDS_DIR, readCorpus } from '../../fixtures/core/graph.ts';

const ev = (doc: string, start = 0): Evidence => ({ doc, start, end: start + 10 });

function graphOf(nodes: [string, NodeKind, Evidence[]?][], edges: [string, string, EdgeAttributes['relation']?][]): KnowledgeGraph {
  const g = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  for (const [id, kind, evidence = [ev('a.txt')]] of nodes) g.addNode(id, { label: id.toUpperCase(), kind, aliases: [], evidence });
  for (const [s, t, relation = 'stated'] of edges) g.addEdge(s, t, { relation, evidence: [ev('a.txt')] });
  return g;
}

const betweenness = (g: KnowledgeGraph) => {
  const input = measureInput(g);
  return betweennessById(input, computeStructure(input));
};

describe('betweenness', () => {
  it('counts the shortest paths between other pairs through each node: a path a–b–c–d', () => {
    const g = graphOf([['a', 'person'], ['b', 'person'], ['c', 'person'], ['d', 'person']], [['a', 'b'], ['b', 'c'], ['c', 'd']]);
    // b lies on a–c and a–d; c on a–d and b–d; the ends on none.
    expect(Object.fromEntries(betweenness(g))).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it('gives a star centre every pair of its leaves, whatever the edge direction or how many parallel edges', () => {
    const g = graphOf(
      [['hub', 'leader'], ['x', 'person'], ['y', 'person'], ['z', 'person'], ['w', 'person']],
      [['hub', 'x'], ['y', 'hub'], ['hub', 'z'], ['hub', 'z', 'invited'], ['w', 'hub']],
    );
    // 4 leaves: C(4,2) = 6 pairs, all through the hub.
    expect(betweenness(g).get('hub')).toBe(6);
    expect(betweenness(g).get('x')).toBe(0);
  });

  it('splits a pair between two equally short routes', () => {
    // A square a–b–d, a–c–d: a to d goes half through b, half through c.
    const g = graphOf([['a', 'person'], ['b', 'person'], ['c', 'person'], ['d', 'person']], [['a', 'b'], ['b', 'd'], ['a', 'c'], ['c', 'd']]);
    expect(Object.fromEntries(betweenness(g))).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('leaves out document nodes and mentions edges: an article naming everyone is no broker', () => {
    const g = graphOf(
      [['doc', 'document'], ['a', 'person'], ['b', 'person'], ['c', 'person']],
      [['doc', 'a', 'mentions'], ['doc', 'b', 'mentions'], ['doc', 'c', 'mentions'], ['a', 'b']],
    );
    const input = measureInput(g);
    expect(input.ids).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(betweenness(g))).toEqual({ a: 0, b: 0, c: 0 });
    expect(countMeasures(g).degree.has('doc')).toBe(false);
  });
});

describe('groups', () => {
  // Two triangles joined by one edge: two groups.
  const twoTriangles = graphOf(
    ['a', 'b', 'c', 'x', 'y', 'z'].map((id) => [id, 'person'] as [string, NodeKind]),
    [['a', 'b'], ['b', 'c'], ['c', 'a'], ['x', 'y'], ['y', 'z'], ['z', 'x'], ['c', 'x']],
  );

  it('finds the two triangles, numbered by size, members best connected first', () => {
    const input = measureInput(twoTriangles);
    const groups = groupsOf(input, computeStructure(input), countMeasures(twoTriangles).degree);
    expect(groups.map((g) => [...g.members].sort())).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['x', 'y', 'z']]));
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.number)).toEqual([1, 2]);
    // c and x have the bridge: three edges each.
    expect(groups.map((g) => g.members[0]).sort()).toEqual(['c', 'x']);
  });

  it('gives the seed corpus the same groups on every run with the same seed', () => {
    const g = buildGraph(readCorpus(SEEDS_DIR));
    const input = measureInput(g);
    const degree = countMeasures(g).degree;
    const runs = [1, 2, 3].map(() => groupsOf(input, computeStructure(input, 7), degree));
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[0]!.length).toBeGreaterThan(3);
    // Trump and Putin share a group, named after them rather than after a meeting.
    const trump = g.findNode((_id, a) => a.label === 'Donald Trump')!;
    const theirs = runs[0]!.find((grp) => grp.members.includes(trump))!;
    expect(theirs.members.map((id) => g.getNodeAttribute(id, 'label'))).toContain('Vladimir Putin');
    expect(groupNames(g, theirs)).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('makes each node its own group when there are no edges', () => {
    const g = graphOf([['a', 'person'], ['b', 'venue']], []);
    const input = measureInput(g);
    expect(groupsOf(input, computeStructure(input), countMeasures(g).degree)).toHaveLength(2);
  });
});

describe('counts', () => {
  it('counts excerpts and the distinct articles they come from', () => {
    const g = graphOf(
      [['a', 'leader', [ev('one.txt', 0), ev('one.txt', 40), ev('two.txt', 5)]], ['b', 'venue', [ev('three.txt')]], ['doc', 'document']],
      [['a', 'b'], ['a', 'b', 'invited'], ['doc', 'a', 'mentions']],
    );
    const counts = countMeasures(g);
    expect(Object.fromEntries(counts.evidence)).toEqual({ a: 3, b: 1 });
    expect(Object.fromEntries(counts.articles)).toEqual({ a: 2, b: 1 });
    // Degree as drawn: both edges between a and b, not the mention.
    expect(Object.fromEntries(counts.degree)).toEqual({ a: 2, b: 2 });
  });

  it('lists the most central first, leaving out nodes at zero', () => {
    const values = new Map([['a', 0], ['b', 3], ['c', 7], ['d', 3]]);
    expect(mostCentral(values, 5)).toEqual(['c', 'b', 'd']);
    expect(mostCentral(values, 2)).toEqual(['c', 'b']);
  });

  it('puts Trump and Putin on top of the seed graph by betweenness', () => {
    const g = buildGraph(readCorpus(SEEDS_DIR));
    const top = mostCentral(betweenness(g), 2).map((id) => g.getNodeAttribute(id, 'label'));
    expect(top).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});
