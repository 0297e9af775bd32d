import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, NodeKind, Relation } from '../../src/core/schema.ts';
import { findPaths, type PathResult } from '../../src/core/graph/paths.ts';
import { edgeSentence, partSummary, pathElements, pathLabel } from '../../src/app/lib/paths.ts';
import { GraphCanvas } from '../../src/view/canvas.ts';
import { parsePathQuery } from '../../src/app/lib/search.ts';
import { fixtureGraph } from '../fixtures/view/graph.ts';

/** A graph from "a -relation-> b" lines; each edge gets `evidence` items (default 1). */
function graphOf(nodes: Record<string, NodeKind>, edges: Array<[string, Relation, string, number?]>): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const [id, kind] of Object.entries(nodes)) g.addNode(id, { label: `L ${id}`, kind, aliases: [], evidence: [{ doc: 'd', start: 0, end: 1 }] });
  edges.forEach(([s, relation, t, n = 1], i) =>
    g.addEdgeWithKey(`e${i}`, s, t, { relation, evidence: Array.from({ length: n }, (_, k) => ({ doc: 'd', start: k, end: k + 1 })) }),
  );
  return g;
}

const found = (r: PathResult) => {
  if (r.kind !== 'found') throw new Error(`expected paths, got ${r.kind}`);
  return r;
};
const none = (r: PathResult) => {
  if (r.kind !== 'none') throw new Error(`expected no path, got ${r.kind}`);
  return r;
};
const nodePaths = (r: PathResult) => found(r).paths.map((p) => p.nodes.join(' '));

describe('findPaths', () => {
  it('lists every shortest path of equal length, best supported first, and not the longer ones', () => {
    const g = graphOf(
      { a: 'official', m1: 'meeting', m2: 'meeting', x: 'person', y: 'person', b: 'leader' },
      [
        ['a', 'participant', 'm1'],
        ['b', 'participant', 'm1'],
        ['a', 'stated', 'm2', 3],
        ['b', 'participant', 'm2', 2],
        ['a', 'invited', 'x'],
        ['x', 'invited', 'y'],
        ['y', 'invited', 'b'],
      ],
    );
    const r = found(findPaths(g, 'a', 'b'));
    expect(r.length).toBe(2);
    expect(r.total).toBe(2);
    // m2's steps have more evidence (3 and 2 against 1 and 1).
    expect(nodePaths(r)).toEqual(['a m2 b', 'a m1 b']);
    expect(r.paths[0]!.steps.map((s) => [s.from, s.to, s.edges])).toEqual([
      ['a', 'm2', ['e2']],
      ['m2', 'b', ['e3']],
    ]);
  });

  it('walks edges against their direction', () => {
    const g = graphOf({ a: 'person', m: 'meeting', b: 'person' }, [['a', 'participant', 'm'], ['b', 'participant', 'm']]);
    expect(nodePaths(findPaths(g, 'b', 'a'))).toEqual(['b m a']);
  });

  it('gives at most five paths and says how many shortest paths there are', () => {
    const nodes: Record<string, NodeKind> = { a: 'person', b: 'person' };
    const edges: Array<[string, Relation, string, number?]> = [];
    for (let i = 0; i < 8; i++) {
      nodes[`m${i}`] = 'meeting';
      edges.push(['a', 'participant', `m${i}`], ['b', 'participant', `m${i}`, i === 6 ? 5 : 1]);
    }
    const r = found(findPaths(graphOf(nodes, edges), 'a', 'b'));
    expect(r.total).toBe(8);
    expect(r.paths).toHaveLength(5);
    expect(r.paths[0]!.nodes).toEqual(['a', 'm6', 'b']);
    expect(new Set(nodePaths(r)).size).toBe(5);
    expect(found(findPaths(graphOf(nodes, edges), 'a', 'b', { limit: 2 })).paths).toHaveLength(2);
  });

  it('puts every edge between two steps of a path in that step, best supported first', () => {
    const g = graphOf({ a: 'leader', b: 'leader' }, [['a', 'invited', 'b'], ['b', 'invited', 'a', 4], ['a', 'affiliated_with', 'b', 2]]);
    const r = found(findPaths(g, 'a', 'b'));
    expect(r.paths).toHaveLength(1);
    expect(r.paths[0]!.steps[0]!.edges).toEqual(['e1', 'e2', 'e0']);
    expect(found(findPaths(g, 'a', 'b', { exclude: new Set(['affiliated_with']) })).paths[0]!.steps[0]!.edges).toEqual(['e1', 'e0']);
  });

  it('leaves out the excluded relations: paths only through meetings', () => {
    const g = graphOf(
      { sanders: 'official', trump: 'leader', m: 'meeting', putin: 'leader' },
      [
        ['sanders', 'affiliated_with', 'trump'],
        ['trump', 'invited', 'putin'],
        ['trump', 'participant', 'm'],
        ['putin', 'participant', 'm'],
      ],
    );
    expect(nodePaths(findPaths(g, 'trump', 'putin'))).toEqual(['trump putin']);
    const onlyMeetings = new Set<Relation>(['held_at', 'invited', 'affiliated_with', 'located_in', 'stated', 'mentions']);
    expect(nodePaths(findPaths(g, 'trump', 'putin', { exclude: onlyMeetings }))).toEqual(['trump m putin']);
    // Sanders has no meeting: no path, and the relation that would give one is named.
    const r = none(findPaths(g, 'sanders', 'putin', { exclude: onlyMeetings }));
    expect(r.throughAll).toEqual({ length: 2, relations: ['affiliated_with', 'invited'] });
  });

  it('says when there is no path: the size and best-connected members of each part', () => {
    const g = graphOf(
      { a: 'official', hub: 'leader', c: 'person', d: 'person', lone: 'person', doc: 'document' },
      [
        ['a', 'affiliated_with', 'hub'],
        ['c', 'affiliated_with', 'hub'],
        ['d', 'affiliated_with', 'hub'],
        ['d', 'invited', 'c'],
        ['doc', 'mentions', 'a'],
        ['doc', 'mentions', 'lone'],
      ],
    );
    const r = none(findPaths(g, 'a', 'lone', { exclude: new Set(['mentions']) }));
    expect(r.from).toEqual({ size: 4, notable: ['hub', 'c', 'd'] });
    expect(r.to).toEqual({ size: 1, notable: [] });
    expect(r.throughAll).toEqual({ length: 2, relations: ['mentions'] });
    expect(partSummary(g, r.from)).toBe('L hub, L c and L d');
    // With nothing left out and still no path, no relation would help.
    g.dropEdge('e5');
    expect(none(findPaths(g, 'a', 'lone')).throughAll).toBeNull();
    // Articles are not named as a part's members.
    expect(none(findPaths(g, 'lone', 'a')).to.notable).not.toContain('doc');
  });

  it('names the people of a part before busier places and meetings', () => {
    const g = graphOf(
      { a: 'official', m: 'meeting', v: 'venue', p: 'person', q: 'leader', lone: 'person' },
      [
        ['a', 'participant', 'm'],
        ['p', 'participant', 'm'],
        ['q', 'participant', 'm'],
        ['m', 'held_at', 'v'],
        ['p', 'invited', 'q'],
      ],
    );
    expect(none(findPaths(g, 'a', 'lone')).from.notable).toEqual(['p', 'q', 'm', 'v']);
  });

  it('answers "the same node" for a node and itself', () => {
    const g = graphOf({ a: 'person' }, []);
    expect(findPaths(g, 'a', 'a')).toEqual({ kind: 'same', node: 'a' });
  });

  it('throws for a node that is not in the graph', () => {
    expect(() => findPaths(graphOf({ a: 'person' }, []), 'a', 'nobody')).toThrow(/no node "nobody"/);
  });

  it('finds paths between ids with odd characters, numbers among them (the finder names its own nodes by number)', () => {
    const ids = ['a "quoted" → id', 'Zelénsky 🇺🇦', '1', '0', 'person:Sarah Sanders', '<b>bold</b>', 'line\nbreak', 'A → B', ' spaced '];
    const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (const id of ids) g.addNode(id, { label: id, kind: 'person', aliases: [], evidence: [{ doc: 'd', start: 0, end: 1 }] });
    ids.slice(1).forEach((id, i) => g.addEdge(ids[i]!, id, { relation: 'invited', evidence: [{ doc: 'd', start: 0, end: 1 }] }));
    const r = found(findPaths(g, ids[0]!, ids[ids.length - 1]!));
    expect(r.paths[0]!.nodes).toEqual(ids);
    expect(found(findPaths(g, '0', '1')).paths[0]!.nodes).toEqual(['0', '1']);
    expect(found(findPaths(g, 'A → B', '1')).length).toBe(5);
  });

  it('finds Trump between Peskov-less Bolton and Putin on the fixture graph, and no path to the Kremlin', () => {
    const g = fixtureGraph();
    const r = found(findPaths(g, 'bolton', 'putin', { exclude: new Set(['mentions']) }));
    expect(r.paths.map((p) => pathLabel(g, p))).toEqual(['John Bolton → Donald Trump → Vladimir Putin']);
    const sentences = r.paths[0]!.steps.flatMap((s) => s.edges.map((e) => edgeSentence(g, e)));
    expect(sentences.map((s) => `${s.source.label} ${s.verb} ${s.target.label}`)).toEqual(['John Bolton is affiliated with Donald Trump', 'Donald Trump invited Vladimir Putin']);
    expect(sentences[0]!.detail).toBe('National Security Advisor');
    const lost = none(findPaths(g, 'bolton', 'kremlin', { exclude: new Set(['mentions']) }));
    expect(partSummary(g, lost.to)).toBe('Dmitry Peskov');
  });
});

describe('the canvas with a path', () => {
  it('lights the path found and fades the rest, over a focus; without a path, the focus again', () => {
    const graph = fixtureGraph();
    const c = new GraphCanvas({ container: undefined, headless: true, graph });
    const everything = { visibleNodes: new Set(c.cy.nodes().map((n) => n.id())), visibleEdges: new Set(c.cy.edges().map((e) => e.id())), selection: null, matches: new Set<string>() };
    const path = found(findPaths(graph, 'bolton', 'helsinki', { exclude: new Set(['mentions']) })).paths[0]!;
    expect(path.nodes).toEqual(['bolton', 'trump', 'summit', 'helsinki']);
    c.apply({ ...everything, focus: new Set(['peskov', 'kremlin']), path: pathElements(path) });
    const cy = c.cy;
    expect(cy.nodes('.on-path').map((n) => n.id()).sort()).toEqual(['bolton', 'helsinki', 'summit', 'trump']);
    expect(cy.edges('.on-path').map((e) => e.id()).sort()).toEqual(['e2', 'e3', 'e8']);
    expect(cy.nodes('.faded').length).toBe(cy.nodes().length - 4);
    expect(cy.getElementById('peskov').hasClass('faded')).toBe(true);
    expect(cy.edges('.faded').length).toBe(cy.edges().length - 3);
    c.apply({ ...everything, focus: new Set(['peskov', 'kremlin']), path: null });
    expect(cy.elements('.on-path').length).toBe(0);
    expect(cy.nodes('.faded').length).toBe(cy.nodes().length - 2);
    c.destroy();
  });
});

describe('parsePathQuery', () => {
  it.each([
    ['Sanders → Putin', { from: 'Sanders', to: 'Putin', arrow: true }],
    ['Sanders -> Putin', { from: 'Sanders', to: 'Putin', arrow: true }],
    ['Sanders->Putin', { from: 'Sanders', to: 'Putin', arrow: true }],
    ['Sanders to Putin', { from: 'Sanders', to: 'Putin', arrow: false }],
    ['sarah sanders TO  vladimir putin', { from: 'sarah sanders', to: 'vladimir putin', arrow: false }],
    ['visit to Washington → Putin', { from: 'visit to Washington', to: 'Putin', arrow: true }],
  ])('%s', (query, want) => expect(parsePathQuery(query)).toEqual(want));

  it.each(['Putin', 'Sanders →', '→ Putin', 'Sanders to', 'Toronto', 'Tokyo to'])('"%s" is not a path query', (query) => {
    expect(parsePathQuery(query)).toBeNull();
  });
});
