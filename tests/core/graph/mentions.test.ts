// "Says who": each article's document node has a `mentions` edge to every
// named node and meeting it speaks of, with the sentences that do as evidence.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/index.ts';

const A = 'Putin meets Macron in Moscow\n\nRussian President Vladimir Putin met French President Emmanuel Macron in Moscow on February 7, 2022.\nThe two leaders held talks for five hours.\nThe Kremlin said the meeting was useful.\n';
const B = 'Scholz calls Putin\n\nGerman Chancellor Olaf Scholz spoke with Vladimir Putin by phone on February 13, 2022.\n';
const graph = buildGraph([{ id: 'a.txt', text: A }, { id: 'b.txt', text: B }]);
const docs = { 'a.txt': A, 'b.txt': B } as const;
const mentionsOf = (doc: string) => graph.filterOutEdges(`doc:${doc}`, (_, a) => a.relation === 'mentions').map((e) => graph.target(e));

describe('mentions edges', () => {
  it('link each document to the people, places, organizations and meetings it names', () => {
    const a = mentionsOf('a.txt');
    expect(a).toEqual(expect.arrayContaining(['person:Vladimir Putin', 'person:Emmanuel Macron']));
    expect(a.some((k) => graph.getNodeAttribute(k, 'kind') === 'meeting')).toBe(true);
    expect(mentionsOf('b.txt')).toEqual(expect.arrayContaining(['person:Vladimir Putin', 'person:Olaf Scholz']));
    expect(mentionsOf('b.txt')).not.toContain('person:Emmanuel Macron');
  });

  it('go from a document to a node that is not a document, one edge per pair', () => {
    const pairs = new Set<string>();
    graph.forEachEdge((_, a, source, target, sa, ta) => {
      if (a.relation !== 'mentions') return;
      expect(sa.kind).toBe('document');
      expect(ta.kind).not.toBe('document');
      expect(pairs.has(`${source}>${target}`)).toBe(false);
      pairs.add(`${source}>${target}`);
    });
    // Every node other than a document is mentioned by some article.
    graph.forEachNode((key, a) => {
      if (a.kind !== 'document') expect(graph.inEdges(key).some((e) => graph.getEdgeAttribute(e, 'relation') === 'mentions'), key).toBe(true);
    });
  });

  it('cite the sentences of that document that mention the node, and only those', () => {
    graph.forEachEdge((_, a, source, target) => {
      if (a.relation !== 'mentions') return;
      const doc = source.slice('doc:'.length) as keyof typeof docs;
      const node = graph.getNodeAttributes(target);
      for (const ev of a.evidence) {
        expect(ev.doc).toBe(doc);
        expect(0 <= ev.start && ev.start < ev.end && ev.end <= docs[doc].length).toBe(true);
        // A named node's sentences hold one of its names; a meeting's are its own evidence.
        const held = node.evidence.some((n) => n.doc === ev.doc && n.start === ev.start && n.end === ev.end);
        if (node.kind === 'meeting') expect(held).toBe(true);
        else expect([node.label, ...node.aliases].some((name) => docs[doc].slice(ev.start, ev.end).includes(name))).toBe(true);
      }
    });
  });

  it('come after every other edge, so that adding them leaves the other edges\' keys as they were', () => {
    const relations = graph.mapEdges((_, a) => a.relation);
    const first = relations.indexOf('mentions');
    expect(first).toBeGreaterThan(0);
    expect(relations.slice(first).every((r) => r === 'mentions')).toBe(true);
  });
});
