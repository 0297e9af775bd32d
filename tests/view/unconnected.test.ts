// "Hide unconnected": a node goes when nothing shown links it to another shown
// node, in the view (after the other filters), not only in the graph.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { MEETING_STATUSES, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes, type NodeKind } from '../../src/core/schema.ts';
import { hidesUnconnectedByDefault, visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

const ALL: FilterSettings = { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null };
const HIDE: FilterSettings = { ...ALL, hideUnconnected: true };
const without = (...kinds: NodeKind[]) => new Set(DRAWN_KINDS.filter((k) => !kinds.includes(k)));

describe('unconnected nodes', () => {
  const graph = fixtureGraph();

  it('are counted but shown while the toggle is off', () => {
    const v = visibleElements(graph, ALL);
    // Russia has no edge but to its article, which is not drawn.
    expect([...v.unconnected]).toEqual(['russia']);
    expect(v.nodes.has('russia')).toBe(true);
    expect(v.hidesUnconnected).toBe(false);
  });

  it('are hidden when it is on, and the count is what went', () => {
    const shown = visibleElements(graph, ALL);
    const v = visibleElements(graph, HIDE);
    expect(v.hidesUnconnected).toBe(true);
    expect(v.nodes.has('russia')).toBe(false);
    expect(shown.nodes.size - v.nodes.size).toBe(v.unconnected.size);
    expect(v.edges).toEqual(shown.edges);
  });

  it('include nodes whose only neighbours another filter hides', () => {
    // Without meetings, Helsinki and Washington (only held_at a meeting) link to nothing shown.
    const v = visibleElements(graph, { ...HIDE, kinds: without('meeting') });
    expect([...v.unconnected].sort()).toEqual(['helsinki', 'russia', 'washington']);
    expect(v.nodes.has('helsinki')).toBe(false);
    expect(v.nodes.has('putin')).toBe(true); // still invited by Trump
    expect(visibleElements(graph, { ...ALL, kinds: without('meeting') }).nodes.size - v.nodes.size).toBe(3);
  });

  it('include nodes whose only neighbour is cited in hidden articles', () => {
    // Article b only: Peskov is in b, but the Kremlin he speaks for only in a.
    const v = visibleElements(graph, { ...HIDE, articles: new Set(['b.txt']) });
    expect([...v.unconnected]).toEqual(['peskov']);
    expect(v.nodes.has('peskov')).toBe(false);
    expect(v.nodes.has('bolton')).toBe(true); // affiliated with Trump, in b
  });

  it('keep a node a search or selection revealed', () => {
    const v = visibleElements(graph, { ...HIDE, shownAnyway: new Set(['russia']) });
    expect(v.nodes.has('russia')).toBe(true);
    expect(v.unconnected.size).toBe(0);
  });

  it('count a node whose only edge is a loop', () => {
    const g = fixtureGraph();
    g.addEdgeWithKey('loop', 'russia', 'russia', { relation: 'located_in', evidence: [] });
    const v = visibleElements(g, HIDE);
    expect(v.unconnected.has('russia')).toBe(true);
    expect(v.edges.has('loop')).toBe(false);
  });
});

describe('the default of the toggle', () => {
  /** A graph of `linked` pairs of people joined by an edge, and `lone` people with none. */
  function graphOf(linked: number, lone: number): KnowledgeGraph {
    const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    const person = (id: string) => g.addNode(id, { label: id, kind: 'person', aliases: [], evidence: [] });
    for (let i = 0; i < linked; i++) {
      person(`a${i}`);
      person(`b${i}`);
      g.addEdge(`a${i}`, `b${i}`, { relation: 'affiliated_with', evidence: [] });
    }
    for (let i = 0; i < lone; i++) person(`lone${i}`);
    // A document linking everything does not count: it is not drawn.
    g.addNode('doc', { label: 'doc', kind: 'document', aliases: [], evidence: [] });
    g.forEachNode((id) => id !== 'doc' && g.addEdge('doc', id, { relation: 'mentions', evidence: [] }));
    return g;
  }

  it.each([
    { linked: 3, lone: 2, want: false }, // 2 of 8: a quarter exactly
    { linked: 3, lone: 3, want: true }, // 3 of 9
    { linked: 0, lone: 4, want: false }, // all of them: hiding would show nothing
    { linked: 2, lone: 0, want: false },
  ])('$lone unconnected beside $linked linked pairs: $want', ({ linked, lone, want }) => {
    const g = graphOf(linked, lone);
    expect(hidesUnconnectedByDefault(g)).toBe(want);
    const v = visibleElements(g, { ...ALL, hideUnconnected: 'auto' });
    expect(v.hidesUnconnected).toBe(want);
    expect(v.nodes.size).toBe(want ? 2 * linked : 2 * linked + lone);
  });
});
