// The GraphML writer: keys with real types and JSON descriptions, proper XML
// escaping, and a file graphology-graphml itself reads into the same graph.
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { fromGraphML, toGraphML } from '../../../src/core/io/graphml.ts';
import { KNOWN_JSON_ATTRIBUTES } from '../../../src/core/io/attribute-codec.ts';
import { TRICKY_LABEL, fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

function keys(xml: string): { id: string; for: string; name: string; type: string; desc: string }[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return Array.from({ length: doc.getElementsByTagName('key').length }, (_, i) => {
    const key = doc.getElementsByTagName('key').item(i)!;
    return {
      id: key.getAttribute('id') ?? '',
      for: key.getAttribute('for') ?? '',
      name: key.getAttribute('attr.name') ?? '',
      type: key.getAttribute('attr.type') ?? '',
      desc: key.getElementsByTagName('desc').item(0)?.textContent ?? '',
    };
  });
}

describe('toGraphML', () => {
  it('declares one key per attribute per domain, from the attributes present', () => {
    const k = keys(toGraphML(fixtureGraph()));
    const names = (domain: string) => k.filter((key) => key.for === domain && !key.name.startsWith('yfiles.')).map((key) => key.name);
    expect(names('graph')).toEqual(['name']);
    expect(names('node').sort()).toEqual(['_omitted', 'aliases', 'country', 'date', 'evidence', 'kind', 'label', 'roles', 'status', 'type']);
    expect(names('edge').sort()).toEqual(['evidence', 'meeting', 'relation', 'role']);
    expect(new Set(k.map((key) => key.id)).size).toBe(k.length);
    // yEd's drawing, one key per domain.
    expect(k.filter((key) => key.name.startsWith('yfiles.')).map((key) => `${key.for} ${key.name}`)).toEqual(['node yfiles.nodegraphics', 'edge yfiles.edgegraphics']);
  });

  it('gives real attr.types and marks JSON columns in <desc>', () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes('leader:putin', { mentions: 12, score: 0.5, confirmed: true } as object);
    const byName = new Map(keys(toGraphML(graph)).filter((key) => key.for === 'node').map((key) => [key.name, key]));
    expect(byName.get('mentions')?.type).toBe('int');
    expect(byName.get('score')?.type).toBe('double');
    expect(byName.get('confirmed')?.type).toBe('boolean');
    expect(byName.get('label')).toMatchObject({ type: 'string', desc: '' });
    for (const name of ['aliases', 'evidence', 'roles', '_omitted']) {
      expect(byName.get(name)?.type).toBe('string');
      expect(byName.get(name)?.desc).toMatch(/\bJSON\b/);
    }
  });

  it('escapes markup, keeps CR, and strips characters XML 1.0 forbids', () => {
    const graph = fixtureGraph();
    graph.setNodeAttribute('venue:helsinki', 'label', 'A\u0000B\u0008C\uFFFED\uD800E & <x>');
    const xml = toGraphML(graph);
    expect(xml).toContain('Helsinki &lt;Summit&gt; &amp; &quot;talks&quot; &apos;n&apos;');
    expect(xml).toContain('&#13;\n\tend');
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFE\uD800]/);
    expect(fromGraphML(xml).getNodeAttribute('venue:helsinki', 'label')).toBe('ABCDE & <x>');
  });

  it('is read by graphology-graphml into the same nodes, edges and attributes', () => {
    const original = fixtureGraph();
    const parsed = parse(MultiDirectedGraph, toGraphML(original));
    expect(parsed.type).toBe('directed');
    expect(parsed.nodes()).toEqual(original.nodes());
    expect(parsed.edges()).toEqual(original.edges());
    expect(parsed.getAttributes()).toEqual(original.getAttributes());
    const decode = (attributes: Record<string, unknown>) => {
      const out: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(attributes)) {
        // yEd's drawing: a generic GraphML reader sees its text (the node's label, nothing for an edge).
        if (name === 'yfiles.nodegraphics' || name === 'yfiles.edgegraphics') continue;
        if (name === '_omitted') Object.assign(out, JSON.parse(value as string));
        else out[name] = KNOWN_JSON_ATTRIBUTES.has(name) ? JSON.parse(value as string) : value;
      }
      return out;
    };
    original.forEachNode((key, attributes) => {
      expect(decode(parsed.getNodeAttributes(key))).toEqual(attributes);
    });
    original.forEachEdge((key, attributes, source, target) => {
      expect([parsed.source(key), parsed.target(key)]).toEqual([source, target]);
      expect(decode(parsed.getEdgeAttributes(key))).toEqual(attributes);
    });
    expect(parsed.getNodeAttribute('meeting:helsinki-2018', 'label')).toBe(TRICKY_LABEL);
  });

  it('reads files whose keys lost their <desc> (e.g. rewritten by networkx): known arrays are still decoded', () => {
    const xml = toGraphML(fixtureGraph()).replace(/\s*<desc>[^<]*<\/desc>\s*/g, '');
    const back = fromGraphML(xml);
    expect(back.getNodeAttribute('leader:putin', 'aliases')).toEqual(['Putin', 'President Putin', 'Mr. Putin']);
    expect(back.getEdgeAttribute('p1', 'evidence')).toEqual([{ doc: 'a.txt', start: 0, end: 42 }]);
  });
});

describe("yEd's drawing in the GraphML", () => {
  it('places each node where the layout puts it (given positions, else the same deterministic layout every time)', () => {
    const graph = fixtureGraph();
    const geometry = (xml: string) => [...xml.matchAll(/<y:Geometry x="([^"]+)" y="([^"]+)" width="([^"]+)"/g)].map((m) => [Number(m[1]) + Number(m[3]) / 2, Number(m[2]) + Number(m[3]) / 2]);
    const given = new Map(graph.mapNodes((key, _a) => [key, { x: key.length * 10, y: key.length }] as const));
    expect(geometry(toGraphML(graph, { positions: given }))).toEqual(graph.mapNodes((key) => [key.length * 10, key.length]));
    const laidOut = geometry(toGraphML(graph));
    expect(laidOut).toEqual(geometry(toGraphML(fixtureGraph())));
    expect(laidOut.flat().every(Number.isFinite)).toBe(true);
    expect(new Set(laidOut.map((p) => p.join())).size).toBe(graph.order);
  });

  it("gives each node its label, its kind's shape and fill, and each edge its relation's colour", () => {
    const xml = toGraphML(fixtureGraph());
    expect(xml).toContain('<y:Fill color="#D55E00" transparent="false"/>');
    expect(xml).toMatch(/<y:NodeLabel[^>]*>Vladimir Putin<\/y:NodeLabel><y:Shape type="star5"\/>/);
    expect(xml).toContain('<y:LineStyle color="#5B7A99" type="line" width="1.0"/><y:Arrows source="none" target="standard"/>');
    expect(xml).toContain('<key id="yn" for="node" yfiles.type="nodegraphics" attr.name="yfiles.nodegraphics" attr.type="string"/>');
  });

  it("keeps attributes named r, g and b (graphology-graphml's parser would make them one color)", () => {
    const graph = fixtureGraph();
    graph.mergeNodeAttributes('leader:putin', { r: 1, g: 2, b: 3 } as object);
    expect(fromGraphML(toGraphML(graph)).getNodeAttributes('leader:putin')).toEqual(graph.getNodeAttributes('leader:putin'));
  });
});
