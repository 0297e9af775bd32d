import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES } from '../../src/core/schema.ts';
import { neighbourhood, subgraph, visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

const graph = fixtureGraph();
const ALL: FilterSettings = { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null };

describe('visibleElements', () => {
  it.each([
    { name: 'everything', f: ALL, nodes: 10, absent: ['doc:a'] },
    { name: 'no meetings', f: { ...ALL, kinds: new Set(DRAWN_KINDS.filter((k) => k !== 'meeting')) }, nodes: 8, absent: ['summit', 'visit'] },
    { name: 'held meetings only', f: { ...ALL, statuses: new Set(['held'] as const) }, nodes: 9, absent: ['visit'] },
    { name: 'article b only', f: { ...ALL, articles: new Set(['b.txt']) }, nodes: 6, absent: ['helsinki', 'summit', 'kremlin'] },
  ])('$name', ({ f, nodes, absent }) => {
    const v = visibleElements(graph, f);
    expect(v.nodes.size).toBe(nodes);
    for (const id of absent) expect(v.nodes.has(id)).toBe(false);
    // An edge is shown only between shown nodes.
    for (const e of v.edges) for (const end of graph.extremities(e)) expect(v.nodes.has(end)).toBe(true);
  });

  it('drops an edge whose evidence is all in hidden articles', () => {
    const v = visibleElements(graph, { ...ALL, articles: new Set(['a.txt']) });
    expect(v.edges.has('e4')).toBe(false); // the invitation is only in b.txt
    expect(v.edges.has('e7')).toBe(true); // Peskov–Kremlin is in both
  });
});

describe('neighbourhood', () => {
  const v = visibleElements(graph, ALL);
  it.each([
    { hops: 0, want: ['helsinki'] },
    { hops: 1, want: ['helsinki', 'summit'] },
    { hops: 2, want: ['helsinki', 'putin', 'summit', 'trump'] },
  ])('$hops hops from Helsinki', ({ hops, want }) => {
    expect([...neighbourhood(graph, ['helsinki'], hops, v)].sort()).toEqual(want);
  });
});

describe('subgraph', () => {
  it('keeps exactly the shown nodes and edges, with their attributes', () => {
    const v = visibleElements(graph, { ...ALL, articles: new Set(['a.txt']) });
    const sub = subgraph(graph, v);
    expect(sub.order).toBe(v.nodes.size);
    expect(sub.size).toBe(v.edges.size);
    expect(sub.getNodeAttributes('putin')).toEqual(graph.getNodeAttributes('putin'));
    expect(sub.source('e1')).toBe('putin');
  });
});
