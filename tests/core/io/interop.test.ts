// Graph files as other tools really write them (issue 14): types as the file
// means them, every GEXF attribute block, yEd and yFiles labels, Cytoscape's
// JSON in all its shapes. Real files are read in place from ../shared/interop
// (skipped when absent); small inline files pin each rule where no real file shows it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphFile, sniffGraphFormat } from '../../../src/core/io/foreign.ts';
import type { KnowledgeGraph } from '../../../src/core/schema.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../../../shared/interop');
const hasInterop = existsSync(path.join(INTEROP, 'SOURCES.md'));
const real = (file: string, name = file) => importGraphFile(readFileSync(path.join(INTEROP, file), 'utf8'), name);
const attrs = (graph: KnowledgeGraph, key: string) => graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
const edgeAttrs = (graph: KnowledgeGraph, key: string) => graph.getEdgeAttributes(key) as unknown as Record<string, unknown>;

const GRAPHML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">';

describe('typed values', () => {
  it('GraphML booleans as graph-tool writes them (1/0), ints and longs as numbers, defaults applied', () => {
    const file = `${GRAPHML_HEAD}
  <key id="key0" for="node" attr.name="label" attr.type="string"/>
  <key id="key1" for="node" attr.name="active" attr.type="boolean"/>
  <key id="key2" for="node" attr.name="seats" attr.type="int"/>
  <key id="key3" for="node" attr.name="votes" attr.type="long"/>
  <key id="key4" for="node" attr.name="member" attr.type="boolean"><default>1</default></key>
  <key id="key5" for="all" attr.name="source" attr.type="string"><default>survey</default></key>
  <key id="key6" for="edge" attr.name="strong" attr.type="boolean"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="key0">Ana</data><data key="key1">1</data><data key="key2">12</data><data key="key3">9007199254740</data></node>
    <node id="n1"><data key="key0">Ben</data><data key="key1">0</data><data key="key4">0</data></node>
    <node id="n2"><data key="key0">Cleo</data><data key="key1"> TRUE </data><data key="key2">many</data></node>
    <node id="n3"><data key="key0">Dan</data><data key="key1">False</data></node>
    <edge id="e0" source="n0" target="n1"><data key="key6">1</data></edge>
  </graph>
</graphml>`;
    const { graph } = importGraphFile(file, 'graph-tool.graphml');
    expect(graph.mapNodes((k) => attrs(graph, k).active)).toEqual([true, false, true, false]);
    expect(attrs(graph, 'n0')).toMatchObject({ seats: 12, votes: 9007199254740, member: true, source: 'survey' });
    expect(attrs(graph, 'n1').member).toBe(false);
    // Not a number: kept as the file wrote it, not lost.
    expect(attrs(graph, 'n2').seats).toBe('many');
    expect(edgeAttrs(graph, 'e0')).toMatchObject({ strong: true, source: 'survey' });
  });

  it('GEXF: booleans 1/0 and true/false, long and integer as numbers, defaults, every <attributes> block, names from titles', () => {
    const file = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node" mode="static">
      <attribute id="0" title="party" type="string"/>
      <attribute id="1" title="incumbent" type="boolean"><default>false</default></attribute>
    </attributes>
    <attributes class="node" mode="dynamic">
      <attribute id="2" title="votes" type="long"/>
    </attributes>
    <attributes class="edge">
      <attribute id="modularity" title="Same Bloc" type="boolean"/>
      <attribute id="3" title="years" type="integer"/>
    </attributes>
    <nodes>
      <node id="0" label="Ana"><attvalues><attvalue for="0" value="Green"/><attvalue for="1" value="1"/><attvalue for="2" value="120000"/></attvalues></node>
      <node id="1" label="Ben"><attvalues><attvalue for="2" value="3"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="2.5"><attvalues><attvalue for="modularity" value="0"/><attvalue for="3" value="4"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const { graph } = importGraphFile(file, 'two-blocks.gexf');
    expect(attrs(graph, '0')).toMatchObject({ label: 'Ana', party: 'Green', incumbent: true, votes: 120000 });
    expect(attrs(graph, '1')).toMatchObject({ incumbent: false, votes: 3 });
    expect(edgeAttrs(graph, '0')).toMatchObject({ 'Same Bloc': false, years: 4, weight: 2.5 });
    for (const key of graph.nodes()) expect(Object.keys(attrs(graph, key))).not.toContain('0');
  });
});

describe('labels', () => {
  it('a yEd node with several labels: the first is its label, all are kept', () => {
    const file = `${GRAPHML_HEAD.replace('>', ' xmlns:y="http://www.yworks.com/xml/graphml">')}
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="d0"><y:ShapeNode><y:NodeLabel>Jacinda Ardern</y:NodeLabel><y:NodeLabel>Prime minister</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d0"><y:ShapeNode><y:NodeLabel>Wellington</y:NodeLabel></y:ShapeNode></data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>`;
    const { graph } = importGraphFile(file, 'yed.graphml');
    expect(graph.mapNodes((_k, a) => a.label)).toEqual(['Jacinda Ardern', 'Wellington']);
    expect(attrs(graph, 'n0')['yfiles.labels']).toEqual(['Jacinda Ardern', 'Prime minister']);
    expect(attrs(graph, 'n1')['yfiles.labels']).toBeUndefined();
  });

  it("Cytoscape's shared name, and GeneMANIA's gene_name over its numeric name", () => {
    const graphml = `${GRAPHML_HEAD}
  <key id="sn" for="node" attr.name="shared name" attr.type="string"/>
  <graph edgedefault="directed"><node id="104"><data key="sn">Emmanuel Macron</data></node></graph>
</graphml>`;
    expect(importGraphFile(graphml, 'cytoscape.graphml').graph.getNodeAttribute('104', 'label')).toBe('Emmanuel Macron');
    const cyjs = JSON.stringify({ elements: [{ data: { id: '1', shared_name: 'Olaf Scholz' } }, { data: { id: '2', name: '672', gene_name: 'BRCA1' } }, { data: { id: 'e', source: '1', target: '2' } }] });
    const { graph } = importGraphFile(cyjs, 'network.cyjs');
    expect(graph.mapNodes((_k, a) => a.label)).toEqual(['Olaf Scholz', 'BRCA1']);
    expect(attrs(graph, '2').name).toBe('672');
  });
});

describe('Cytoscape JSON', () => {
  it('reads .cyjs files, bare element arrays and {elements} in both forms', () => {
    expect(sniffGraphFormat('{}', 'network.cyjs')).toBe('json');
    const nodes = [{ data: { id: 'a', name: 'Ana' } }, { data: { id: 'b', name: 'Ben' } }];
    const edges = [{ data: { id: 'ab', source: 'a', target: 'b', interaction: 'advises' } }];
    for (const text of [JSON.stringify([...nodes, ...edges]), JSON.stringify({ elements: [...edges, ...nodes] }), JSON.stringify({ elements: { nodes, edges } })]) {
      const { graph } = importGraphFile(text, 'network.cyjs');
      expect(graph.mapNodes((_k, a) => a.label)).toEqual(['Ana', 'Ben']);
      expect(graph.mapEdges((_k, a, s, t) => `${s} ${a.relation} ${t}`)).toEqual(['a advises b']);
    }
  });

  it('names what is wrong with a JSON value that is no graph', () => {
    expect(() => importGraphFile('42', 'x.json')).toThrow(/io\/json: expected a graph object or a Cytoscape.js element list, got number/);
    expect(() => importGraphFile('[{"id": 1}]', 'x.json')).toThrow(/io\/json: elements\[0\] has no "data" object/);
  });
});

describe.skipIf(!hasInterop)('real files of other tools (../shared/interop; skipped when absent)', () => {
  it('Gephi GraphML with node and edge ids both from 0: every edge, labels', () => {
    const { graph } = real('G02-gephi-export-miserables.graphml');
    expect([graph.order, graph.size]).toEqual([77, 254]);
    expect(graph.hasNode('0') && graph.hasEdge('0')).toBe(true);
    expect(graph.getNodeAttribute('11', 'label')).toBe('Valjean');
  });

  it('Gephi GEXF 1.3: all 8,032 edges', () => {
    const { graph } = real('X01-gephi-0.9.3-java.gexf');
    expect([graph.order, graph.size]).toEqual([1538, 8032]);
  });

  it('a GEXF with a static and a dynamic node block: both applied, by title, the boolean default too', () => {
    const { graph } = real('X04-gexf-1.3-dynamics-spells.gexf');
    expect(attrs(graph, '0')).toMatchObject({ label: 'Gephi', url: 'http://gephi.org', indegree: 1, frog: true });
    expect(attrs(graph, '3')).toMatchObject({ label: 'Graph', frog: false });
    for (const key of graph.nodes()) for (const name of ['0', '1', '2']) expect(attrs(graph, key)).not.toHaveProperty(name);
  });

  it('a GEXF attribute whose id is a word is named by its title', () => {
    const { graph } = real('X02-graphology-lesmis.gexf');
    expect(attrs(graph, '11')).toMatchObject({ label: 'Valjean', modularity_class: 1 });
    expect(graph.size).toBe(254);
  });

  it('a nested (hierarchical) GEXF: every node, with its parent, and its own attributes only', () => {
    const { graph } = real('X08-gexf-1.3-hierarchy.gexf');
    expect(graph.order).toBe(10);
    expect(attrs(graph, 'c')).toMatchObject({ label: 'human1', parent: 'b' });
    expect(attrs(graph, 'a').parent).toBeUndefined();
  });

  it('yEd Live / yFiles for HTML: the labels, not n0…n3, and no styling markup as attributes', () => {
    const { graph } = real('G05-yed-live-yfiles-html.graphml');
    expect(graph.mapNodes((_k, a) => a.label).slice(0, 3)).toEqual(['Top left rounded rectangle', 'Star', 'őð中']);
    expect(attrs(graph, 'n0')).toMatchObject({ zOrder: 1, Expanded: true });
    expect(Object.keys(attrs(graph, 'n0'))).not.toContain('NodeStyle');
    expect(Object.keys(attrs(graph, 'n0'))).not.toContain('NodeGeometry');
  });

  it('a Cytoscape.js element array (eles.jsons()): imported, named by name', () => {
    const { graph } = real('J04-cytoscapejs-elements-array.json');
    expect([graph.order, graph.size]).toEqual([21, 593]);
    expect(graph.getNodeAttribute('605755', 'label')).toBe('PCNA');
  });

  it("Cytoscape desktop's export under its own extension .cyjs, with the network's data", () => {
    const { graph } = real('J01-cytoscape-3.1.1-tokyo-railways.cyjs.json', 'tokyo-railways.cyjs');
    expect([graph.order, graph.size]).toEqual([943, 860]);
    expect(graph.getAttributes()).toMatchObject({ name: 'tokyo_only' });
  });

  it('yFiles for Java (yEd) booleans as the file says them', () => {
    const { graph } = real('G03-yfiles-java-cogentco.graphml');
    expect(graph.getAttributes()).toMatchObject({ Backbone: true, Access: false });
    expect(graph.getNodeAttribute('n0', 'label')).toBe('Helsinki');
  });
});
