// Property tests: every importer and the article readers, on arbitrary and on
// mutated input, either succeed or throw an Error with our own message (it
// names the module or the file), finish quickly, and never touch the graph
// that was loaded before.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/core/io/index.ts';
import { importGraphFile } from '../../src/core/io/foreign.ts';
import { extractDocument } from '../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../src/core/knowledge.ts';
import { ArticleInputError, articleFromFile, articleFromPaste } from '../../src/app/lib/article-input.ts';
import { htmlToText } from '../../src/core/text/html-text.ts';
import { parseWorkspace, workspaceText } from '../../src/app/lib/workspace-file.ts';
import { fixtureGraph } from '../fixtures/io/knowledge-graph.ts';

const FOREIGN = path.resolve(import.meta.dirname, '../fixtures/io/foreign');
const OURS = /^io\/(graphml|gexf|json|import): /;
const samples = ['yed.graphml', 'gephi.graphml', 'cytoscape.graphml', 'networkx.graphml', 'gephi.gexf', 'graphology.json'].map((f) => ({ name: f, text: readFileSync(path.join(FOREIGN, f), 'utf8') }));
const graph = fixtureGraph();
for (const format of ['graphml', 'gexf', 'json'] as const) samples.push({ name: `ours.${format}`, text: exportGraph(graph, format) });

/** Runs the importer; returns null on success, else the message (failing on a foreign error type). */
function tryImport(text: string, name: string): string | null {
  try {
    importGraphFile(text, name);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
}

describe('graph importers', () => {
  it('on arbitrary text: success or our own error, quickly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('a.graphml', 'a.gexf', 'a.json', 'a.xml', ''), (text, name) => {
        const started = performance.now();
        const message = tryImport(text, name);
        if (message !== null) expect(message).toMatch(OURS);
        expect(performance.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 300 },
    );
  });

  it('on files with a slice cut out or replaced: success or our own error, and the loaded graph unchanged', () => {
    const before = JSON.stringify(graph.export());
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (sample, a, b, insert) => {
        const start = a % (sample.text.length + 1);
        const end = Math.min(sample.text.length, start + (b % 80));
        const text = sample.text.slice(0, start) + insert + sample.text.slice(end);
        const message = tryImport(text, sample.name);
        if (message !== null) expect(message).toMatch(OURS);
      }),
      { numRuns: 400 },
    );
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('article readers', () => {
  it('files: an article or an ArticleInputError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('a.txt', 'a.md', 'a.html', 'a.bin'), async (bytes, name) => {
        try {
          const draft = await articleFromFile(name, bytes);
          expect(draft.text.trim()).not.toBe('');
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleInputError);
          expect((error as Error).message.startsWith(name)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('HTML to text: never throws, drops scripts, linear on big input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const text = htmlToText(`<p>${s}</p><script>secret()</script>`);
        expect(text).not.toContain('secret()');
      }),
      { numRuns: 300 },
    );
    const started = performance.now();
    htmlToText('<script'.repeat(200_000) + '<a '.repeat(200_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('pasted text keeps the title and date as its first lines', () => {
    expect(articleFromPaste('Body text.', 'A title', '2024-05-01').text).toBe('A title\nPublished: 2024-05-01\n\nBody text.');
    expect(() => articleFromPaste('   ')).toThrow(ArticleInputError);
  });
});

describe('the extractor on arbitrary text', () => {
  const knowledge = loadDefaultKnowledge();
  it('never throws, and every sentence span lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom('<script>alert(1)</script> Putin met Trump in Helsinki.', '\u0000\uFFFD\uD800 Biden', 'Mr. . . . Dr.')), (text) => {
        const extraction = extractDocument({ id: 'x.txt', text }, knowledge);
        for (const [start, end] of extraction.sentences) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('workspace file', () => {
  it('round-trips articles, graph and view', () => {
    const articles = [{ id: 'yours/a.txt', title: 'A', published: '2024-01-02', text: 'Putin met Trump.', hidden: true, origin: 'a.txt', addedAt: '2024-01-02T00:00:00.000Z' }];
    const view = { layout: 'forceatlas2', kinds: ['leader'], statuses: ['held'], focusHops: 1 as const, selection: { type: 'node' as const, id: 'n1' } };
    const text = workspaceText({ corpus: 'seeds', articles, source: { type: 'articles' }, graph: graph.export(), view });
    const back = parseWorkspace(JSON.parse(text));
    expect(back.articles).toEqual(articles);
    expect(back.graph).toEqual(JSON.parse(JSON.stringify(graph.export())));
    expect(back.view).toEqual(view);
  });
});
