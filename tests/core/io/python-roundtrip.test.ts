// Our GraphML through networkx, igraph and graph-tool and back: each reads
// our file and writes its own, and our importer gives back the same nodes,
// edges and attribute values with their types. Skipped, with a message,
// for a library python3 cannot import (apt-get install -y python3-igraph …).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraphFile } from '../../../src/core/io/foreign.ts';
import { toGraphML } from '../../../src/core/io/index.ts';
import type { KnowledgeGraph } from '../../../src/core/schema.ts';
import { fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';
import { APT_PACKAGE, pythonWith, runPython } from './python-tools.ts';

const REWRITE = `
import sys
tool, src, dst = sys.argv[1:4]
if tool == 'networkx':
    import networkx as nx
    nx.write_graphml(nx.read_graphml(src), dst)
elif tool == 'igraph':
    import igraph
    igraph.Graph.Read_GraphML(src).write_graphml(dst)
else:
    import graph_tool.all as gt
    gt.load_graph(src).save(dst, fmt='graphml')
`;

/** The fixture with an int, a double and a boolean on every node and a boolean on every edge (the tools fill in missing values). */
function typedGraph(): KnowledgeGraph {
  const graph = fixtureGraph();
  let i = 0;
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { mentions: 3 + i, score: 0.25 + i++, confirmed: i % 2 === 0 } as object));
  graph.forEachEdge((key) => graph.mergeEdgeAttributes(key, { certain: key !== 'p3' } as object));
  return graph;
}

/** Attributes a tool adds from yEd's drawing: networkx reads the ShapeNode's geometry and shape. */
const DRAWING = new Set(['x', 'y', 'shape_type']);

/**
 * The three write a carriage return raw (we write &#13;), and every XML parser
 * reads a raw CR LF as LF (XML end-of-line handling): the one change a label
 * with CR LF sees.
 */
const lineEnds = (value: unknown): unknown => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value);

function comparable(graph: KnowledgeGraph) {
  const strip = (attributes: object) =>
    Object.fromEntries(Object.entries(attributes).filter(([name]) => !DRAWING.has(name)).map(([name, value]) => [name, lineEnds(value)]));
  return {
    nodes: Object.fromEntries(graph.mapNodes((key, attributes) => [key, strip(attributes)])),
    edges: Object.fromEntries(graph.mapEdges((key, attributes, source, target) => [key, { source, target, ...strip(attributes) }])),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'kg-python-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(['networkx', 'igraph', 'graph_tool'])('%s rewrites our GraphML', (tool) => {
  const python = pythonWith(tool);
  if (!python) console.warn(`tests/core/io/python-roundtrip: ${tool} skipped, no python3 with ${tool} (apt-get install -y ${APT_PACKAGE[tool]})`);

  it.skipIf(!python)('and our importer reads back the same nodes, edges, attribute values and types', () => {
    const graph = typedGraph();
    const ours = join(dir, `${tool}-in.graphml`);
    const theirs = join(dir, `${tool}-out.graphml`);
    writeFileSync(ours, toGraphML(graph));
    runPython(python!, REWRITE, [tool, ours, theirs]);
    const back = importGraphFile(readFileSync(theirs, 'utf8'), 'theirs.graphml');
    expect(comparable(back.graph)).toEqual(comparable(graph));
    // Types, not only values: numbers stay numbers, booleans booleans, lists lists.
    const putin = back.graph.getNodeAttributes('leader:putin') as unknown as Record<string, unknown>;
    expect([typeof putin.mentions, typeof putin.score, typeof putin.confirmed, Array.isArray(putin.aliases)]).toEqual(['number', 'number', 'boolean', true]);
    expect(back.graph.getNodeAttribute('official:peskov', 'country')).toBeNull();
  });
});
