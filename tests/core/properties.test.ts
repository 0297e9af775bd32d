// Properties over arbitrary input: the pipeline never throws, and whatever it
// finds, its evidence points inside the documents. Run counts are kept modest
// so that the file takes a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/index.ts';
import type { Doc } from '../../src/core/schema.ts';
import { findDates } from '../../src/core/text/dates.ts';
import { segment } from '../../src/core/text/segment.ts';
import { allEvidence, invalidSpans } from '../fixtures/core/graph.ts';

const RUNS = 200;
const TIMEOUT = 60_000;

/** Words the extractor reacts to: known and unknown names, titles, triggers, cues, dates, punctuation. */
const VOCABULARY = [
  'Trump', 'Putin', 'Donald', 'Vladimir', 'Helsinki', 'Finland', 'Moscow', 'Washington', 'White', 'House', 'Oval', 'Office', 'Kremlin',
  'Dmitry', 'Peskov', 'PESKOV', 'JANE', 'DOE', 'Jane', 'Smith', 'Xyzzy', 'Bill', 'Clinton', 'George', 'W.', 'Bush', 'Obama', '@POTUS', '@Ambjohnbolton',
  'President', 'Russian', 'US', 'U.S.', 'spokesman', 'press', 'secretary', 'former', 'ambassador', 'to', 'Ukraine', 'aide', 'Mr.', 'Maj.', 'Gen.',
  'met', 'meet', 'meeting', 'summit', 'invited', 'invite', 'asked', 'visit', 'state', 'call', 'spoke', 'with', 'talks', 'said', 'told', 'never', 'not',
  'the', 'two', 'leaders', 'both', 'his', 'counterpart', 'in', 'at', 'on', 'and', 'a', 'will', 'would', 'second',
  'July', '16,', '2018', 'last', 'May', 'this', 'morning', 'autumn', 'year', 'Thursday', 'Published', ':', 'date', '2025-02-12',
  'Photo', 'by', '/', 'AFP', ',', '.', ';', '!', '?', '"', '“', '”', '’s', "'s", '-', '–', '(', ')', '\n', '\n\n', '\r\n',
];
const SEPARATORS = [' ', ' ', ' ', '', '  ', '\t'];

/** Mixes of the vocabulary with random spacing. */
const wordMix = fc.array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const ARBITRARY: [string, fc.Arbitrary<string>][] = [
  ['strings', fc.string({ maxLength: 400 })],
  ['grapheme strings (full Unicode)', fc.string({ unit: 'grapheme', maxLength: 300 })],
  ['binary strings (lone surrogates too)', fc.string({ unit: 'binary', maxLength: 300 })],
  ['mixes of names, triggers and punctuation', wordMix],
];

const corpus = (texts: string[]): Doc[] => texts.map((text, i) => ({ id: `doc-${i}.txt`, text }));
const docsOf = (text: fc.Arbitrary<string>) => fc.array(text, { minLength: 1, maxLength: 3 }).map(corpus);
/** Articles that have a title line before the generated text. */
const titledDocsOf = (text: fc.Arbitrary<string>) => fc.array(text.map((t) => `Headline\n${t}`), { minLength: 1, maxLength: 3 }).map(corpus);

describe.each(ARBITRARY)('buildGraph on %s', (_, text) => {
  it('never throws', () => {
    fc.assert(fc.property(docsOf(text), (docs) => { buildGraph(docs); }), { numRuns: RUNS });
  }, TIMEOUT);

  it('keeps every evidence span inside its document, and evidence on every node and edge', () => {
    fc.assert(fc.property(titledDocsOf(text), (docs) => {
      const graph = buildGraph(docs);
      expect(invalidSpans(graph, docs)).toEqual([]);
      expect(graph.filterNodes((__, a) => a.evidence.length === 0)).toEqual([]);
      expect(graph.filterEdges((__, a) => a.evidence.length === 0)).toEqual([]);
      for (const { ev } of allEvidence(graph)) {
        if (ev.mention) expect(ev.start <= ev.mention[0] && ev.mention[0] < ev.mention[1] && ev.mention[1] <= ev.end).toBe(true);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('gives only aliases that occur in the documents', () => {
    fc.assert(fc.property(titledDocsOf(text), (docs) => {
      const graph = buildGraph(docs);
      graph.forEachNode((key, a) => { for (const alias of a.aliases) expect(docs.some((d) => d.text.includes(alias)), `${key}: ${alias}`).toBe(true); });
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

// The same property without the title line: blank articles and articles whose
// only line is a "Published :" marker or a dateline included.
describe('buildGraph on any article, titled or not', () => {
  it('keeps every evidence span inside its document', () => {
    fc.assert(fc.property(docsOf(fc.oneof(...ARBITRARY.map(([, a]) => a))), (docs) => {
      expect(invalidSpans(buildGraph(docs), docs)).toEqual([]);
    }), { numRuns: RUNS });
  }, TIMEOUT);
});

describe('segment and findDates on arbitrary text', () => {
  it.each(ARBITRARY)('segment gives exact token offsets and sentence spans: %s', (_, arbitrary) => {
    fc.assert(fc.property(arbitrary, (text) => {
      const { tokens, sentences } = segment(text);
      for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const s of sentences) expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('findDates gives spans inside the sentence and ISO values at some precision', () => {
    const reference = fc.option(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }), { nil: null });
    fc.assert(fc.property(wordMix, fc.nat(1000), reference, (text, offset, ref) => {
      for (const d of findDates(text, offset, ref)) {
        expect(offset <= d.start && d.start < d.end && d.end <= offset + text.length).toBe(true);
        expect(d.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
