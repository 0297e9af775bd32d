// extractDocument, the per-article step: what it reports about one article
// must point into that article's text exactly.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';

const knowledge = loadDefaultKnowledge();
const TEXT = [
  'Amid criticism, Trump eyes 2nd meeting with Putin',
  '',
  'Published : 20 Jul 2018, 01:22',
  '',
  'U.S. President Donald Trump (L) meets with his Russian counterpart Vladimir Putin in Helsinki, Finland, on July 16, 2018. File Photo Xinhua/Lehtikuva/Heikki Saukkomaa.',
  '',
  'Kremlin spokesman Dmitry Peskov said “PESKOV” twice. Peskov smiled.',
].join('\n');

describe('extractDocument', () => {
  const x = extractDocument({ id: 'sub/004.txt', text: TEXT }, knowledge);

  it('keeps the document id and reads its title and publication date', () => {
    expect(x.doc).toBe('sub/004.txt');
    expect(x.meta.title).toBe('Amid criticism, Trump eyes 2nd meeting with Putin');
    expect(x.meta.published).toBe('2018-07-20');
  });

  it('gives sentence spans inside the text, in order', () => {
    let last = 0;
    for (const [start, end] of x.sentences) {
      expect(start).toBeGreaterThanOrEqual(last);
      expect(start).toBeLessThan(end);
      expect(end).toBeLessThanOrEqual(TEXT.length);
      last = end;
    }
  });

  it('gives each mention its exact surface and the sentence that contains it', () => {
    expect(x.mentions.length).toBeGreaterThan(0);
    for (const m of x.mentions) {
      expect(TEXT.slice(m.start, m.end)).toBe(m.surface);
      const [s, e] = x.sentences[m.sentence]!;
      expect(m.start).toBeGreaterThanOrEqual(s);
      expect(m.end).toBeLessThanOrEqual(e);
    }
  });

  it('finds the people of the article, known and new', () => {
    const labels = new Set([...x.facts.values()].filter((f) => ['leader', 'official', 'person'].includes(f.kind)).map((f) => f.label));
    expect(labels).toEqual(new Set(['Donald Trump', 'Vladimir Putin', 'Heikki Saukkomaa', 'Dmitry Peskov']));
  });

  it('is deterministic', () => {
    const again = extractDocument({ id: 'sub/004.txt', text: TEXT }, knowledge);
    expect(again.mentions).toEqual(x.mentions);
    expect(again.frames).toEqual(x.frames);
  });
});
