// Bounds on what wink-nlp reads at once, so that segmenting stays linear in the
// length of the text. wink's tokenizer tries its patterns (the e-mail one most
// of all) on each run between spaces in time that grows with the square of the
// run's length: a 100 KB base64 image or a long rule of hyphens took tens of
// seconds. So runs longer than MAX_WORD (MAX_RUN for a link) get a space put in, over one of their
// own characters: the text wink reads keeps the length of the original, and
// every offset into it is an offset into the original. Long texts are read in
// windows cut at a line break or a space, each on its own readDoc.

/** wink-nlp's word splitter (trex.helpers.splitter of wink-eng-lite-web-model): only these end a run. */
export function isWinkSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** Longest run without a space that wink reads whole: longer than the URLs articles cite (172 characters in the corpora), short enough to cost little. */
export const MAX_RUN = 256;
/** Most characters one readDoc reads: an ordinary article is read whole, as before. */
export const WINDOW = 100_000;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** ASCII but not a letter or digit: "-", "/", "+", "=", "." — where a run can be cut without cutting a word. */
const isSeparator = (c: number) => c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));

/** Fewest repeats of one mark that make a rule ("--------", "========", "________"): prose repeats none so often. */
export const MIN_RULE = 8;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A mark a rule can be made of: ASCII punctuation, or a BMP character that is no letter, digit or space. */
function isRuleMark(c: number): boolean {
  if (c < 128) return isSeparator(c) && !isWinkSpace(c);
  return !(isHigh(c) || isLow(c) || isWinkSpace(c) || c === 0x2028 || c === 0x2029) && !LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * `text` with every rule blanked but its first mark. wink makes a token of each
 * one or two hyphens, stars or equals signs, so a page of them was read as
 * three times the tokens of a page of prose (measured); a rule says nothing
 * the extractors read. Same length as `text`; `text` itself when it has none.
 * A loop, not a pattern: a back-reference pattern overflows the stack on a 5 MB rule.
 */
export function blankRules(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  let runStart = 0;
  let mark = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === mark) continue;
    if (i - runStart >= MIN_RULE && isRuleMark(mark)) {
      pieces.push(text.slice(copied, runStart + 1), ' '.repeat(i - runStart - 1));
      copied = i;
    }
    mark = c;
    runStart = i;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * Longest run read whole that is no link: longer than any word, short enough
 * that wink's e-mail pattern, which each run costs in the square of its length,
 * costs little on a base64 image (a quarter of what MAX_RUN runs cost, measured).
 */
export const MAX_WORD = 64;

/** Does text[i] start "://" or is it "@": a run that has one is a link or an address, read whole up to MAX_RUN. */
const isLinkMark = (text: string, i: number, c: number) => c === 64 || (c === 58 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47);

/**
 * `text` with a space over one character of every run without a wink space
 * longer than `maxWord` characters (`maxRun` for a link or an address), so no
 * run wink reads is longer. Same length as `text`; `text` itself when no run is that long.
 */
export function breakLongRuns(text: string, maxRun = MAX_RUN, maxWord = MAX_WORD): string {
  const pieces: string[] = [];
  let copied = 0;
  let runStart = 0;
  let link = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWinkSpace(c)) {
      runStart = i + 1;
      link = false;
      continue;
    }
    link ||= isLinkMark(text, i, c);
    const limit = link ? maxRun : Math.min(maxRun, maxWord);
    if (i - runStart < limit) continue;
    // text[runStart, i] is one character too long: blank a separator in its last quarter, or its last character.
    let cut = i;
    for (let j = i; j > i - (limit >> 2); j--) {
      if (isSeparator(text.charCodeAt(j))) {
        cut = j;
        break;
      }
    }
    if (cut === i && isLow(text.charCodeAt(cut)) && isHigh(text.charCodeAt(cut - 1))) cut--; // not half an astral character
    const width = isHigh(text.charCodeAt(cut)) && isLow(text.charCodeAt(cut + 1)) ? 2 : 1;
    pieces.push(text.slice(copied, cut), width === 2 ? '  ' : ' ');
    copied = cut + width;
    runStart = copied;
    link = false;
    i = Math.max(i, copied - 1);
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/**
 * [start, end) windows that cover `text`, none longer than `size`: each ends
 * after a line break in its second half if there is one, else after a wink
 * space (there is one every MAX_RUN characters once runs are broken).
 */
export function readingWindows(text: string, size = WINDOW): [number, number][] {
  const windows: [number, number][] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const half = start + (size >> 1);
    let end = lastAfter(text, half, limit, (c) => c === 10);
    if (end < 0) {
      end = lastAfter(text, half, limit, isWinkSpace);
      if (end < 0) end = limit;
      if (end === limit && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end--; // no space at all: still whole characters
    }
    windows.push([start, end]);
    start = end;
  }
  windows.push([start, text.length]);
  return windows;
}

/** Just after the last character in text[from, to) that `is`, or -1: looks no further back than `from`. */
function lastAfter(text: string, from: number, to: number, is: (c: number) => boolean): number {
  for (let j = to - 1; j >= from; j--) if (is(text.charCodeAt(j))) return j + 1;
  return -1;
}
