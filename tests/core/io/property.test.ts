// Property: arbitrary attribute strings, XML-special and control characters
// included, survive GraphML and GEXF. Plain string attributes come back with
// only the characters XML 1.0 cannot carry removed; lists (JSON columns) come
// back exactly, lone surrogates and U+FFFE included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../../src/core/schema.ts';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph, fromGEXF, fromGraphML, stripIllegalXmlChars, toGEXF, toGraphML } from '../../../src/core/io/index.ts';
import { importGraphFile } from '../../../src/core/io/foreign.ts';

const tricky = fc.constantFrom(
  '<', '>', '&', '"', "'", '\r', '\n', '\r\n', '\t', ' ', '\u0000', '\u0001', '\u000b', '\u001f', '\u007f', '\u0085',
  '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '🙂', 'é', ']]>', '&amp;', '&#1;', '\\', '|', ',', '[', ']', '{', '}', '"\'',
);
const unit = fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const text = fc.string({ unit, maxLength: 24 });
// Node keys go into id="…" attributes: any text with a visible character and
// without XML-illegal characters (the readers refuse blank ids, which Cytoscape
// cannot draw), and not a built-in property name such as "__proto__", which
// fast-check likes to try and graphology cannot store (see src/core/io/safe-keys.ts).
const nodeKey = text.map(stripIllegalXmlChars).filter((key) => key.trim() !== '' && !(key in Object.prototype));

const record = fc.record({
  label: text,
  aliases: fc.array(text, { maxLength: 3 }),
  roles: fc.array(text, { maxLength: 2 }),
  country: fc.option(text, { nil: null }),
  role: text,
  doc: text,
});

type Values = typeof record extends fc.Arbitrary<infer T> ? T : never;

function graphOf(keys: string[], values: Values[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  keys.forEach((key, i) => {
    const v = values[i % values.length]!;
    graph.addNode(key, {
      label: v.label, kind: 'official', aliases: v.aliases, roles: v.roles, country: v.country,
      evidence: [{ doc: v.doc, start: 0, end: 1 }],
    });
  });
  keys.forEach((key, i) => {
    const v = values[i % values.length]!;
    const target = keys[(i + 1) % keys.length]!;
    graph.addDirectedEdgeWithKey(`e${i}`, key, target, { relation: 'affiliated_with', role: v.role, evidence: [{ doc: v.doc, start: 1, end: 2 }] });
  });
  return graph;
}

/** What an XML format gives back: scalar strings without XML-illegal characters, everything else exact. */
function expectedAfterXml(graph: KnowledgeGraph): ReturnType<KnowledgeGraph['export']> {
  const copy = graph.copy();
  copy.updateEachNodeAttributes((_key, a) => ({
    ...a, label: stripIllegalXmlChars(a.label), country: a.country == null ? a.country : stripIllegalXmlChars(a.country),
  }));
  copy.updateEachEdgeAttributes((_key, a) => ({ ...a, role: a.role === undefined ? undefined : stripIllegalXmlChars(a.role) }));
  return copy.export();
}

const graphs = fc
  .tuple(fc.uniqueArray(nodeKey, { minLength: 1, maxLength: 4 }), fc.array(record, { minLength: 1, maxLength: 4 }))
  .map(([keys, values]) => graphOf(keys, values));

describe.each([
  ['GraphML', toGraphML, fromGraphML],
  ['GEXF', toGEXF, fromGEXF],
] as const)('%s with arbitrary attribute strings', (_name, write, read) => {
  it('round-trips (scalars minus XML-illegal characters, lists exactly)', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        expect(read(write(graph)).export()).toEqual(expectedAfterXml(graph));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});

// Property: random graphs survive export → import (the app's own door,
// importGraphFile) unchanged in every format: node and edge ids drawn from one
// small pool so they collide (Gephi numbers both from 0), booleans, integers
// (beyond 32 bits too), doubles, lists, unicode and long strings, nulls and
// empty strings. XML formats drop only the characters XML 1.0 cannot carry
// from scalar strings; JSON formats give back every value exactly.
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit, maxLength: 12 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 300, maxLength: 1500 }),
);
const idPool = fc.constantFrom('0', '1', '2', 'a', 'n0', 'e0', 'Zürich', '🙂');
const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
const extras = fc.record(
  {
    flag: fc.boolean(),
    count: fc.oneof(fc.integer(), fc.constant(2 ** 40)),
    ratio: finiteDouble,
    tags: fc.array(anyText, { maxLength: 3 }),
    note: fc.oneof(anyText, fc.constant(''), fc.constant(null)),
  },
  { requiredKeys: [] },
);

interface RandomGraph {
  nodes: { key: string; label: string; extra: Record<string, unknown> }[];
  edges: { key: string; source: number; target: number; extra: Record<string, unknown> }[];
}

const randomGraphs = fc
  .record({
    nodes: fc.uniqueArray(fc.record({ key: idPool, label: anyText, extra: extras }), { minLength: 1, maxLength: 5, selector: (n) => n.key }),
    edges: fc.uniqueArray(fc.record({ key: idPool, source: fc.nat(), target: fc.nat(), extra: extras }), { maxLength: 6, selector: (e) => e.key }),
  })
  .map(({ nodes, edges }): KnowledgeGraph => {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    const r: RandomGraph = { nodes, edges };
    for (const n of r.nodes) {
      graph.addNode(n.key, { label: n.label, kind: 'person', aliases: [n.label], evidence: [{ doc: 'a.txt', start: 0, end: 5 }], ...n.extra } as never);
    }
    const keys = graph.nodes();
    for (const e of r.edges) {
      graph.addDirectedEdgeWithKey(e.key, keys[e.source % keys.length]!, keys[e.target % keys.length]!, { relation: 'participant', evidence: [{ doc: 'a.txt', start: 0, end: 5 }], ...e.extra } as never);
    }
    return graph;
  });

/** What an XML format gives back: every scalar string without XML-illegal characters. */
function afterXml(graph: KnowledgeGraph): ReturnType<KnowledgeGraph['export']> {
  const copy = graph.copy();
  const strip = (a: object) => Object.fromEntries(Object.entries(a).map(([name, value]) => [name, typeof value === 'string' ? stripIllegalXmlChars(value) : value]));
  copy.updateEachNodeAttributes((_key, a) => strip(a) as never);
  copy.updateEachEdgeAttributes((_key, a) => strip(a) as never);
  return copy.export();
}

describe.each(EXPORT_FORMATS)('every format: %s', (format) => {
  it('gives back random graphs with colliding ids, typed values, lists, unicode and long strings', () => {
    fc.assert(
      fc.property(randomGraphs, (graph) => {
        const isXml = format === 'graphml' || format === 'gexf';
        const imported = importGraphFile(exportGraph(graph, format), `random${FORMAT_INFO[format].extension}`);
        expect(imported.foreign).toBe(false);
        const back = imported.graph.export();
        const want = isXml ? afterXml(graph) : graph.export();
        // graphology's option allowSelfLoops travels in JSON only.
        expect({ ...back, options: undefined }).toEqual({ ...want, options: undefined });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150) },
    );
  });
});
