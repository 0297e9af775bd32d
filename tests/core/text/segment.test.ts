// Sentences and tokens with offsets into the original text. Every evidence
// span in the graph is a sentence from here, so offsets must be exact and a
// sentence must end where a reader would end it.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/core/text/segment.ts';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

/** Texts that stress offsets: curly quotes, contractions, astral emoji, CRLF, tabs, handles, URLs, blank input. */
const TEXTS: [string, string][] = [
  ['plain article', 'Trump met Putin in Helsinki, Finland, on July 16, 2018. The two leaders spoke for two hours.'],
  ['headline then body', 'Amid criticism, Trump eyes 2nd meeting with Putin\n\nUS to invite Putin to visit Washington in fall\n'],
  ['curly quotes and possessives', '“It’s a great success,” Trump’s aide said. Putin’s aide didn’t agree.'],
  ['contractions', "He can't and won't go; they'd rather not. Y'all know it."],
  ['astral characters', '🙂 Trump met Putin 👍🏽 in Zürich. Владимир Путин said “да”.'],
  ['CRLF line ends and tabs', 'Title line\r\nPublished : 20 Jul 2018, 01:22\r\n\tTrump met Putin.\r\n'],
  ['handles, urls, e-mail', 'President Trump asked @Ambjohnbolton to invite Putin, see https://example.com/a?b=1 or write to [email protected].'],
  ['abbreviations', 'U.S. President Donald Trump (L) meets Mr. Putin at 1 p.m. in Washington, D.C. on Feb. 21.'],
  ['dashes and ellipses', 'Trump met Putin – never a formal visit… Then—silence... ok'],
  ['only spaces', '   \n\t  '],
  ['empty', ''],
];

describe('segment: offsets', () => {
  it.each(TEXTS)('%s: every token is exactly text.slice(start, end)', (_, text) => {
    const { tokens } = segment(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it.each(TEXTS)('%s: tokens come in order and do not overlap', (_, text) => {
    const { tokens } = segment(text);
    for (let i = 1; i < tokens.length; i++) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
  });

  it.each(TEXTS)('%s: sentence spans lie inside the text and contain their tokens', (_, text) => {
    const { tokens, sentences } = segment(text);
    for (const s of sentences) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.start).toBeLessThan(s.end);
      expect(s.end).toBeLessThanOrEqual(text.length);
    }
    for (const t of tokens) {
      const s = sentences[t.sentence]!;
      expect(t.start).toBeGreaterThanOrEqual(s.start);
      expect(t.end).toBeLessThanOrEqual(s.end);
    }
  });

  it('keeps the words of a text (no word is dropped)', () => {
    const text = 'Trump met Putin in Helsinki, Finland, on July 16, 2018.';
    const words = segment(text).tokens.map((t) => t.text).filter((w) => /\p{L}/u.test(w));
    expect(words).toEqual(['Trump', 'met', 'Putin', 'in', 'Helsinki', 'Finland', 'on', 'July']);
  });

  it('has no tokens and no sentences for blank text', () => {
    expect(segment('   \n\t  ')).toEqual({ tokens: [], sentences: [] });
    expect(segment('')).toEqual({ tokens: [], sentences: [] });
  });
});

describe('segment: sentences', () => {
  it.each([
    ['a headline without full stop ends at the line break',
      'Trump Invited Putin to Washington\nThe Kremlin and White House confirmed it.',
      ['Trump Invited Putin to Washington', 'The Kremlin and White House confirmed it.']],
    ['stacked headlines, blank lines and a marker line are separate sentences',
      'Amid criticism, Trump eyes 2nd meeting with Putin\n\nUS to invite Putin to visit Washington in fall\n\nPublished : 20 Jul 2018, 01:22',
      ['Amid criticism, Trump eyes 2nd meeting with Putin', 'US to invite Putin to visit Washington in fall', 'Published : 20 Jul 2018, 01:22']],
    ['a CRLF line end is not part of the sentence',
      'Title line\r\nTrump met Putin.',
      ['Title line', 'Trump met Putin.']],
    ['full stops end sentences',
      'Trump met Putin. Putin met Xi. Xi met Modi.',
      ['Trump met Putin.', 'Putin met Xi.', 'Xi met Modi.']],
    ['"Maj. Gen. Roman Gofman" stays in one sentence',
      'Netanyahu was joined by his military secretary Maj. Gen. Roman Gofman in Washington. They left on Tuesday.',
      ['Netanyahu was joined by his military secretary Maj. Gen. Roman Gofman in Washington.', 'They left on Tuesday.']],
    ['"Mr." and "Dr." do not end a sentence',
      'Mr. Putin met Dr. Jill Biden. She smiled.',
      ['Mr. Putin met Dr. Jill Biden.', 'She smiled.']],
  ])('%s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('numbers sentences in order and gives each token its sentence', () => {
    const text = 'Putin meets Trump\nThe two leaders met in Helsinki. Gofman said so.';
    const { tokens, sentences } = segment(text);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(tokens.find((t) => t.text === 'Helsinki')!.sentence).toBe(1);
    expect(tokens.find((t) => t.text === 'Gofman')!.sentence).toBe(2);
    for (const s of sentences) {
      expect(tokens.slice(s.tokenStart, s.tokenEnd).every((t) => t.sentence === s.index)).toBe(true);
    }
  });
});

describe('segment: token flags', () => {
  it.each([
    ['Peskov', { cap: true, allCaps: false, lower: 'peskov' }],
    ['PESKOV', { cap: true, allCaps: true, lower: 'peskov' }],
    ['US', { cap: true, allCaps: true, lower: 'us' }],
    ['A', { cap: true, allCaps: false, lower: 'a' }],
    ['Élysée', { cap: true, allCaps: false, lower: 'élysée' }],
    ['met', { cap: false, allCaps: false, lower: 'met' }],
  ])('%s', (word, flags) => {
    const [t] = segment(`${word} `).tokens;
    expect(t).toMatchObject({ text: word, ...flags });
  });
});
