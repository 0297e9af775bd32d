// evidence_text (SCHEMA.md): the supporting sentences themselves, each with its
// article, beside the offsets, on every node and edge of the GraphML, GEXF and
// Cytoscape exports when the articles are at hand; removed again on import
// (it is derived), its sentences kept for the next export.
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../../src/core/io/foreign.ts';
import { EVIDENCE_TEXT, exportGraph, fromGEXF, fromGraphML, sentencesFromSpans, sentencesFromTexts } from '../../../src/core/io/index.ts';
import { evidenceText } from '../../../src/core/io/export-options.ts';
import { fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';

const A = 'Putin and Trump met in Helsinki on July 16, 2018, for talks.\nPeskov, the press secretary, said the talks went well.';
const B = 'x'.repeat(10) + 'Trump said he would visit Moscow at the invitation of Putin; the date was not set. '.repeat(3);
const sentence = sentencesFromTexts(new Map([['a.txt', A], ['sub/b.md', B]]));

describe('evidence_text', () => {
  it('joins the sentences, one a line, each with its article, the same span once, sentences on one line', () => {
    const text = evidenceText([{ doc: 'a.txt', start: 0, end: 42 }, { doc: 'a.txt', start: 0, end: 42 }, { doc: 'a.txt', start: 50, end: 90 }, { doc: 'gone.txt', start: 0, end: 3 }], sentence);
    expect(text).toBe(`[a.txt] ${A.slice(0, 42)}\n[a.txt] ${A.slice(50, 90).replace(/\s+/g, ' ').trim()}`);
    expect(evidenceText([{ doc: 'gone.txt', start: 0, end: 3 }], sentence)).toBeUndefined();
  });

  it.each([
    ['graphml', fromGraphML],
    ['gexf', fromGEXF],
  ] as const)('%s: on every node and edge, read by the plain reader as a string', (format, read) => {
    const graph = fixtureGraph();
    const back = read(exportGraph(graph, format, { sentence }));
    back.forEachNode((key, attributes) => {
      expect((attributes as unknown as Record<string, unknown>)[EVIDENCE_TEXT], key).toBe(evidenceText(graph.getNodeAttribute(key, 'evidence'), sentence));
    });
    back.forEachEdge((key, attributes) => {
      expect((attributes as unknown as Record<string, unknown>)[EVIDENCE_TEXT], key).toMatch(/^\[(a\.txt|sub\/b\.md)\] /);
    });
  });

  it.each(['graphml', 'gexf', 'cyjs'] as const)('%s: importing removes it, so the graph is the one written, and keeps its sentences', (format) => {
    const graph = fixtureGraph();
    const imported = importGraphFile(exportGraph(graph, format, { sentence }), `x.${format}`);
    expect(imported.graph.export()).toEqual(graph.export());
    const again = sentencesFromSpans(imported.sentences);
    expect(again({ doc: 'a.txt', start: 0, end: 42 })).toBe(A.slice(0, 42));
    // Written again from those sentences alone: the same file.
    expect(exportGraph(imported.graph, format, { sentence: again })).toBe(exportGraph(graph, format, { sentence }));
  });
});
