// Venues the gazetteer does not know, found from the text: a capitalised name
// with a venue word, after "at" or "in" ("in the State Dining Room of the White
// House", "at Joint Base Elmendorf-Richardson"). "of the <known place>" says
// where it lies.
import { type Knowledge, Word } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import type { EntityFacts } from './context.ts';
import type { Mention } from './mentions.ts';

/** A capitalised word of a name ("Elmendorf", "O'Hare"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

export function findVenues(tokens: Token[], text: string, knowledge: Knowledge, taken: boolean[], known: Mention[]): { mentions: Mention[]; facts: EntityFacts[] } {
  const found = { mentions: [] as Mention[], facts: [] as EntityFacts[] };
  const knownAt = new Map<number, Mention>();
  for (const m of known) knownAt.set(m.tokenStart, m);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!(tokens[i]!.word & Word.locative)) continue;
    const end = venueAfter(tokens, text, knowledge, i, taken, knownAt, found);
    if (end !== null) i = end - 1;
  }
  return found;
}

/** The venue named after the preposition at token `at`, added to `found` with its tokens taken; returns where it ends, or null. */
function venueAfter(tokens: Token[], text: string, k: Knowledge, at: number, taken: boolean[], knownAt: Map<number, Mention>, found: { mentions: Mention[]; facts: EntityFacts[] }): number | null {
  let s = at + 1;
  if (tokens[s]?.lower === 'the') s++;
  let e = s;
  while (e < tokens.length && !taken[e] && tokens[e]!.sentence === tokens[at]!.sentence) {
    const t = tokens[e]!;
    if (t.cap && NAME_WORD.test(t.text)) e++;
    else if (t.text === '-' && t.start === tokens[e - 1]?.end && tokens[e + 1]?.start === t.end && tokens[e + 1]!.cap) e += 2; // "Elmendorf-Richardson"
    else break;
  }
  if (e - s < 2 || e - s > 7) return null;
  const words = tokens.slice(s, e);
  if (!words.some((w) => k.sets.venueHeads.has(w.lower))) return null;
  if (k.countryWords.has(words[0]!.lower)) return null;
  const label = text.slice(words[0]!.start, words[words.length - 1]!.end);
  const key = `venue:${label}`;
  let within: string | undefined;
  if (tokens[e]?.lower === 'of' && tokens[e + 1]?.lower === 'the') {
    const m = knownAt.get(e + 2);
    if (m?.key.startsWith('venue:')) within = m.key;
  }
  found.mentions.push({ key, tokenStart: s, tokenEnd: e, start: words[0]!.start, end: words[words.length - 1]!.end, sentence: words[0]!.sentence, surface: label });
  if (!found.facts.some((f) => f.key === key)) found.facts.push({ key, label, kind: 'venue', country: null, roles: [], placeKind: 'building', ...(within ? { within } : {}) });
  for (let j = s; j < e; j++) taken[j] = true;
  return e;
}
