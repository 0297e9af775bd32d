// The same article added twice is one article: two texts that differ only in
// line endings, trailing spaces, blank lines at the end or a byte order mark
// are the same text. Files saved on another system, or pasted again, differ
// in exactly these ways.

/** The text as compared for sameness (not the text the offsets index). */
export function comparableText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t\f\v\u00a0]+$/gm, '').replace(/\s+$/, '');
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
