// Graphs that would import and then never draw: blank node and edge ids are
// refused by every reader with a message naming the item; graphs beyond the
// drawing limits are refused by checkDrawable; graphs off the schema are named
// by schemaProblem; "__proto__" and "constructor" as attribute names import
// without touching Object.prototype.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../../src/core/io/foreign.ts';
import { fromGEXF, fromGraphML, fromJSON } from '../../../src/core/io/index.ts';
import { checkDrawable, DRAW_LIMITS, drawableProblem } from '../../../src/core/io/limits.ts';
import { schemaProblem } from '../../../src/core/io/normalize.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../../src/core/schema.ts';
import { fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

const person = (label: string): NodeAttributes => ({ label, kind: 'person', aliases: [], evidence: [{ doc: 'a.txt', start: 0, end: 5 }] });
const edge: EdgeAttributes = { relation: 'participant', evidence: [{ doc: 'a.txt', start: 0, end: 5 }] };

const graphologyJson = (nodes: string[], edges: { key?: string; source: string; target: string }[] = []) =>
  JSON.stringify({
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: nodes.map((key) => ({ key, attributes: person(key || 'blank') })),
    edges: edges.map((e) => ({ ...e, attributes: edge })),
  });

const graphml = (nodeIds: string[], edges = '') =>
  `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${nodeIds.map((id) => `<node id="${id}"/>`).join('')}${edges}</graph></graphml>`;

const gexf = (nodeIds: string[], edges = '') =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="directed"><nodes>${nodeIds.map((id) => `<node id="${id}" label="x"/>`).join('')}</nodes><edges>${edges}</edges></graph></gexf>`;

describe('blank ids are refused by every reader, naming the item', () => {
  it.each(['', ' ', '\t'])('JSON node key %j: our reader and the import of any JSON', (key) => {
    const text = graphologyJson(['a', key, 'b']);
    expect(() => fromJSON(text)).toThrow(`io/json: nodes[1] has an empty id (${JSON.stringify(key)})`);
    expect(() => importGraphFile(text, 'g.json')).toThrow(`io/json: nodes[1] has an empty id (${JSON.stringify(key)})`);
  });

  it('JSON edge ids and endpoints', () => {
    expect(() => fromJSON(graphologyJson(['a', 'b'], [{ key: ' ', source: 'a', target: 'b' }]))).toThrow('io/json: edges[0] has an empty id (" ")');
    expect(() => importGraphFile(graphologyJson(['a', 'b'], [{ key: '', source: 'a', target: 'b' }]), 'g.json')).toThrow('io/json: edges[0] has an empty id ("")');
    expect(() => fromJSON(graphologyJson(['a', 'b'], [{ source: 'a', target: '' }]))).toThrow('io/json: edges[0].target has an empty id ("")');
    // An edge without an id is fine: one is made up.
    expect(importGraphFile(graphologyJson(['a', 'b'], [{ source: 'a', target: 'b' }]), 'g.json').graph.size).toBe(1);
  });

  it('networkx node-link and Cytoscape.js JSON', () => {
    const nodeLink = JSON.stringify({ directed: true, nodes: [{ id: 'a' }, { id: '  ' }], links: [] });
    expect(() => importGraphFile(nodeLink, 'nx.json')).toThrow('io/json: nodes[1] has an empty id ("  ")');
    const cytoscape = JSON.stringify({ elements: { nodes: [{ data: { id: '' } }], edges: [] } });
    expect(() => importGraphFile(cytoscape, 'cy.json')).toThrow('io/json: nodes[0] has an empty id ("")');
  });

  it.each(['', ' '])('GraphML <node id=%j>: our reader and the import of any GraphML', (id) => {
    const text = graphml(['a', id]);
    expect(() => fromGraphML(text)).toThrow(`io/graphml: <node> #2 has an empty id (${JSON.stringify(id)})`);
    expect(() => importGraphFile(text, 'g.graphml')).toThrow(`io/graphml: <node> #2 has an empty id (${JSON.stringify(id)})`);
  });

  it('GraphML edge ids; an edge without one is fine', () => {
    expect(() => importGraphFile(graphml(['a', 'b'], '<edge id=" " source="a" target="b"/>'), 'g.graphml')).toThrow(/io\/graphml: <edge> #1.* has an empty id \(" "\)/);
    expect(importGraphFile(graphml(['a', 'b'], '<edge source="a" target="b"/>'), 'g.graphml').graph.size).toBe(1);
  });

  it.each(['', ' '])('GEXF <node id=%j>: our reader and the import of any GEXF', (id) => {
    const text = gexf(['a', id]);
    expect(() => fromGEXF(text)).toThrow(`io/gexf: <node> #2 has an empty id (${JSON.stringify(id)})`);
    expect(() => importGraphFile(text, 'g.gexf')).toThrow(`io/gexf: <node> #2 has an empty id (${JSON.stringify(id)})`);
  });

  it('GEXF edge ids', () => {
    expect(() => importGraphFile(gexf(['a', 'b'], '<edge id=" " source="a" target="b"/>'), 'g.gexf')).toThrow('io/gexf: <edge> #1 has an empty id (" ")');
  });
});

function graphWith(nodes: number, addEdges: (graph: KnowledgeGraph) => void = () => undefined): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (let i = 0; i < nodes; i++) graph.addNode(`n${i}`, person(`Node ${i}`));
  addEdges(graph);
  return graph;
}

const addMany = (graph: KnowledgeGraph, n: number, source: string, target: string) => {
  for (let i = 0; i < n; i++) graph.addDirectedEdge(source, target, { ...edge, evidence: [...edge.evidence] });
};

describe('drawing limits', () => {
  it('lets the fixture and a graph at every limit through', () => {
    expect(drawableProblem(fixtureGraph())).toBeNull();
    expect(drawableProblem(graphWith(DRAW_LIMITS.nodes))).toBeNull();
    const atLimits = graphWith(4, (g) => {
      addMany(g, DRAW_LIMITS.selfLoopsPerNode, 'n0', 'n0');
      addMany(g, DRAW_LIMITS.edgesPerPair, 'n1', 'n2');
    });
    expect(drawableProblem(atLimits)).toBeNull();
  });

  it('refuses one node too many, with the count and the limit', () => {
    const n = DRAW_LIMITS.nodes + 1;
    expect(drawableProblem(graphWith(n))).toBe(`the graph has ${n.toLocaleString('en-US')} nodes; this app draws at most ${DRAW_LIMITS.nodes.toLocaleString('en-US')}`);
    expect(() => checkDrawable(graphWith(n))).toThrow(/^io\/limits: the graph has [\d,]+ nodes; this app draws at most/);
  });

  it('does not count documents, which are not drawn', () => {
    const graph = graphWith(DRAW_LIMITS.nodes);
    graph.addNode('doc', { ...person('a.txt'), kind: 'document' });
    expect(drawableProblem(graph)).toBeNull();
  });

  it('refuses too many edges', () => {
    const graph = graphWith(1000, (g) => {
      for (let i = 0; i <= DRAW_LIMITS.edges; i++) g.addDirectedEdge(`n${i % 1000}`, `n${(i * 7 + 1 + Math.floor(i / 1000)) % 1000}`, edge);
    });
    expect(drawableProblem(graph)).toMatch(new RegExp(`^the graph has ${(DRAW_LIMITS.edges + 1).toLocaleString('en-US')} edges; this app draws at most`));
  });

  it('refuses too many self-loops on one node', () => {
    const graph = graphWith(2, (g) => addMany(g, DRAW_LIMITS.selfLoopsPerNode + 1, 'n1', 'n1'));
    expect(drawableProblem(graph)).toBe(`the node "n1" has ${DRAW_LIMITS.selfLoopsPerNode + 1} edges to itself; this app draws at most ${DRAW_LIMITS.selfLoopsPerNode} per node`);
  });

  it('refuses too many edges between two nodes, counted both ways', () => {
    const half = Math.ceil((DRAW_LIMITS.edgesPerPair + 1) / 2);
    const graph = graphWith(2, (g) => {
      addMany(g, half, 'n0', 'n1');
      addMany(g, DRAW_LIMITS.edgesPerPair + 1 - half, 'n1', 'n0');
    });
    expect(drawableProblem(graph)).toBe(`the nodes "n0" and "n1" are joined by ${DRAW_LIMITS.edgesPerPair + 1} edges; this app draws at most ${DRAW_LIMITS.edgesPerPair} between two nodes`);
  });

  it('names a blank id in a graph built without the readers (a workspace, the browser store)', () => {
    const graph = graphWith(2);
    graph.addNode(' ', person('blank'));
    expect(drawableProblem(graph)).toBe('node 2 has an empty id (" ")');
  });
});

describe('schemaProblem names the first node or edge off the schema', () => {
  it('is null for the fixture', () => {
    expect(schemaProblem(fixtureGraph())).toBeNull();
  });

  it.each([
    [{ label: 'x', aliases: [], evidence: [] }, 'node "x" has no kind'],
    [{ label: 'x', kind: 'alien', aliases: [], evidence: [] }, 'node "x" has the kind "alien", which is none of'],
    [{ label: 'x', kind: 'person', aliases: [] }, 'node "x" has no evidence list of {doc, start, end} spans'],
    [{ kind: 'person', aliases: [], evidence: [] }, 'node "x" has no label'],
  ])('%j', (attributes, message) => {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.addNode('x', attributes as unknown as NodeAttributes);
    expect(schemaProblem(graph)).toContain(message);
  });

  it('names an edge without a relation', () => {
    const graph = graphWith(2);
    graph.addDirectedEdgeWithKey('e', 'n0', 'n1', { evidence: [] } as never);
    expect(schemaProblem(graph)).toBe('edge "e" has no relation');
  });
});

describe('built-in property names', () => {
  it('as attribute names import as plain attributes, or are refused with a message; Object.prototype stays clean', () => {
    const text = `{"nodes":[{"key":"a","attributes":{"label":"A","kind":"person","aliases":[],"evidence":[],"__proto__":{"polluted":1},"constructor":"x","toString":"y"}}],"edges":[]}`;
    let graph: KnowledgeGraph | null = null;
    try {
      graph = fromJSON(text);
    } catch (error) {
      expect((error as Error).message).toMatch(/^io\/json: /);
    }
    if (graph) expect(graph.getNodeAttribute('a', 'label')).toBe('A');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it.each(['__proto__', 'constructor'])('as node keys are refused by name (%s)', (key) => {
    expect(() => importGraphFile(graphologyJson(['a', key]), 'g.json')).toThrow(`io/json: nodes[1] uses the node key "${key}"`);
  });
});
