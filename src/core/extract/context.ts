// What the event extractors know about one article once its entities are
// found: tokens, sentences, mentions by sentence, dates, and who the article
// is mostly about (its protagonist and its principal pair of leaders), which
// "the two leaders", "both", "they" refer to.
import type { Knowledge } from '../knowledge.ts';
import { type PersonKind, isPersonKind } from '../schema.ts';
import type { DateMention } from '../text/dates.ts';
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
}

export interface DocContext {
  doc: string;
  text: string;
  seg: Segmented;
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

/** Does the sentence of token range [from, to) contain one of the word sequences? */
export function hasPhrase(tokens: Token[], from: number, to: number, phrases: string[][]): boolean {
  for (let i = from; i < to; i++) {
    for (const p of phrases) {
      if (i + p.length > to) continue;
      if (p.every((w, j) => tokens[i + j]!.lower === w)) return true;
    }
  }
  return false;
}

/** The most mentioned leader (or person), and the two most mentioned leaders. */
export function principals(people: Mention[][], facts: Map<string, EntityFacts>): { protagonist: string | null; pair: [string, string] | null } {
  const counts = new Map<string, number>();
  for (const sentence of people) for (const m of sentence) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  const leaders = ranked.filter((k) => facts.get(k)?.kind === 'leader');
  // "The two leaders", "both presidents": only leaders; an article with one leader has no such pair.
  return {
    protagonist: leaders[0] ?? ranked[0] ?? null,
    pair: leaders.length >= 2 ? [leaders[0]!, leaders[1]!] : null,
  };
}

/** The integers a, a+1, ..., b-1. */
export function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let i = a; i < b; i++) r.push(i);
  return r;
}

/** Does f hold for some integer in [a, b)? (range(a, b).some(f) without the array) */
export function anyIn(a: number, b: number, f: (i: number) => boolean): boolean {
  for (let i = a; i < b; i++) if (f(i)) return true;
  return false;
}

/** The first integer in [a, b) for which f holds, or undefined. */
export function firstIn(a: number, b: number, f: (i: number) => boolean): number | undefined {
  for (let i = a; i < b; i++) if (f(i)) return i;
  return undefined;
}
