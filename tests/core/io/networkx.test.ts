// Other tools must read our files: networkx reads the GraphML (and the GEXF)
// with the same node and edge counts as the JSON export, keeping parallel
// edges apart by their ids. Skipped, with a message, when python3 has no networkx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toGEXF, toGraphML, toJSON } from '../../../src/core/io/index.ts';
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

  it('GEXF: same node and edge counts as the JSON', () => {
    const file = join(dir, 'fixture.gexf');
    writeFileSync(file, toGEXF(graph));
    const read = readWithNetworkx(file);
    expect(read).toMatchObject({ nodes: json.nodes.length, edges: json.edges.length, directed: true });
    expect(read.label).toBe(TRICKY_LABEL);
  });
});
