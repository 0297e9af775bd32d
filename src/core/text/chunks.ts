// A shallow parse over wink-nlp's part-of-speech tags: noun phrases, verb
// groups and prepositional phrases, and the clauses of each sentence. Written
// by hand because no maintained JavaScript chunker reads wink's (Universal
// Dependencies) tags; it is a few linear passes, so every extractor can ask
// "is this the subject?", "are these in one clause?" instead of counting tokens.
import type { Segmented, Token } from './segment.ts';

export type ChunkKind = 'NP' | 'VG' | 'PP' | 'O';

export interface Chunk {
  kind: ChunkKind;
  /** token range [start, end) */
  start: number;
  end: number;
  /** the last noun of a noun phrase (of a prepositional phrase's noun phrase), the last verb of a verb group */
  head: number;
  /** a verb group in the passive voice ("was received", "has been invited") */
  passive?: boolean;
}

export interface Chunking {
  chunks: Chunk[];
  /** index in `chunks` of each token's chunk */
  chunkOf: Int32Array;
  /** each token's clause, numbered across the text; a new sentence always opens a new clause */
  clauseOf: Int32Array;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** What may stand in a noun phrase before its head. */
const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'X', 'SYM']);
const VERBAL = new Set(['VERB', 'AUX']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", 'got', 'get', 'gets']);
const PARTICIPLE = /(ed|en|wn|id|ne|lt)$/;
/** Tokens that end a clause: the next words begin another. */
const CLAUSE_PUNCT = new Set([';', ':', '—', '–', '(', ')']);
/** Words that open a clause of their own ("where he met", "before he landed", "which"). */
const CLAUSE_WORDS = new Set(['where', 'which', 'who', 'whom', 'whose', 'when', 'while', 'before', 'after', 'since', 'because', 'although', 'though', 'until', 'whereas', 'once', 'if', 'unless', 'then', 'that']);
/** The possessive "'s", part of the noun phrase it follows ("Trump's aides"). */
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

const isNominal = (t: Token) => NOMINAL.has(t.pos);

export function chunk(seg: Segmented): Chunking {
  const { tokens, sentences } = seg;
  const chunks: Chunk[] = [];
  const chunkOf = new Int32Array(tokens.length);
  const clauseOf = new Int32Array(tokens.length);
  let clause = -1;
  for (const s of sentences) {
    clause++;
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const c = chunkAt(tokens, i, s.tokenEnd);
      for (let j = c.start; j < c.end; j++) chunkOf[j] = chunks.length;
      chunks.push(c);
      i = c.end;
    }
    // Clauses: a clause word, clause punctuation, or a comma or "and" before a new subject and its verb.
    for (let j = s.tokenStart; j < s.tokenEnd; j++) {
      const t = tokens[j]!;
      if (j > s.tokenStart && (CLAUSE_WORDS.has(t.lower) || t.pos === 'SCONJ' || opensClauseAfterLink(tokens, j + 1, s.tokenEnd))) clause++;
      clauseOf[j] = clause;
      if (CLAUSE_PUNCT.has(t.text) && j + 1 < s.tokenEnd) clause++;
    }
  }
  return { chunks, chunkOf, clauseOf };
}

/** ", he said", "and Putin replied": a comma or conjunction (token j) followed by a noun phrase and a verb. */
function opensClauseAfterLink(tokens: Token[], j: number, end: number): boolean {
  const prev = tokens[j - 1];
  if (!prev || !(prev.text === ',' || prev.pos === 'CCONJ')) return false;
  let k = j;
  while (k < end && NP_INNER.has(tokens[k]!.pos)) k++;
  return k > j && k < end && isNominal(tokens[k - 1]!) && VERBAL.has(tokens[k]!.pos);
}

/** The chunk that starts at token i. */
function chunkAt(tokens: Token[], i: number, end: number): Chunk {
  const t = tokens[i]!;
  // "before he landed": the word opens a clause, it does not govern a noun.
  if (CLAUSE_WORDS.has(t.lower) || t.pos === 'SCONJ') return { kind: 'O', start: i, end: i + 1, head: i };
  if (t.pos === 'ADP' && t.lower !== 'to' || (t.lower === 'to' && i + 1 < end && tokens[i + 1]!.pos !== 'VERB')) {
    const head = nounPhraseHead(tokens, i + 1, end);
    if (head >= 0) return { kind: 'PP', start: i, end: head + 1, head };
  }
  const head = nounPhraseHead(tokens, i, end);
  if (head >= 0) return { kind: 'NP', start: i, end: head + 1, head };
  const vg = verbGroupAt(tokens, i, end);
  if (vg) return vg;
  return { kind: 'O', start: i, end: i + 1, head: i };
}

/**
 * The head of the noun phrase from token i (determiners and modifiers, then nouns, with possessives
 * inside: "the US President's envoy"), or -1. The phrase ends at its head: adjectives after it belong elsewhere.
 */
function nounPhraseHead(tokens: Token[], i: number, end: number): number {
  let j = i;
  let head = -1;
  while (j < end) {
    const t = tokens[j]!;
    if (NP_INNER.has(t.pos) || (POSSESSIVE.has(t.text) && head >= 0) || (t.text === '-' && head >= 0 && j + 1 < end && NP_INNER.has(tokens[j + 1]!.pos))) {
      if (isNominal(t)) head = j;
      j++;
      // A pronoun is a phrase of its own ("he", "they"), unless possessive ("his aides").
      if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower)) break;
      continue;
    }
    break;
  }
  return head;
}

/** A verb group from token i: auxiliaries, adverbs and "not" or "to", then verbs. */
function verbGroupAt(tokens: Token[], i: number, end: number): Chunk | null {
  let j = i;
  let head = -1;
  let be = false;
  let passive = false;
  while (j < end) {
    const t = tokens[j]!;
    if (VERBAL.has(t.pos)) {
      if (t.pos === 'VERB') {
        head = j;
        if (be && PARTICIPLE.test(t.lower)) passive = true;
      } else {
        be ||= BE.has(t.lower);
        if (head < 0) head = j;
      }
      j++;
      continue;
    }
    if ((t.pos === 'ADV' || t.pos === 'PART') && j + 1 < end && (VERBAL.has(tokens[j + 1]!.pos) || tokens[j + 1]!.pos === 'ADV' || tokens[j + 1]!.pos === 'PART')) { j++; continue; }
    break;
  }
  if (head < 0) return null;
  return passive ? { kind: 'VG', start: i, end: j, head, passive } : { kind: 'VG', start: i, end: j, head };
}

/** The noun phrase before the first verb group of token `at`'s clause: its subject, if any. */
export function subjectOf(c: Chunking, tokens: Token[], at: number): Chunk | undefined {
  const clause = c.clauseOf[at]!;
  let i = at;
  while (i > 0 && c.clauseOf[i - 1] === clause) i--;
  let subject: Chunk | undefined;
  for (let k = c.chunkOf[i]!; k < c.chunks.length; k++) {
    const ch = c.chunks[k]!;
    if (c.clauseOf[ch.start] !== clause) break;
    if (ch.kind === 'NP' && !subject) subject = ch;
    if (ch.kind === 'VG') return subject && isNominal(tokens[subject.head]!) ? subject : undefined;
  }
  return undefined;
}

/** Are tokens a and b in one clause? */
export const sameClause = (c: Chunking, a: number, b: number): boolean => c.clauseOf[a] === c.clauseOf[b];
