// Other tools must read our files: networkx reads the GraphML (and the GEXF)
// with the same node and edge counts as the JSON export, keeping parallel
// edges apart by their ids. Skipped, with a message, when python3 has no networkx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { toGEXF, toGraphML, toJSON } from '../../../src/core/io/index.ts';
import { KIND_STYLES } from '../../../src/view/style.ts';
import { TRICKY_LABEL, fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

/** The first python3 that can import networkx (the default one, then Debian's). */
const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0,
);
if (!python) console.warn('tests/core/io/networkx: skipped, no python3 with networkx (apt-get install -y python3-networkx)');

const READ = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith('.graphml') else nx.read_gexf(sys.argv[1])
print(json.dumps({
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'directed': g.is_directed(), 'multigraph': g.is_multigraph(),
  'label': g.nodes['meeting:helsinki-2018'].get('label'),
  'aliases': g.nodes['leader:putin'].get('aliases'),
}))
`;

const dir = mkdtempSync(join(tmpdir(), 'kg-networkx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readWithNetworkx(file: string): Record<string, unknown> {
  const run = spawnSync(python!, ['-c', READ, file], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe.skipIf(!python)('networkx reads our exports', () => {
  const graph = fixtureGraph();
  const json = JSON.parse(toJSON(graph)) as { nodes: unknown[]; edges: unknown[] };

  it('GraphML: same node and edge counts as the JSON, parallel edges kept, attributes intact', () => {
    const file = join(dir, 'fixture.graphml');
    writeFileSync(file, toGraphML(graph));
    const read = readWithNetworkx(file);
    expect(read).toMatchObject({ nodes: json.nodes.length, edges: json.edges.length, directed: true, multigraph: true });
    expect(read.label).toBe(TRICKY_LABEL);
    expect(JSON.parse(read.aliases as string)).toEqual(graph.getNodeAttribute('leader:putin', 'aliases'));
  });

  const positions = new Map(graph.mapNodes((key, _a) => [key, { x: key.length * 10, y: -key.length * 5 }] as const));
  const hexToRgb = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });

  it("GraphML with yEd's drawing: networkx reads the labels, shapes and geometry, and our attributes unchanged", () => {
    const file = join(dir, 'yed.graphml');
    writeFileSync(file, toGraphML(graph, { positions }));
    const run = spawnSync(python!, ['-c', `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({k: {n: v for n, v in d.items()} for k, d in g.nodes(data=True)}))
`, file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const nodes = JSON.parse(run.stdout) as Record<string, Record<string, string>>;
    expect(Object.keys(nodes)).toEqual(graph.nodes());
    graph.forEachNode((key, attributes) => {
      const read = nodes[key]!;
      expect(read.label).toBe(attributes.label);
      expect(read.kind).toBe(attributes.kind);
      expect(JSON.parse(read.aliases!)).toEqual(attributes.aliases);
      // y:Geometry is the top left corner: the centre is the position given.
      expect(read.shape_type).toBe({ leader: 'star5', official: 'trapezoid', meeting: 'diamond', venue: 'triangle' }[attributes.kind as string]);
      expect(Number(read.x)).toBeLessThan(positions.get(key)!.x);
      expect(Number(read.y)).toBeLessThan(positions.get(key)!.y);
    });
  });

  it('GEXF with viz: networkx and graphology-gexf read every position and colour', () => {
    const file = join(dir, 'viz.gexf');
    const gexf = toGEXF(graph, { positions });
    writeFileSync(file, gexf);
    const run = spawnSync(python!, ['-c', `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({k: d.get('viz') for k, d in g.nodes(data=True)}))
`, file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const viz = JSON.parse(run.stdout) as Record<string, { position: { x: number; y: number }; color: { r: number; g: number; b: number }; size: number }>;
    const parsed = parseGexf(MultiDirectedGraph, gexf);
    graph.forEachNode((key, attributes) => {
      const colour = hexToRgb(KIND_STYLES[attributes.kind].fill);
      expect(viz[key]!.position).toMatchObject(positions.get(key)!);
      expect(viz[key]!.color).toMatchObject(colour);
      expect(viz[key]!.size).toBeGreaterThan(0);
      expect(parsed.getNodeAttributes(key)).toMatchObject({ ...positions.get(key)!, color: `rgb(${colour.r},${colour.g},${colour.b})` });
    });
  });

  it('GEXF: parallel edges keep distinct ids and get distinct labels, which networkx reads', () => {
    const file = join(dir, 'parallel.gexf');
    writeFileSync(file, toGEXF(graph));
    const run = spawnSync(python!, ['-c', `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps(sorted([d.get('id'), d.get('label')] for s, t, d in g.edges(data=True) if s == 'leader:trump')))
`, file], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    // p2 and p3 join the same pair with the same relation.
    expect(JSON.parse(run.stdout)).toEqual([['p2', 'participant'], ['p3', 'participant #2'], ['p5', 'participant']]);
  });

  it('GEXF: same node and edge counts as the JSON', () => {
    const file = join(dir, 'fixture.gexf');
    writeFileSync(file, toGEXF(graph));
    const read = readWithNetworkx(file);
    expect(read).toMatchObject({ nodes: json.nodes.length, edges: json.edges.length, directed: true });
    expect(read.label).toBe(TRICKY_LABEL);
  });
});
