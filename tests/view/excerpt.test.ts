import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evidenceMarks, findNames, groupByArticle, splitText, clampSpan } from '../../src/app/lib/excerpt.ts';

const TEXT = 'Kremlin spokesman Dmitry Peskov said Peskov-style briefings (by Mr. Peskov) were over.';

describe('splitText', () => {
  it.each([
    { name: 'no marks', marks: [], want: [{ text: 'Kremlin', mark: false }] },
    { name: 'a mark inside', marks: [[0, 3]] as const, want: [{ text: 'Kre', mark: true }, { text: 'mlin', mark: false }] },
    { name: 'a mark past the end is clipped', marks: [[5, 40]] as const, want: [{ text: 'Kreml', mark: false }, { text: 'in', mark: true }] },
    { name: 'overlapping marks merge', marks: [[1, 3], [2, 5]] as const, want: [{ text: 'K', mark: false }, { text: 'reml', mark: true }, { text: 'in', mark: false }] },
  ])('$name', ({ marks, want }) => {
    expect(splitText(TEXT, 0, 7, marks)).toEqual(want);
  });

  it('pieces always join back into the slice, marks only where asked', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.nat(60), fc.nat(60))), fc.nat(30), fc.nat(30), (text, raw, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const marks = raw.map(([s, e]) => [Math.min(s, e), Math.max(s, e)] as const);
        const pieces = splitText(text, from, to, marks);
        expect(pieces.map((p) => p.text).join('')).toBe(text.slice(from, to));
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('findNames', () => {
  it('finds whole words only, case-insensitively, longest name first', () => {
    const spans = findNames(TEXT, 0, TEXT.length, ['Peskov', 'Dmitry Peskov', 'Mr. Peskov']);
    expect(spans.map(([s, e]) => TEXT.slice(s, e))).toEqual(['Dmitry Peskov', 'Peskov', 'Mr. Peskov']);
  });

  it('ignores one-letter names and names inside words', () => {
    expect(findNames('Trumpism and Trump', 0, 18, ['Trump', 'T'])).toEqual([[13, 18]]);
  });
});

describe('evidenceMarks', () => {
  it('uses the mention span when it lies inside the sentence', () => {
    const marks = evidenceMarks(TEXT, { doc: 'd', start: 0, end: TEXT.length, mention: [18, 31] }, []);
    expect(marks).toEqual([[18, 31]]);
  });

  it('falls back to the names when the mention is missing or outside', () => {
    const marks = evidenceMarks(TEXT, { doc: 'd', start: 0, end: 31, mention: [50, 60] }, ['Peskov']);
    expect(marks.map(([s, e]) => TEXT.slice(s, e))).toEqual(['Peskov']);
  });
});

describe('groupByArticle', () => {
  it('groups by document in first-seen order, sorts by offset, drops duplicates', () => {
    const groups = groupByArticle([
      { doc: 'b', start: 10, end: 20 },
      { doc: 'a', start: 5, end: 9 },
      { doc: 'b', start: 0, end: 5 },
      { doc: 'b', start: 10, end: 20, mention: [11, 12] },
    ]);
    expect(groups.map((g) => [g.doc, g.items.map((i) => i.start)])).toEqual([
      ['b', [0, 10]],
      ['a', [5]],
    ]);
  });
});

describe('clampSpan', () => {
  it('keeps bad offsets inside the text', () => {
    expect(clampSpan('abc', { doc: 'd', start: -4, end: 99 })).toEqual([0, 3]);
    expect(clampSpan('abc', { doc: 'd', start: 5, end: 2 })).toEqual([3, 3]);
  });
});
