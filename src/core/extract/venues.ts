// Venues the gazetteer does not know, found from the text: a capitalised name
// with a venue word, after "at" or "in" ("in the State Dining Room of the White
// House", "at Joint Base Elmendorf-Richardson"). "of the <known place>" says
// where it lies.
import type { Knowledge } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import type { EntityFacts } from './context.ts';
import type { Mention } from './mentions.ts';

export function findVenues(tokens: Token[], text: string, knowledge: Knowledge, taken: boolean[], known: Mention[]): { mentions: Mention[]; facts: EntityFacts[] } {
  const k = knowledge;
  const mentions: Mention[] = [];
  const facts: EntityFacts[] = [];
  const knownAt = new Map<number, Mention>();
  for (const m of known) knownAt.set(m.tokenStart, m);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!k.sets.locative.has(tokens[i]!.lower)) continue;
    let s = i + 1;
    if (tokens[s]?.lower === 'the') s++;
    let e = s;
    while (e < tokens.length && !taken[e] && tokens[e]!.sentence === tokens[i]!.sentence) {
      const t = tokens[e]!;
      if (t.cap && /^\p{Lu}[\p{L}'’-]*$/u.test(t.text)) e++;
      else if (t.text === '-' && t.start === tokens[e - 1]?.end && tokens[e + 1]?.start === t.end && tokens[e + 1]!.cap) e += 2; // "Elmendorf-Richardson"
      else break;
    }
    const words = tokens.slice(s, e);
    if (words.length < 2 || words.length > 7 || !words.some((w) => k.sets.venueHeads.has(w.lower))) continue;
    if (words.some((w) => k.countryWords.has(w.lower) && w === words[0])) continue;
    const label = text.slice(words[0]!.start, words[words.length - 1]!.end);
    const key = `venue:${label}`;
    let within: string | undefined;
    if (tokens[e]?.lower === 'of' && tokens[e + 1]?.lower === 'the') {
      const m = knownAt.get(e + 2);
      if (m?.key.startsWith('venue:')) within = m.key;
    }
    mentions.push({ key, tokenStart: s, tokenEnd: e, start: words[0]!.start, end: words[words.length - 1]!.end, sentence: words[0]!.sentence, surface: label });
    if (!facts.some((f) => f.key === key)) facts.push({ key, label, kind: 'venue', country: null, roles: [], placeKind: 'building', ...(within ? { within } : {}) });
    for (let j = s; j < e; j++) taken[j] = true;
    i = e - 1;
  }
  return { mentions, facts };
}
