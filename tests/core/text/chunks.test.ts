// The shallow parse every extractor reads: noun phrases, verb groups,
// prepositional phrases, clauses and subjects, on sentences written here.
import { describe, expect, it } from 'vitest';
import { chunk, subjectOf } from '../../../src/core/text/chunks.ts';
import { segment } from '../../../src/core/text/segment.ts';

/** The chunks of a one-sentence text, as "KIND[words]". */
function chunksOf(text: string): string[] {
  const seg = segment(text);
  const c = chunk(seg);
  return c.chunks.map((ch) => `${ch.kind}[${seg.tokens.slice(ch.start, ch.end).map((t) => t.text).join(' ')}]${ch.passive ? ' passive' : ''}`);
}

/** The words of each clause of a text. */
function clausesOf(text: string): string[] {
  const seg = segment(text);
  const c = chunk(seg);
  const out: string[][] = [];
  seg.tokens.forEach((t, i) => { (out[c.clauseOf[i]!] ??= []).push(t.text); });
  return out.filter(Boolean).map((words) => words.join(' '));
}

function subject(text: string, word: string): string | undefined {
  const seg = segment(text);
  const at = seg.tokens.findIndex((t) => t.text === word);
  const s = subjectOf(chunk(seg), seg.tokens, at);
  return s && seg.tokens.slice(s.start, s.end).map((t) => t.text).join(' ');
}

describe('chunks', () => {
  it.each([
    ['a subject, a verb group and an object', 'The chancellor met the French president.', ['NP[The chancellor]', 'VG[met]', 'NP[the French president]', 'O[.]']],
    ['a prepositional phrase', 'They spoke in Berlin.', ['NP[They]', 'VG[spoke]', 'PP[in Berlin]', 'O[.]']],
    ['auxiliaries and "not" in the verb group', 'She will not attend the summit.', ['NP[She]', 'VG[will not attend]', 'NP[the summit]', 'O[.]']],
  ])('%s', (_, text, expected) => {
    expect(chunksOf(text)).toEqual(expected);
  });

  it('marks the passive voice', () => {
    expect(chunksOf('The minister was received by the king.')).toContain('VG[was received] passive');
    expect(chunksOf('The minister received the king.')).toContain('VG[received]');
  });

  it('keeps a possessive inside its noun phrase', () => {
    expect(chunksOf("The president's envoy arrived.")[0]).toBe("NP[The president 's envoy]");
  });
});

describe('clauses', () => {
  it.each([
    ['a relative clause with "where"', 'He flew to Tokyo, where he met the prime minister.', ['He flew to Tokyo ,', 'where he met the prime minister .']],
    ['a clause opened by "before"', 'Aides spoke on Monday before he landed in Rome.', ['Aides spoke on Monday', 'before he landed in Rome .']],
    ['a new subject and verb after "and"', 'The king spoke and the guests listened.', ['The king spoke', 'and the guests listened .']],
    ['a list of names is one clause', 'She met Anna, Boris and Carla.', ['She met Anna , Boris and Carla .']],
  ])('%s', (_, text, expected) => {
    expect(clausesOf(text)).toEqual(expected);
  });

  it('opens a new clause with each sentence', () => {
    expect(clausesOf('He left. She stayed.')).toEqual(['He left .', 'She stayed .']);
  });
});

describe('subjects', () => {
  it('is the noun phrase before the clause verb', () => {
    expect(subject('The visiting minister met the mayor in the city hall.', 'mayor')).toBe('The visiting minister');
  });

  it('is the subject of the clause of the word asked about, not of the sentence', () => {
    expect(subject('Aides spoke on Monday before the president landed in Rome.', 'Rome')).toBe('the president');
  });

  it('is none when the clause has no verb', () => {
    expect(subject('A meeting of leaders', 'leaders')).toBeUndefined();
  });
});
