// Property: arbitrary attribute strings, XML-special and control characters
// included, survive GraphML and GEXF. Plain string attributes come back with
// only the characters XML 1.0 cannot carry removed; lists (JSON columns) come
// back exactly, lone surrogates and U+FFFE included.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../../src/core/schema.ts';
import { fromGEXF, fromGraphML, stripIllegalXmlChars, toGEXF, toGraphML } from '../../../src/core/io/index.ts';

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
