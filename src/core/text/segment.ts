// Sentences and tokens with character offsets into the original text. wink-nlp
// gives the tokens and their parts of speech; it gives values and the spaces
// before them, not offsets, so offsets are recovered by walking the text.
// Sentences are cut here rather than by wink's sentence detector, which costs
// a quarter of its time (measured) and ends sentences at "Maj." or "Gen.": a
// sentence ends at a stop followed by a capital, a digit or a quote, and
// always at a line break, since headlines, captions and bylines carry no stop.
// What wink reads is bounded (reading-bounds.ts) and so is a sentence
// (MAX_SENTENCE_TOKENS): later steps do work per sentence that grows faster
// than its length, so a text without stops must not make one huge sentence.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MAX_RUN, WINDOW, blankRules, breakLongRuns, readingWindows } from './reading-bounds.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  sentence: number;
  /** starts with an upper-case letter */
  cap: boolean;
  /** two or more letters, all upper case */
  allCaps: boolean;
  /** what the word is to the extractors: the bits `words` gives its lower case (Word in knowledge.ts), 0 without */
  word: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** token index range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
}

export interface Segmented {
  tokens: Token[];
  sentences: Sentence[];
}

const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'maj', 'col', 'lt', 'capt', 'sgt', 'adm', 'cmdr', 'sen', 'rep', 'gov', 'amb', 'st', 'rev', 'hon', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jr', 'sr', 'wash']);
const STOPS = new Set(['.', '!', '?', '…', '...']);
/** What a new sentence can start with besides a capital. */
const SENTENCE_START = /^[\d"“‘'(\[@#]/;
const BLANK = /^\s+$/;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
/** Most tokens in a sentence: about three times the longest in the corpora (72); a longer one is cut into pieces. */
export const MAX_SENTENCE_TOKENS = 200;
/** Where a piece of an over-long sentence may end, after the token. */
const PIECE_ENDS = new Set([',', ';', ':', '–', '—', '-', '--']);

/** Starts with an upper-case letter. */
function isUpperStart(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(value);
}

function isAllCaps(value: string): boolean {
  if (value.length < 2 || isAsciiLower(value.charCodeAt(1))) return false; // "Trump": decided without upper-casing it
  if (value.toUpperCase() !== value || value.toLowerCase() === value) return false;
  let letters = 0;
  for (const ch of value) if (LETTER.test(ch) && ++letters >= 2) return true;
  return false;
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/** Could the token end a sentence? A look at its first character rules most tokens out before the set. */
function isStop(value: string): boolean {
  const c = value.charCodeAt(0);
  return (c === 46 || c === 33 || c === 63 || c === 8230) && STOPS.has(value);
}

/** A word without the full stop that ends it ("gen." → "gen"): what `word.replace(/\.$/, '')` gives, without a pattern per token. */
export function withoutStop(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** Is there a line break in text[from, to)? */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Only white space: a token wink makes of a line break. Most tokens start with a letter, so the pattern is seldom needed. */
function isBlank(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c === 10 || c === 13 || c === 32 || c === 9) return true;
  return (c === 11 || c === 12 || c > 127) && BLANK.test(value);
}

/** A space or tab, or a Unicode space other than a line break: what wink counts as a token's preceding spaces. */
function isSpace(c: number): boolean {
  if (c === 32 || c === 9) return true;
  return c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** How much wink reads at once (reading-bounds.ts); tests make them small. */
export interface ReadingLimits {
  maxRun: number;
  window: number;
}
const LIMITS: ReadingLimits = { maxRun: MAX_RUN, window: WINDOW };

/** Sentences and tokens of `text`; with `words` (Knowledge.words), each token takes its word's bits. */
export function segment(text: string, words?: ReadonlyMap<string, number>, limits: ReadingLimits = LIMITS): Segmented {
  // Same length as `text`, so what wink reads is at the original's offsets.
  const read = breakLongRuns(blankRules(text), limits.maxRun);
  const placer = new TokenPlacer(read, words);
  for (const [from, to] of readingWindows(read, limits.window)) {
    const doc = nlp.readDoc(from === 0 && to === read.length ? read : read.slice(from, to));
    const values = doc.tokens().out() as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    placer.place(from, values, pos);
  }
  return { tokens: placer.tokens, sentences: cutSentences(placer.tokens, placer.lineBreakBefore) };
}

/** Tokens at their offsets in the text, window after window, without the blank ones; `lineBreakBefore[i]` is whether a line break precedes token i. */
class TokenPlacer {
  readonly tokens: Token[] = [];
  readonly lineBreakBefore: boolean[] = [];
  private cursor = 0;
  private breakPending = false;

  constructor(private readonly text: string, private readonly words: ReadonlyMap<string, number> | undefined) {}

  /** The tokens wink read in the window starting at `from`. */
  place(from: number, values: string[], pos: string[]): void {
    const { text, words, tokens } = this;
    if (hasLineBreak(text, this.cursor, from)) this.breakPending = true;
    let cursor = Math.max(this.cursor, from);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      // The spaces wink saw before the token: found here rather than asked of wink, a third list per window.
      // Most tokens follow a space or nothing: a look at their first character finds them.
      const first = value.charCodeAt(0);
      let at = cursor;
      let c = text.charCodeAt(at);
      while (c !== first && isSpace(c)) c = text.charCodeAt(++at);
      if (c !== first || !text.startsWith(value, at)) {
        at = this.#find(cursor, value);
        if (at < 0) continue; // a value wink rewrote: skip it rather than misplace it
      }
      if (hasLineBreak(text, cursor, at)) this.breakPending = true;
      cursor = at + value.length;
      if (isBlank(value)) {
        if (value.includes('\n')) this.breakPending = true;
        continue;
      }
      const cap = isUpperStart(value);
      this.lineBreakBefore.push(this.breakPending);
      this.breakPending = false;
      const lower = value.toLowerCase();
      tokens.push({ text: value, lower, start: at, end: cursor, pos: pos[i] ?? 'X', sentence: 0, cap, allCaps: cap && isAllCaps(value), word: words?.get(lower) ?? 0 });
    }
    this.cursor = cursor;
  }

  /** Where `value` starts after the spaces at `cursor`, else its nearest place after `cursor` (-1 if it is not near). */
  #find(cursor: number, value: string): number {
    const { text } = this;
    let at = cursor;
    while (at < text.length && isSpace(text.charCodeAt(at)) && !text.startsWith(value, at)) at++;
    if (text.startsWith(value, at)) return at;
    // Looks only as far as it may take a token from, so a value not in the text costs little.
    const near = text.slice(cursor, cursor + 64 + value.length).indexOf(value);
    return near < 0 ? -1 : cursor + near;
  }
}

/** Sentence boundaries: line breaks, and stops before a new sentence's start. Sets each token's sentence. */
function cutSentences(tokens: Token[], lineBreakBefore: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let open = 0;
  const close = (end: number) => {
    if (end <= open) return;
    const index = sentences.length;
    for (let t = open; t < end; t++) tokens[t]!.sentence = index;
    sentences.push({ index, start: tokens[open]!.start, end: tokens[end - 1]!.end, tokenStart: open, tokenEnd: end });
    open = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > open && lineBreakBefore[i]) close(i);
    if (i - open >= MAX_SENTENCE_TOKENS) close(pieceEnd(tokens, open, i));
    const t = tokens[i]!;
    if (!isStop(t.text)) continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && (ABBREVIATIONS.has(prev.lower) || (prev.text.length === 1 && prev.cap))) continue; // "Maj." "W."
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && !lineBreakBefore[end]) end++;
    const next = tokens[end];
    if (!next || lineBreakBefore[end] || next.cap || SENTENCE_START.test(next.text)) close(end);
  }
  close(tokens.length);
  return sentences;
}

/** Where the piece of an over-long sentence tokens[open, i) ends: after its last comma, dash or the like in its second half, else at i. */
function pieceEnd(tokens: Token[], open: number, i: number): number {
  for (let t = i - 1; t > open + (MAX_SENTENCE_TOKENS >> 1); t--) if (PIECE_ENDS.has(tokens[t]!.text)) return t + 1;
  return i;
}
