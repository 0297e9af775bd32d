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

/** Same place, or one inside the other. */
export function placesCompatible(a: string | null, b: string | null, facts: FactsOf): boolean {
  if (!a || !b || a === b) return true;
  return placeChain(a, facts).includes(b) || placeChain(b, facts).includes(a);
}
