// Every export format reads back into the identical graph: same node and edge
// keys in the same order, same endpoints, deep-equal attributes.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../../src/core/schema.ts';
import { EXPORT_FORMATS, exportGraph, formatFromFileName, importGraph } from '../../../src/core/io/index.ts';
import { TRICKY_LABEL, fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

describe.each(EXPORT_FORMATS)('%s round trip', (format) => {
  it('gives back the fixture graph unchanged', () => {
    const original = fixtureGraph();
    const text = exportGraph(original, format);
    const back = importGraph(text, format);
    expect(back.export()).toEqual(original.export());
    expect(back.nodes()).toEqual(original.nodes());
    expect(back.edges()).toEqual(original.edges());
    expect(back.getNodeAttribute('meeting:helsinki-2018', 'label')).toBe(TRICKY_LABEL);
    expect(back.getNodeAttribute('official:peskov', 'country')).toBeNull();
    expect(back.type).toBe('directed');
    expect(back.multi).toBe(true);
  });

  it('is stable: exporting the read-back graph gives the same text', () => {
    const text = exportGraph(fixtureGraph(), format);
    expect(exportGraph(importGraph(text, format), format)).toBe(text);
  });

  it('keeps an empty graph empty', () => {
    const empty: KnowledgeGraph = new MultiDirectedGraph();
    const back = importGraph(exportGraph(empty, format), format);
    expect(back.order).toBe(0);
    expect(back.size).toBe(0);
  });

  it('keeps typed scalar attributes of any type (int, double, boolean, mixed)', () => {
    const graph = fixtureGraph();
    // Attributes beyond the schema: other code may add them ("anything beyond this is yours to add").
    graph.mergeNodeAttributes('leader:putin', { mentions: 12, score: 0.25, confirmed: true, mixed: 'a' } as object);
    graph.mergeNodeAttributes('leader:trump', { mentions: 3_000_000_000, score: 2, confirmed: false, mixed: 7 } as object);
    graph.mergeEdgeAttributes('p1', { weight: 1.5, label: '' } as object);
    const back = importGraph(exportGraph(graph, format), format);
    expect(back.export()).toEqual(graph.export());
  });
});

describe.each(EXPORT_FORMATS)('%s coordinates', (format) => {
  it('keeps lat and lon of venues and countries, whole degrees too', () => {
    const graph = fixtureGraph();
    graph.addNode('venue:porto', { label: 'Porto', kind: 'venue', aliases: ['Porto'], evidence: [{ doc: 'a.txt', start: 0, end: 5 }], country: 'PT', lat: 41.1496, lon: -8.611 });
    graph.addNode('country:CN', { label: 'China', kind: 'country', aliases: ['China'], evidence: [{ doc: 'a.txt', start: 0, end: 5 }], country: 'CN', lat: 35, lon: 105 });
    const text = exportGraph(graph, format);
    const back = importGraph(text, format);
    expect(back.getNodeAttributes('venue:porto')).toMatchObject({ lat: 41.1496, lon: -8.611 });
    expect(back.getNodeAttributes('country:CN')).toMatchObject({ lat: 35, lon: 105 });
    if (format === 'graphml') expect(text).toMatch(/attr\.name="lat" attr\.type="double"/);
    if (format === 'gexf') expect(text).toMatch(/title="lat" type="double"/);
  });
});

describe('JSON options', () => {
  it('keeps allowSelfLoops: false (GraphML and GEXF cannot carry it and read back allowing self-loops)', () => {
    const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
    graph.addNode('a', { label: 'A', kind: 'person', aliases: [], evidence: [] });
    expect(importGraph(exportGraph(graph, 'json'), 'json').allowSelfLoops).toBe(false);
    expect(importGraph(exportGraph(graph, 'graphml'), 'graphml').allowSelfLoops).toBe(true);
  });
});

describe('formatFromFileName', () => {
  it.each([
    ['out/graph.json', 'json'],
    ['graph.GraphML', 'graphml'],
    ['/tmp/x.gexf', 'gexf'],
    ['graph.xml', null],
    ['graphml', null],
    ['graph.json.txt', null],
  ])('%s → %s', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });
});

describe('importGraph errors name the module and the problem', () => {
  it.each([
    ['json', 'not json', /io\/json: the input is not valid JSON/],
    ['json', '[1,2]', /io\/json: .*got an array/],
    ['json', '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"b"}]}', /io\/json: cannot import/],
    ['json', '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"a","undirected":true}]}', /io\/json: .*edges\[0\] is undirected/],
    ['graphml', '', /io\/graphml: the input is empty/],
    ['graphml', '<gexf/>', /io\/graphml: .*root element is <gexf>/],
    ['graphml', '<graphml><graph edgedefault="directed"><node id="a">', /io\/graphml: the input is not well-formed XML/],
    ['graphml', '<graphml><graph edgedefault="undirected"><node id="a"/></graph></graphml>', /io\/graphml: cannot read this GraphML as a directed multigraph/],
    ['graphml', '<graphml><graph edgedefault="directed"><edge source="a" target="b"/></graph></graphml>', /io\/graphml: .*inexisting node/],
    ['gexf', '<graphml/>', /io\/gexf: .*root element is <graphml>/],
    ['gexf', '<gexf><graph defaultedgetype="directed"><nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="undirected"/></edges></graph></gexf>', /io\/gexf: cannot read this GEXF/],
    ['gexf', '<gexf><meta><kgcodec>{oops</kgcodec></meta><graph defaultedgetype="directed"/></gexf>', /io\/gexf: .*kgcodec.*not valid JSON/],
  ] as const)('%s: %j', (format, text, message) => {
    expect(() => importGraph(text, format)).toThrow(message);
  });

  it.each(EXPORT_FORMATS)('%s: refuses node keys graphology cannot store safely, before they reach it', (format) => {
    const graph = fixtureGraph();
    const text = exportGraph(graph, format).replaceAll('leader:trump', '__proto__');
    expect(() => importGraph(text, format)).toThrow(new RegExp(`io/${format}: .*node key "__proto__"`));
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('rejects an unknown format by name', () => {
    expect(() => importGraph('{}', 'csv' as never)).toThrow(/io\/importGraph: unknown format "csv"/);
  });

  it('names the attribute that is declared JSON but is not', () => {
    const text = exportGraph(fixtureGraph(), 'graphml').replace('[&quot;Putin&quot;', '[oops');
    expect(() => importGraph(text, 'graphml')).toThrow(/io\/graphml: attribute "aliases" of node "leader:putin" is declared as JSON/);
  });

  it('refuses to write a GEXF file with an empty id, which graphology-gexf would leave out, and to read one back from GraphML', () => {
    const graph = fixtureGraph();
    graph.addNode('', { label: 'nameless', kind: 'person', aliases: [], evidence: [] });
    expect(() => exportGraph(graph, 'gexf')).toThrow(/io\/gexf: GEXF cannot hold an empty node key/);
    expect(() => importGraph(exportGraph(graph, 'graphml'), 'graphml')).toThrow(/io\/graphml: <node> #\d+ has an empty id \(""\)/);
  });

  it('refuses to write an attribute that uses the reserved name _omitted', () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes('leader:putin', { _omitted: 1 } as object);
    expect(() => exportGraph(graph, 'graphml')).toThrow(/io\/graphml: the attribute name "_omitted" is reserved/);
    expect(() => exportGraph(graph, 'gexf')).toThrow(/io\/gexf: the attribute name "_omitted" is reserved/);
  });
});
