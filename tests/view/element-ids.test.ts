// Graph keys on the canvas: Gephi numbers nodes and edges both from 0, and
// Cytoscape keeps one element per id across both, so a file like that lost
// most of its edges on the canvas while the footer counted them all.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../src/core/io/foreign.ts';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../src/core/schema.ts';
import { GraphCanvas, type Selection } from '../../src/view/canvas.ts';
import { ElementIds } from '../../src/core/io/element-ids.ts';
import { isDrawn } from '../../src/view/elements.ts';
import { exportedIds } from '../../src/view/image-export.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../../shared/interop');

const node = (label: string): NodeAttributes => ({ label, kind: 'person', aliases: [], evidence: [] });
const edge = (relation: string): EdgeAttributes => ({ relation, evidence: [] }) as unknown as EdgeAttributes;

/** Nodes 0, 1, 2 and "e:0"; edges 0, 1 (node ids too), "e:0" (the id edge 0 would be renamed to) and x. */
function clashingGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph();
  for (const [key, label] of [['0', 'Ana'], ['1', 'Ben'], ['2', 'Cleo'], ['e:0', 'Dan']] as const) g.addNode(key, node(label));
  g.addDirectedEdgeWithKey('0', '0', '1', edge('knows'));
  g.addDirectedEdgeWithKey('1', '1', '2', edge('mentors'));
  g.addDirectedEdgeWithKey('e:0', '2', 'e:0', edge('calls'));
  g.addDirectedEdgeWithKey('x', '0', '2', edge('meets'));
  return g;
}

const everything = (g: KnowledgeGraph) => ({ visibleNodes: new Set(g.nodes()), visibleEdges: new Set(g.edges()), focus: null, matches: new Set<string>() });

describe('element ids', () => {
  it('are unique across nodes and edges, and keep keys that clash with nothing', () => {
    const g = clashingGraph();
    const ids = new ElementIds(g);
    const all = [...g.nodes().map((k) => ids.node(k)), ...g.edges().map((k) => ids.edge(k))];
    expect(new Set(all).size).toBe(all.length);
    expect(g.nodes().map((k) => ids.node(k))).toEqual(['0', '1', '2', 'e:0']);
    expect(ids.edge('x')).toBe('x');
    expect(ids.renamedEdges).toBe(3);
  });

  it('draw every edge, and taps and the selection speak in graph keys', () => {
    const g = clashingGraph();
    const seen: Selection[] = [];
    const c = new GraphCanvas({ container: undefined, headless: true, graph: g, onSelect: (s) => seen.push(s) });
    expect(c.cy.nodes().length).toBe(4);
    expect(c.cy.edges().length).toBe(4);
    expect(c.cy.edges().map((e) => e.data('relation')).sort()).toEqual(['calls', 'knows', 'meets', 'mentors']);
    const knows = c.cy.edges('[relation = "knows"]');
    knows.emit('tap');
    c.cy.getElementById('0').emit('tap');
    expect(seen).toEqual([{ type: 'edge', id: '0' }, { type: 'node', id: '0' }]);

    c.apply({ ...everything(g), selection: { type: 'edge', id: '0' } });
    expect(c.cy.$('.selected').map((e) => e.data('relation'))).toEqual(['knows']);
    expect(c.cy.$('.neighbour').map((n) => n.data('label')).sort()).toEqual(['Ana', 'Ben']);
    c.apply({ ...everything(g), selection: { type: 'node', id: '0' } });
    expect(c.cy.$('.selected').map((n) => n.data('label'))).toEqual(['Ana']);
    c.destroy();
  });

  it('hide, fade and light paths by graph key', () => {
    const g = clashingGraph();
    const c = new GraphCanvas({ container: undefined, headless: true, graph: g });
    c.apply({ ...everything(g), visibleEdges: new Set(['1', 'e:0', 'x']), selection: null, path: { nodes: new Set(['1', '2']), edges: new Set(['1']) } });
    expect(c.cy.edges('.hidden').map((e) => e.data('relation'))).toEqual(['knows']);
    expect(c.cy.edges('.on-path').map((e) => e.data('relation'))).toEqual(['mentors']);
    expect(c.cy.nodes('.on-path').map((n) => n.data('label')).sort()).toEqual(['Ben', 'Cleo']);
    c.destroy();
  });

  it('export the view as graph keys', () => {
    const g = clashingGraph();
    const c = new GraphCanvas({ container: undefined, headless: true, graph: g });
    const picked = exportedIds(c.cy, 'full');
    expect(picked.nodes.sort()).toEqual(['0', '1', '2', 'e:0']);
    expect(picked.edges.sort()).toEqual(['0', '1', 'e:0', 'x']);
    c.destroy();
  });

  it('draw every edge of a graph laid out in stages (the worker layout of big graphs)', async () => {
    const g = clashingGraph();
    const c = new GraphCanvas({ container: undefined, headless: true, graph: g, layout: 'forceatlas2' });
    await c.ready;
    expect(c.cy.edges().length).toBe(4);
    c.destroy();
  });
});

const fixtures = existsSync(INTEROP) ? readdirSync(INTEROP).filter((f) => f !== 'SOURCES.md').sort() : [];

describe.skipIf(fixtures.length === 0)('graphs of other tools on the canvas (../shared/interop; skipped when absent)', () => {
  it.each(fixtures)('%s: the canvas holds every node and edge the graph draws', (file) => {
    let graph: KnowledgeGraph;
    try {
      graph = importGraphFile(readFileSync(path.join(INTEROP, file), 'utf8'), file).graph;
    } catch {
      return; // Files the reader refuses are the reader tests' business.
    }
    const nodes = graph.filterNodes((_k, a) => isDrawn(a)).length;
    const edges = graph.filterEdges((_k, _a, _s, _t, sa, ta) => isDrawn(sa) && isDrawn(ta)).length;
    const c = new GraphCanvas({ container: undefined, headless: true, graph, layout: 'grid' });
    expect(c.cy.nodes().length).toBe(nodes);
    expect(c.cy.edges().length).toBe(edges);
    c.destroy();
  });
});
