// Venues the gazetteer does not know, found from the text: a capitalised name
// with a venue word, after "at" or "in" ("in the State Dining Room of the White
// House", "at Joint Base Elmendorf-Richardson"), or anywhere when it ends in a
// word that only names buildings and sites ("Diaoyutai State Guesthouse").
// "of the <known place>" says where it lies; else the city named beside it,
// the dateline's city or the sentence's country (placeVenues).
import { type Knowledge, Word } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import { datelinePlace } from './cities.ts';
import type { EntityFacts } from './context.ts';
import type { Mention } from './mentions.ts';

/** A capitalised word of a name ("Elmendorf", "O'Hare"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
/** "Great Hall of the People", "Palace of Westminster": at most this many words after "of (the)". */
const MAX_OF_WORDS = 3;

type Found = { mentions: Mention[]; facts: EntityFacts[] };

export function findVenues(tokens: Token[], text: string, knowledge: Knowledge, taken: boolean[], known: Mention[]): Found {
  const found: Found = { mentions: [], facts: [] };
  const knownAt = new Map<number, Mention>();
  for (const m of known) knownAt.set(m.tokenStart, m);
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    let end: number | null = null;
    if (t.word & Word.locative) end = venueAt(tokens, text, knowledge, tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1, false, taken, knownAt, found);
    else if (t.cap && !taken[i] && !(tokens[i - 1]?.cap && tokens[i - 1]!.sentence === t.sentence)) end = venueAt(tokens, text, knowledge, t.lower === 'the' ? i + 1 : i, true, taken, knownAt, found);
    if (end !== null) i = end - 1;
  }
  return found;
}

/** The end of the run of capitalised name words from `s`, in its sentence and not taken. */
function nameRun(tokens: Token[], s: number, taken: boolean[]): number {
  let e = s;
  while (e < tokens.length && !taken[e] && tokens[e]!.sentence === tokens[s]!.sentence) {
    const t = tokens[e]!;
    if (t.cap && NAME_WORD.test(t.text)) e++;
    else if (t.text === '-' && t.start === tokens[e - 1]?.end && tokens[e + 1]?.start === t.end && tokens[e + 1]!.cap) e += 2; // "Elmendorf-Richardson"
    else break;
  }
  return e;
}

/**
 * The venue named from token `s`, added to `found` with its tokens taken; returns where it ends, or null.
 * `alone`: no preposition before it, so its last word must be one that names only places, and no word a person's.
 */
function venueAt(tokens: Token[], text: string, k: Knowledge, s: number, alone: boolean, taken: boolean[], knownAt: Map<number, Mention>, found: Found): number | null {
  if (s >= tokens.length || taken[s]) return null;
  let e = nameRun(tokens, s, taken);
  if (e - s < 2 || e - s > 7) return null;
  let words = tokens.slice(s, e);
  const head = words[words.length - 1]!.lower;
  if (alone) {
    if (!k.sets.placeHeads.has(head)) return null;
    // "Tom Hall", "Senator Jim Park": a person.
    if (k.givenNames.has(words[0]!.text) || words[0]!.word & (Word.role | Word.honorific)) return null;
  } else if (!words.some((w) => k.sets.venueHeads.has(w.lower))) return null;
  if (k.countryWords.has(words[0]!.lower)) return null;
  let within: string | undefined;
  if (tokens[e]?.lower === 'of') {
    const o = tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1;
    const m = knownAt.get(o);
    if (m?.key.startsWith('venue:')) within = m.key;
    else if (k.sets.venueHeads.has(head) && !taken[o]) {
      // "the Great Hall of the People": the name goes on after "of".
      const more = nameRun(tokens, o, taken);
      if (more > o && more - o <= MAX_OF_WORDS && !k.countryWords.has(tokens[o]!.lower) && !knownAt.has(o)) {
        e = more;
        words = tokens.slice(s, e);
      }
    }
  }
  const label = text.slice(words[0]!.start, words[words.length - 1]!.end);
  const key = `venue:${label}`;
  found.mentions.push({ key, tokenStart: s, tokenEnd: e, start: words[0]!.start, end: words[words.length - 1]!.end, sentence: words[0]!.sentence, surface: label });
  if (!found.facts.some((f) => f.key === key)) found.facts.push({ key, label, kind: 'venue', country: null, roles: [], placeKind: 'building', ...(within ? { within } : {}) });
  for (let j = s; j < e; j++) taken[j] = true;
  return e;
}

const CITY_KINDS = new Set(['city', 'region']);

/**
 * Where the venues found from the text lie, when "of the <place>" did not say:
 * the city named beside one ("X in Beijing", "X, Jeddah"), else the article's
 * dateline city, else the one country its sentence names. Sets within and country.
 */
export function placeVenues(venues: Found, places: Mention[], tokens: Token[], text: string, facts: (key: string) => EntityFacts | undefined): void {
  const isCity = (key: string) => CITY_KINDS.has(facts(key)?.placeKind ?? '');
  const at = new Map(places.map((m) => [m.tokenStart, m]));
  const dateline = datelinePlace(tokens, text, places, isCity);
  for (const f of venues.facts) {
    const mentions = venues.mentions.filter((m) => m.key === f.key);
    if (!f.within) {
      const beside = mentions.map((m) => at.get(m.tokenEnd + 1)).find((m) => m !== undefined && isCity(m.key) && /^(in|,)$/.test(tokens[m.tokenStart - 1]!.lower));
      const within = beside?.key ?? dateline ?? undefined;
      if (within) f.within = within;
    }
    f.country ??= (f.within ? facts(f.within)?.country : null) ?? soleCountry(mentions, places, tokens, facts);
  }
}

/** The one country named in the sentences of the mentions, or null. */
function soleCountry(mentions: Mention[], places: Mention[], tokens: Token[], facts: (key: string) => EntityFacts | undefined): string | null {
  const sentences = new Set(mentions.map((m) => m.sentence));
  // "US President Joe Biden": a country used as an adjective says nothing of where the venue is.
  const adjective = (p: Mention) => tokens[p.tokenEnd]?.sentence === p.sentence && tokens[p.tokenEnd]!.cap;
  const codes = new Set(places.filter((p) => sentences.has(p.sentence) && facts(p.key)?.kind === 'country' && !adjective(p)).map((p) => facts(p.key)!.country));
  return codes.size === 1 ? [...codes][0]! : null;
}
