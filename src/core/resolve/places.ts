// Where places lie: a chain from a place up through the places that contain
// it to its country, so that "Oval Office", "White House" and "Washington"
// are seen as one location at three precisions.
import type { EntityFacts } from '../extract/context.ts';

export type FactsOf = (key: string) => EntityFacts | undefined;

export function placeChain(key: string, facts: FactsOf): string[] {
  const chain = [key];
  let f = facts(key);
  while (f?.within && !chain.includes(f.within) && chain.length < 8) {
    chain.push(f.within);
    f = facts(f.within);
  }
  const country = f?.country ?? facts(key)?.country;
  if (country && !chain.includes(`country:${country}`)) chain.push(`country:${country}`);
  return chain;
}

/** The most precise of the places (the one with the longest chain). */
export function mostSpecific(keys: string[], facts: FactsOf): string | null {
  let best: string | null = null;
  let depth = -1;
  for (const k of keys) {
    const d = placeChain(k, facts).length;
    if (d > depth) { best = k; depth = d; }
  }
  return best;
}

const AREAS = new Set(['city', 'region', 'country']);
const isArea = (key: string, facts: FactsOf) => facts(key)?.kind === 'country' || AREAS.has(facts(key)?.placeKind ?? '');

/**
 * Same place, or a building within a city or region. Two rooms of one building
 * are two places ("the Oval Office", "the State Dining Room"); a building whose
 * city the gazetteer does not know may be in any city the article names.
 */
export function placesCompatible(a: string | null, b: string | null, facts: FactsOf): boolean {
  if (!a || !b || a === b) return true;
  const [areaA, areaB] = [isArea(a, facts), isArea(b, facts)];
  if (!areaA && !areaB) return false;
  if (placeChain(a, facts).includes(b) || placeChain(b, facts).includes(a)) return true;
  if (areaA && areaB) return false; // Helsinki is not in the United States
  // A building the gazetteer places nowhere finer than its country may be in any city of that country.
  const [building, area] = areaA ? [b, a] : [a, b];
  const chain = placeChain(building, facts);
  const country = chain.find((k) => k.startsWith('country:'));
  return chain.length === 1 || (chain.length === 2 && country !== undefined && placeChain(area, facts).includes(country));
}
