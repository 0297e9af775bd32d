// Long runs and long texts are cut before wink-nlp reads them, so that reading
// stays linear; evidence spans index the original text, so whatever is cut must
// keep every offset, and ordinary text must come out as it did.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_RUN, MAX_WORD, MIN_RULE, blankRules, breakLongRuns, isWinkSpace, readingWindows } from '../../../src/core/text/reading-bounds.ts';
import { MAX_SENTENCE_TOKENS, segment } from '../../../src/core/text/segment.ts';

/** Longest run of characters wink does not split at. */
function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isWinkSpace(text.charCodeAt(i)) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

const ARTICLE = 'Macron met Putin in Paris on Monday, aides said.\nSee https://example.com/news/2024/05/06/macron-putin-talks-in-paris?utm_source=feed for more.\n';

describe('breakLongRuns', () => {
  it('gives ordinary text back as it is', () => {
    expect(breakLongRuns(ARTICLE)).toBe(ARTICLE);
  });

  it('keeps the length and changes only characters it turns into spaces', () => {
    const text = `A rule:\n${'-'.repeat(5000)}\nthen ${'Zm9vYmFy'.repeat(300)} end`;
    const read = breakLongRuns(text);
    expect(read.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) if (read[i] !== text[i]) expect(read[i]).toBe(' ');
    expect(longestRun(read)).toBeLessThanOrEqual(MAX_RUN);
  });

  it('cuts at a separator near the limit rather than inside a word', () => {
    const text = Array.from({ length: 40 }, (_, i) => `word${i}`).join('/');
    const read = breakLongRuns(text, 50);
    expect(longestRun(read)).toBeLessThanOrEqual(50);
    // Only slashes were blanked: every word is still whole.
    for (const w of read.split(/[ /]/)) expect(w).toMatch(/^word\d+$/);
  });

  it('does not split an astral character', () => {
    const text = '🙂'.repeat(300);
    const read = breakLongRuns(text, 25);
    expect(read).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(longestRun(read)).toBeLessThanOrEqual(25);
  });

  it('reads a text of lone surrogates and other code units without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 600 }), fc.integer({ min: 2, max: 40 }), (text, maxRun) => {
      const read = breakLongRuns(text, maxRun);
      expect(read.length).toBe(text.length);
      expect(longestRun(read)).toBeLessThanOrEqual(maxRun + 1); // one more only where an astral pair straddles the limit
    }), { numRuns: 200 });
  });
});

describe('breakLongRuns: links and other runs', () => {
  it('reads a link or an address whole up to MAX_RUN, any other run up to MAX_WORD', () => {
    const link = `https://example.com/${'a-b/'.repeat(40)}`;
    const base64 = 'iVBORw0KGgoAAAANSUhEUgAA/+'.repeat(20);
    expect(link.length).toBeGreaterThan(MAX_WORD);
    expect(breakLongRuns(`See ${link} now`)).toBe(`See ${link} now`);
    const address = `${'x'.repeat(60)}@${'mail.'.repeat(10)}example.org`; // a local part is at most 64 characters
    expect(breakLongRuns(`write to ${address}`)).toBe(`write to ${address}`);
    const read = breakLongRuns(`![photo](data:image/png;base64,${base64})`);
    expect(longestRun(read)).toBeLessThanOrEqual(MAX_WORD);
  });
});

describe('blankRules', () => {
  it('blanks a rule of one mark but its first, keeping every offset', () => {
    const text = `Title\n${'='.repeat(40)}\nPutin met Trump.\n${'—'.repeat(12)}\n${'*'.repeat(MIN_RULE)} end`;
    const read = blankRules(text);
    expect(read.length).toBe(text.length);
    expect(read).toBe(`Title\n=${' '.repeat(39)}\nPutin met Trump.\n—${' '.repeat(11)}\n*${' '.repeat(MIN_RULE - 1)} end`);
  });

  it('leaves prose, dashes, ellipses and repeated letters or digits as they are', () => {
    const text = 'He paused -- then left... "Nooooooooo," she said in 10000000 words -------';
    expect(blankRules(text)).toBe(text.replace('-------', '-------')); // seven hyphens are no rule
    expect(blankRules('a' + '🙂'.repeat(10))).toBe('a' + '🙂'.repeat(10));
  });

  it('makes a page of hyphens a handful of tokens', () => {
    const { tokens } = segment(`Putin met Trump.\n${'-'.repeat(50_000)}\nThey talked.`);
    expect(tokens.length).toBeLessThan(12);
    expect(tokens.map((t) => t.text)).toContain('talked');
  });
});

describe('readingWindows', () => {
  it('is one window for a text that fits', () => {
    expect(readingWindows(ARTICLE)).toEqual([[0, ARTICLE.length]]);
    expect(readingWindows('')).toEqual([[0, 0]]);
  });

  it('covers the text with windows no longer than their size, ending at line breaks or spaces', () => {
    const text = 'The minister spoke at length and the talks went on '.repeat(200) + '\n' + 'x '.repeat(3000);
    const windows = readingWindows(text, 1000);
    expect(windows[0]![0]).toBe(0);
    expect(windows.at(-1)![1]).toBe(text.length);
    for (const [i, [start, end]] of windows.entries()) {
      expect(end - start).toBeLessThanOrEqual(1000);
      expect(end).toBeGreaterThan(start);
      if (i > 0) expect(start).toBe(windows[i - 1]![1]);
      if (end < text.length) expect(isWinkSpace(text.charCodeAt(end - 1))).toBe(true);
    }
  });
});

describe('segment on long runs and long sentences', () => {
  it('cuts a long rule of hyphens and a base64 image into short tokens with exact offsets', () => {
    const text = `# Macron meets Putin\n\n![photo](data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(2000)})\n\n${'-'.repeat(20_000)}\nMacron met Putin in Paris.`;
    const { tokens, sentences } = segment(text);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.text.length).toBeLessThanOrEqual(MAX_RUN);
    }
    for (const s of sentences) expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    // The article's own sentence comes out whole, at its place.
    expect(sentences.map((s) => text.slice(s.start, s.end))).toContain('Macron met Putin in Paris.');
  });

  it('cuts words without a full stop into sentences of at most MAX_SENTENCE_TOKENS tokens, preferably after a comma', () => {
    const text = Array.from({ length: 300 }, (_, i) => `the delegates from city ${i}, and their aides`).join(' ');
    const { tokens, sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) {
      expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      if (s.tokenEnd < tokens.length) expect(tokens[s.tokenEnd - 1]!.text).toBe(',');
    }
    // Pieces follow one another: no token is lost between them.
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.tokenStart).toBe(sentences[i - 1]!.tokenEnd);
    expect(sentences.at(-1)!.tokenEnd).toBe(tokens.length);
  });

  it('reads a long text in windows with the same tokens and sentences as in one read', () => {
    const text = 'Macron met Putin in Paris on Monday. The two leaders spoke, aides said.\n'.repeat(400);
    const one = segment(text, undefined, { maxRun: MAX_RUN, window: Infinity });
    const windowed = segment(text, undefined, { maxRun: MAX_RUN, window: 2000 });
    const spans = (s: ReturnType<typeof segment>) => ({ tokens: s.tokens.map((t) => [t.start, t.end]), sentences: s.sentences.map((x) => [x.start, x.end]) });
    expect(spans(windowed)).toEqual(spans(one));
  });

  it('leaves an ordinary article as it was', () => {
    const unbounded = segment(ARTICLE, undefined, { maxRun: Infinity, window: Infinity });
    expect(segment(ARTICLE)).toEqual(unbounded);
  });
});

/** Words, long runs and white space, mixed: what the cutting has to get right. */
const PARTS = ['Macron', 'met', 'Putin', 'in', 'Paris', ',', '.', '—', '🙂', 'https://example.com/a?b=1', '-'.repeat(90), 'QUJD'.repeat(30), 'x', '\u00a0', '\u3000'];
const SPACES = [' ', ' ', '', '\n', '\t', '  '];
const mixedText = fc.array(fc.tuple(fc.constantFrom(...PARTS), fc.constantFrom(...SPACES)), { maxLength: 150 }).map((p) => p.map(([w, s]) => w + s).join(''));
const smallLimits = fc.record({ maxRun: fc.integer({ min: 8, max: 120 }), window: fc.integer({ min: 64, max: 2000 }) });

describe('segment with cutting: properties', () => {
  it.each([
    ['mixes of words, long runs and spaces', mixedText],
    ['arbitrary strings', fc.string({ maxLength: 500 })],
    ['binary strings (lone surrogates too)', fc.string({ unit: 'binary', maxLength: 500 })],
  ])('%s: every token is text.slice(start, end), in order, within its sentence', (_, texts) => {
    fc.assert(fc.property(texts, smallLimits, (text, limits) => {
      const { tokens, sentences } = segment(text, undefined, limits);
      for (const [i, t] of tokens.entries()) {
        expect(t.text).toBe(text.slice(t.start, t.end));
        expect(t.text.length).toBeGreaterThan(0);
        if (i > 0) expect(t.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
        const s = sentences[t.sentence]!;
        expect(s.start <= t.start && t.end <= s.end).toBe(true);
      }
      for (const s of sentences) expect(s.tokenEnd - s.tokenStart).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    }), { numRuns: 150 });
  });
});
