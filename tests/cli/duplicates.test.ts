// The same article added twice is one article: a second file with the same
// text (up to line endings and trailing whitespace) is left out with a
// warning naming the first, whose id stands for both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/cli/read-corpus.ts';
import { run } from '../../src/cli/run.ts';
import { buildGraph } from '../../src/core/index.ts';
import { importGraph } from '../../src/core/io/index.ts';
import { comparableText } from '../../src/core/text/same-text.ts';
import { ARTICLE, OTHER_ARTICLE, captureStream, makeFolder } from './helpers.ts';

const CRLF_COPY = `${ARTICLE.replace(/\n/g, '  \r\n')}\r\n\r\n`;

describe('the same text', () => {
  it.each([
    ['CRLF line endings', 'Line one.\r\nLine two.\r\n', 'Line one.\nLine two.\n'],
    ['old Mac line endings', 'Line one.\rLine two.', 'Line one.\nLine two.'],
    ['trailing spaces and tabs', 'Line one. \t\nLine two.', 'Line one.\nLine two.'],
    ['blank lines at the end', 'Line one.\nLine two.', 'Line one.\nLine two.\n\n\n'],
    ['a byte order mark', '\uFEFFLine one.', 'Line one.'],
  ])('is the same text after %s', (_, a, b) => {
    expect(comparableText(a)).toBe(comparableText(b));
  });

  it.each([
    ['a changed word', 'Line one.', 'Line two.'],
    ['leading indentation', '  Line one.', 'Line one.'],
    ['a line break moved', 'Line one. Line two.', 'Line one.\nLine two.'],
  ])('is not the same text with %s', (_, a, b) => {
    expect(comparableText(a)).not.toBe(comparableText(b));
  });
});

describe('readCorpus', () => {
  it('reads a copy of an article once, under the first id, and warns naming both', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'b.txt': OTHER_ARTICLE, 'copies/a-again.md': CRLF_COPY });
    try {
      const corpus = await readCorpus(dir);
      expect(corpus.docs.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
      expect(corpus.warnings).toEqual([{ id: 'copies/a-again.md', reason: 'same text as a.txt, which stands for both' }]);
      expect(corpus.bytes).toBe(Buffer.byteLength(ARTICLE) + Buffer.byteLength(OTHER_ARTICLE));
    } finally {
      cleanup();
    }
  });
});

describe('kg build', () => {
  it('builds one document of two files with the same text, and says so in the warning and the report', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'b.txt': OTHER_ARTICLE, 'c.txt': CRLF_COPY });
    const stdout = captureStream();
    const stderr = captureStream();
    try {
      const out = join(dir, 'graph.json');
      expect(await run(['build', dir, '--out', out], { stdout, stderr })).toBe(0);
      expect(stderr.text()).toContain('warning: skipped c.txt: same text as a.txt, which stands for both');
      expect(stdout.text()).toMatch(/documents\s+2 read, 1 left out as the same text as an earlier one \(see warnings\)/);
      const graph = importGraph(readFileSync(out, 'utf8'), 'json');
      expect(graph.filterNodes((_, a) => a.kind === 'document')).toEqual(['doc:a.txt', 'doc:b.txt']);
      expect(graph.someNode((_, a) => a.evidence.some((e) => e.doc === 'c.txt'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe('buildGraph', () => {
  it('builds one document of two with the same text, the first id, and names the copy', () => {
    const copies: [string, string][] = [];
    const once = buildGraph([{ id: 'a.txt', text: ARTICLE }]);
    const twice = buildGraph([{ id: 'a.txt', text: ARTICLE }, { id: 'b.txt', text: CRLF_COPY }], { onDuplicate: (id, first) => copies.push([id, first]) });
    expect(copies).toEqual([['b.txt', 'a.txt']]);
    expect(twice.export()).toEqual(once.export());
  });
});
