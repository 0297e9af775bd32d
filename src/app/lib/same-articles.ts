// The same article added twice is one article: drafts whose text is already
// among the articles (or earlier in the same batch) are set aside, each with
// the title of the article it repeats, so the user is told and nothing is
// added twice. Texts compare as the CLI compares files (src/core/text/same-text.ts).
import { comparableText } from '../../core/text/same-text.ts';

export interface Repeat<D> { draft: D; of: string }

/** Splits drafts into those to add and those that repeat an article (named by `of`: its title). */
export function setAsideRepeats<D extends { text: string }>(
  drafts: readonly D[], existing: Iterable<{ title: string; text: string }>, titleOf: (draft: D) => string,
): { fresh: D[]; repeats: Repeat<D>[] } {
  const known = new Map<string, string>();
  for (const a of existing) {
    const key = comparableText(a.text);
    if (!known.has(key)) known.set(key, a.title);
  }
  const fresh: D[] = [];
  const repeats: Repeat<D>[] = [];
  for (const draft of drafts) {
    const key = comparableText(draft.text);
    const of = known.get(key);
    if (of !== undefined) repeats.push({ draft, of });
    else {
      known.set(key, titleOf(draft));
      fresh.push(draft);
    }
  }
  return { fresh, repeats };
}
