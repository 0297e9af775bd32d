// The same article added twice is one article: two texts that differ only in
// line endings, trailing spaces, blank lines at the end or a byte order mark
// are the same text. Files saved on another system, or pasted again, differ
// in exactly these ways.

/** The text as compared for sameness (not the text the offsets index). */
export function comparableText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The pattern tries every character, and most texts have no line to trim: it runs only on those that do.
  // trimEnd takes off what /\s+$/ did, without trying the pattern at every space.
  return (hasTrailingBlank(lines) ? lines.replace(TRAILING_BLANKS, '') : lines).trimEnd();
}

const TRAILING_BLANKS = /[ \t\f\v\u00a0]+$/gm;
const isBlank = (c: number) => c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0;
const isLineEnd = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Does a line of `text` end in what TRAILING_BLANKS removes? */
function hasTrailingBlank(text: string): boolean {
  for (let i = 1; i < text.length; i++) if (isLineEnd(text.charCodeAt(i)) && isBlank(text.charCodeAt(i - 1))) return true;
  return text.length > 0 && isBlank(text.charCodeAt(text.length - 1));
}

/** Remembers the first document of each text, so that a later copy can be told apart and named after it. */
export class SameTexts {
  readonly #first = new Map<string, string>();

  /** The id of an earlier document with this key (a comparable text, or a digest of one), or null after recording `id` as its first. */
  firstOf(key: string, id: string): string | null {
    const first = this.#first.get(key);
    if (first !== undefined) return first;
    this.#first.set(key, id);
    return null;
  }
}
