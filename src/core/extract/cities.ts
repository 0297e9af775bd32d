// Cities the gazetteer does not know, from the GeoNames city data. A city name
// is often an ordinary word or a given name ("Nice", "Split", "Charlotte"), so
// a name counts only in a place context: after a locative word ("in", "from",
// "visited"), in a dateline ("BEIJING (AP) —"), before ", <its country>", or
// before a possessive ("Jeddah's") when the name is no ordinary word.
import type { Knowledge } from '../knowledge.ts';
import { type City, foldWord } from '../places-data.ts';
import type { Token } from '../text/segment.ts';
import { type EntityFacts, isPossessive } from './context.ts';
import { CAPITALISED, type Mention, isInnerHyphen } from './mentions.ts';

/** Words after which a capitalised name is where something is or goes. */
const PLACE_CUES = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'via', 'toward', 'towards', 'visit', 'visits', 'visited', 'visiting']);
/** What follows the city of a dateline: "BEIJING (AP) —", "BEIJING:", "Moscow —". */
const DATELINE_MARKS = new Set(['(', ':', '—', '–', '-']);
/** A city written without its diacritics ("Sao Paulo") is recognised from this size on. */
const FOLDED_MIN_POPULATION = 500_000;
/** A capital then a small letter: a word of a name, not an acronym. */


/** Does the token begin its line (a dateline, a caption)? */
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** The key of a city node: its name, and its country too when a more populous city has that name. */
export function cityNodeKey(city: City, namesakes: City[]): string {
  return namesakes[0] === city ? `venue:${city.name}` : `venue:${city.name} (${city.country})`;
}

export function cityFacts(key: string, city: City): EntityFacts {
  return { key, label: city.name, kind: 'venue', country: city.country, roles: [], placeKind: 'city', lat: city.lat, lon: city.lon };
}

/** The place of the article's dateline ("BEIJING: ...", "Jeddah (AP) —"), among the place mentions: its key, or null. */
export function datelinePlace(tokens: Token[], text: string, places: Mention[], isCity: (key: string) => boolean): string | null {
  for (const m of places) {
    const after = tokens[m.tokenEnd];
    if (!isCity(m.key) || !startsLine(text, m.start) || after?.sentence !== m.sentence) continue;
    if (DATELINE_MARKS.has(after.text) || (after.text === ',' && tokens[m.tokenStart]!.allCaps)) return m.key;
  }
  return null;
}

/** City mentions in a place context among tokens not yet taken; marks their tokens taken. */
export function findCities(tokens: Token[], text: string, k: Knowledge, taken: boolean[], known: Mention[]): { mentions: Mention[]; facts: EntityFacts[] } {
  const found = { mentions: [] as Mention[], facts: [] as EntityFacts[] };
  const countryAt = new Map<number, string>();
  const named = new Set<string>(); // countries the article names: "Tripoli" in an article about Lebanon
  for (const m of known) {
    const country = k.entities.get(m.key)?.country;
    if (m.key.startsWith('country:') && country) countryAt.set(m.tokenStart, country);
    if (country) named.add(country);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !tokens[i]!.cap) continue;
    const name = cityNameAt(tokens, i, k);
    if (!name) continue;
    const { end } = name;
    // "Bali" is not the Indian town "Bāli": a spelling without its diacritics needs a big city or a country the article names.
    const surface = text.slice(tokens[i]!.start, tokens[end - 1]!.end).toLowerCase();
    const cities = name.cities.filter((c) => c.name.toLowerCase() === surface || c.population >= FOLDED_MIN_POPULATION || named.has(c.country));
    if (cities.length === 0) continue;
    const after = tokens[end];
    const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === tokens[i]!.sentence;
    const inCountry = after?.text === ',' && sameSentence(after) ? countryAt.get(end + 1) : undefined;
    const byCountry = inCountry ? cities.find((c) => c.country === inCountry) : undefined;
    const prev = tokens[i - 1];
    const cue = sameSentence(prev) && PLACE_CUES.has(prev!.lower);
    const dateline = startsLine(text, tokens[i]!.start) && sameSentence(after) && (DATELINE_MARKS.has(after!.text) || (after!.text === ',' && tokens[i]!.allCaps));
    const possessive = isPossessive(after) && !cities[0]!.common;
    // "in Santa Clara County", "to Florence Pugh": the name goes on.
    const goesOn = sameSentence(after) && after!.cap && CAPITALISED.test(after!.text) && after!.start === tokens[end - 1]!.end + 1;
    if (!(byCountry || dateline || ((cue || possessive) && !goesOn))) continue;
    const city = byCountry ?? cities.find((c) => named.has(c.country)) ?? cities[0]!;
    const key = cityNodeKey(city, name.cities);
    const first = tokens[i]!;
    const last = tokens[end - 1]!;
    found.mentions.push({ key, tokenStart: i, tokenEnd: end, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) });
    if (!found.facts.some((f) => f.key === key)) found.facts.push(cityFacts(key, city));
    for (let j = i; j < end; j++) taken[j] = true;
    i = end - 1;
  }
  return found;
}

/** The longest city name starting at token `i`, every word capitalised: where it ends and its cities. */
function cityNameAt(tokens: Token[], i: number, k: Knowledge): { end: number; cities: City[] } | null {
  const { byKey, prefixes, maxTokens } = k.cities;
  let best: { end: number; cities: City[] } | null = null;
  let key = '';
  let words = 0;
  for (let j = i; j < tokens.length && words < maxTokens; j++) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[i]!.sentence) break;
    if (isInnerHyphen(tokens, j)) continue;
    // Small words inside a name ("Rio de Janeiro") are lower case; the first and last are not.
    const folded = foldWord(t.text, t.lower);
    key = words++ === 0 ? folded : `${key} ${folded}`;
    const cities = byKey.get(key);
    if (cities && t.cap) best = { end: j + 1, cities };
    if (!prefixes.has(key)) break;
  }
  return best;
}
