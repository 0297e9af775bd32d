// Reading a folder of articles: which files become documents, with which ids
// and text, and which are skipped with a warning naming them.
import { describe, expect, it } from 'vitest';
import { CorpusError, decodeArticle, readCorpus } from '../../src/cli/read-corpus.ts';
import { ARTICLE, BINARY, LATIN1, makeFolder } from './helpers.ts';

describe('readCorpus', () => {
  it('reads .txt, .md and .html recursively, ids relative with forward slashes, sorted', async () => {
    const { dir, cleanup } = makeFolder({
      'b.txt': ARTICLE,
      'a.md': '# Title\n\nText.',
      'sub/deeper/c.HTML': '<p>Putin &amp; Trump</p>',
      'notes.pdf': 'not an article',
      '.hidden.txt': 'hidden',
      '.git/x.txt': 'hidden folder',
    });
    try {
      const corpus = await readCorpus(dir);
      expect(corpus.docs.map((d) => d.id)).toEqual(['a.md', 'b.txt', 'sub/deeper/c.HTML']);
      expect(corpus.docs[1]!.text).toBe(ARTICLE);
      expect(corpus.docs[2]!.text).toBe('Putin & Trump'); // an HTML page is read as its visible text
      expect(corpus.warnings).toEqual([]);
      expect(corpus.bytes).toBe(Buffer.byteLength('# Title\n\nText.') + Buffer.byteLength(ARTICLE) + Buffer.byteLength('<p>Putin &amp; Trump</p>'));
    } finally {
      cleanup();
    }
  });

  it('skips a binary file and a non-UTF-8 file with warnings naming them, and reads the rest', async () => {
    const { dir, cleanup } = makeFolder({ 'good.txt': ARTICLE, 'img/photo.txt': BINARY, 'latin1.md': LATIN1, 'empty.txt': ' \n' });
    const seen: string[] = [];
    try {
      const corpus = await readCorpus(dir, { onWarning: (w) => seen.push(w.id) });
      expect(corpus.docs.map((d) => d.id)).toEqual(['good.txt']);
      expect(corpus.warnings).toEqual([
        { id: 'empty.txt', reason: 'empty file' },
        { id: 'img/photo.txt', reason: 'binary file (NUL byte at offset 8)' },
        { id: 'latin1.md', reason: 'not valid UTF-8 (bad byte 0xe9 at offset 3)' },
      ]);
      expect(seen).toEqual(['empty.txt', 'img/photo.txt', 'latin1.md']);
    } finally {
      cleanup();
    }
  });

  it('fails clearly on a missing folder, a file, and a folder without articles', async () => {
    const { dir, cleanup } = makeFolder({ 'readme.pdf': 'x', 'only.txt': BINARY });
    try {
      await expect(readCorpus(`${dir}/missing`)).rejects.toThrow(new CorpusError(`cli: no such folder: ${dir}/missing`));
      await expect(readCorpus(`${dir}/readme.pdf`)).rejects.toThrow(/cli: not a folder: .*readme\.pdf/);
      await expect(readCorpus(dir)).rejects.toThrow(/cli: none of the 1 article files in .* could be read/);
      const empty = makeFolder({ 'x.pdf': 'x' });
      await expect(readCorpus(empty.dir)).rejects.toThrow(/cli: no articles \(\.txt, \.md, \.html, \.htm files\) in /);
      empty.cleanup();
    } finally {
      cleanup();
    }
  });
});

describe('decodeArticle', () => {
  it.each([
    ['plain UTF-8', new TextEncoder().encode('Zürich 🙂'), { text: 'Zürich 🙂' }],
    // The BOM stays, so offsets match the file as the evaluation reads it.
    ['a byte order mark is kept', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), { text: '\uFEFFA' }],
    ['a truncated character', Uint8Array.from([0x41, 0xe2, 0x82]), { problem: 'not valid UTF-8 (the file ends inside a character)' }],
    ['an overlong encoding', Uint8Array.from([0x41, 0x42, 0xc0, 0xaf]), { problem: 'not valid UTF-8 (bad byte 0xc0 at offset 2)' }],
    ['a lead byte followed by ASCII', Uint8Array.from([0x41, 0xe2, 0x41]), { problem: 'not valid UTF-8 (bad byte 0xe2 at offset 1)' }],
    ['a lone continuation byte', Uint8Array.from([0x41, 0x80, 0x41]), { problem: 'not valid UTF-8 (bad byte 0x80 at offset 1)' }],
    ['a NUL byte', Uint8Array.from([0x41, 0x00]), { problem: 'binary file (NUL byte at offset 1)' }],
    // A lone CR is a line end, as one LF; CRLF stays, so offsets index the file as it is.
    ['old Mac line ends', new TextEncoder().encode('Title\rText.\r\rMore.\r'), { text: 'Title\nText.\n\nMore.\n' }],
    ['CRLF line ends', new TextEncoder().encode('Title\r\nText.\r\n'), { text: 'Title\r\nText.\r\n' }],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeArticle(bytes)).toEqual(expected);
  });
});
