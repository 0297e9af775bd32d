// The geographic data in data/countries.json and data/cities.json (derived by
// scripts/gen-places.ts from world-countries and GeoNames) as typed tables:
// countries merged with the gazetteer's hand entries, cities indexed by name.
import type { GazetteerCountry } from './knowledge.ts';

export interface DataCountry { code: string; name: string; aliases: string[]; demonyms: string[]; lat: number; lon: number }

/** [name, ISO alpha-2, lat, lon, population, common (1: also an English word or a given name)] */
export type CityRow = [string, string, number, number, number, number];

export interface City { name: string; country: string; lat: number; lon: number; population: number; common: boolean }

export interface CityIndex {
  /** Cities of that name (written in any case, with or without diacritics), most populous first. */
  lookup(name: string): City[] | undefined;
  /** Cities by folded key (lower case, no diacritics, words joined by a space). */
  byKey: Map<string, City[]>;
  /** every proper prefix of a key, so that reading a name can stop early */
  prefixes: Set<string>;
  maxTokens: number;
}

const MARKS = /\p{M}/gu;

/** Lower case without diacritics: "São Paulo" and "Sao Paulo" are one key. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** `fold(text)` of a word whose lower case is `lower`: an ASCII word has no diacritics to take off (decomposing every capitalised word was 0.7% of a build). */
export function foldWord(text: string, lower: string): string {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return fold(text);
  return lower;
}

/** A name's key: its words as the segmenter splits them (hyphens and all), folded. */
export function cityKey(name: string): string {
  return fold(name.replace(/[\u2018\u2019]/g, "'").replace(/(\p{L})-(?=\p{L})/gu, '$1 ')).split(/\s+/).filter(Boolean).join(' ');
}

export function indexCities(rows: CityRow[]): CityIndex {
  const byKey = new Map<string, City[]>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [name, country, lat, lon, population, common] of rows) {
    const key = cityKey(name);
    const list = byKey.get(key);
    const city = { name, country, lat, lon, population, common: common === 1 };
    if (list) list.push(city);
    else byKey.set(key, [city]);
    const words = key.split(' ');
    maxTokens = Math.max(maxTokens, words.length);
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
  }
  for (const list of byKey.values()) list.sort((a, b) => b.population - a.population);
  return { lookup: (name) => byKey.get(cityKey(name)), byKey, prefixes, maxTokens };
}

/**
 * The country data with the gazetteer's hand entries: a hand entry gives the
 * label and adds its spellings; hand entries come first, so that where a word
 * could name two countries the hand list decides. Countries only the hand list
 * knows (the Soviet Union) stay.
 */
export function mergeCountries(data: DataCountry[], hand: GazetteerCountry[]): GazetteerCountry[] {
  const byCode = new Map(data.map((c) => [c.code, c]));
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const merged = hand.map((h): GazetteerCountry => {
    const d = byCode.get(h.code);
    if (!d) return h;
    const aliases = union(h.aliases, [d.name, ...d.aliases].filter((a) => a !== h.name));
    return { code: h.code, name: h.name, aliases, demonyms: union(h.demonyms, d.demonyms), lat: h.lat ?? d.lat, lon: h.lon ?? d.lon };
  });
  const handCodes = new Set(hand.map((h) => h.code));
  for (const d of data) if (!handCodes.has(d.code)) merged.push({ ...d, aliases: [...d.aliases] });
  return merged;
}
