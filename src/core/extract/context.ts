// What the event extractors know about one article once its entities are
// found: tokens, sentences, mentions by sentence, dates, and who the article
// is mostly about (its protagonist and its principal pair of leaders), which
// "the two leaders", "both", "they" refer to.
import type { Knowledge } from '../knowledge.ts';
import { type PersonKind, isPersonKind } from '../schema.ts';
import type { DateMention } from '../text/dates.ts';
import type { Chunking } from '../text/chunks.ts';
import type { Segmented, Token } from '../text/segment.ts';
import type { Mention } from './mentions.ts';

export interface EntityFacts {
  key: string;
  label: string;
  kind: PersonKind | 'venue' | 'organization' | 'country';
  country: string | null;
  roles: string[];
  /** for places: the key of the place it lies within */
  within?: string;
  placeKind?: string;
  /** for places and countries: decimal degrees, where the data has them */
  lat?: number;
  lon?: number;
}

export interface DocContext {
  doc: string;
  text: string;
  seg: Segmented;
  /** noun phrases, verb groups and clauses (text/chunks.ts) */
  chunks: Chunking;
  knowledge: Knowledge;
  published: string | null;
  reference: Date | null;
  facts: Map<string, EntityFacts>;
  /** person mentions by sentence, in order */
  people: Mention[][];
  /** place, organization and country mentions by sentence, in order */
  places: Mention[][];
  dates: DateMention[][];
  /** token indices inside someone's role phrase as its principal ("Putin aide ...") */
  inRolePhrase: Set<number>;
  protagonist: string | null;
  pair: [string, string] | null;
  /** the article's most mentioned leader of a country */
  leaderOf: (country: string) => string | null;
}

export const isPersonFact = (f: EntityFacts | undefined): boolean => f !== undefined && isPersonKind(f.kind);

/** The possessive "'s" (or "’s"), split from its name by the segmenter. */
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');

/** Does the sentence of token range [from, to) contain one of the word sequences (each of one word or more)? */
export function hasPhrase(tokens: Token[], from: number, to: number, phrases: string[][]): boolean {
  const byFirst = phrasesByFirstWord(phrases);
  for (let i = from; i < to; i++) {
    for (const p of byFirst.get(tokens[i]!.lower) ?? NO_PHRASES) {
      if (i + p.length > to) continue;
      let j = 1;
      while (j < p.length && tokens[i + j]!.lower === p[j]) j++;
      if (j === p.length) return true;
    }
  }
  return false;
}

const NO_PHRASES: string[][] = [];
/** Each list of phrases by first word, built once: the lists are asked of most tokens of most sentences that tell of a meeting. */
const byFirstCache = new WeakMap<string[][], Map<string, string[][]>>();
function phrasesByFirstWord(phrases: string[][]): Map<string, string[][]> {
  let byFirst = byFirstCache.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of phrases) {
      const list = byFirst.get(p[0]!);
      if (list) list.push(p);
      else byFirst.set(p[0]!, [p]);
    }
    byFirstCache.set(phrases, byFirst);
  }
  return byFirst;
}

/** Does a locative preposition ("in", "at") stand right before the place mention (or before its "the")? */
export function afterLocative(ctx: DocContext, m: Mention): boolean {
  const { tokens } = ctx.seg;
  const prev = tokens[m.tokenStart - 1]?.lower === 'the' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
  return prev !== undefined && ctx.knowledge.sets.locative.has(prev.lower);
}

/** The token indices inside the mentions. */
export function tokensIn(...mentions: Mention[][]): Set<number> {
  const at = new Set<number>();
  for (const list of mentions) for (const m of list) for (let i = m.tokenStart; i < m.tokenEnd; i++) at.add(i);
  return at;
}

/** The most mentioned leader (or person), the two most mentioned leaders, and the most mentioned leader of each country. */
export function principals(people: Mention[][], facts: Map<string, EntityFacts>): { protagonist: string | null; pair: [string, string] | null; leaders: Record<string, string> } {
  const counts = new Map<string, number>();
  for (const sentence of people) for (const m of sentence) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const leaders = ranked.filter((k) => facts.get(k)?.kind === 'leader');
  // The most mentioned leader of each country.
  const byCountry: Record<string, string> = {};
  for (const key of leaders) {
    const country = facts.get(key)!.country;
    if (country && !byCountry[country]) byCountry[country] = key;
  }
  // "The two leaders", "both presidents": only leaders; an article with one leader has no such pair.
  return {
    protagonist: leaders[0] ?? ranked[0] ?? null,
    pair: leaders.length >= 2 ? [leaders[0]!, leaders[1]!] : null,
    leaders: byCountry,
  };
}

/** Does f hold for some integer in [a, b)? */
export function anyIn(a: number, b: number, f: (i: number) => boolean): boolean {
  for (let i = a; i < b; i++) if (f(i)) return true;
  return false;
}

/** The last integer in [a, b) for which f holds, or undefined. */
export function lastIn(a: number, b: number, f: (i: number) => boolean): number | undefined {
  for (let i = b - 1; i >= a; i--) if (f(i)) return i;
  return undefined;
}

/** The first integer in [a, b) for which f holds, or undefined. */
export function firstIn(a: number, b: number, f: (i: number) => boolean): number | undefined {
  for (let i = a; i < b; i++) if (f(i)) return i;
  return undefined;
}
