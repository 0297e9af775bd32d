// What the corpus knows of each entity: each article's facts joined by key.
// A person is of the most senior kind any article gives them (an official in
// one article is not a mere person in another), with every role any article
// names and the first country any article gives.
import type { EntityFacts } from '../extract/context.ts';
import type { DocumentExtraction } from '../extract/document.ts';
import { isPersonKind, moreSenior } from '../schema.ts';


export function mergeEntityFacts(extractions: DocumentExtraction[]): Map<string, EntityFacts> {
  const facts = new Map<string, EntityFacts>();
  // The roles each entity has, lower-cased: an entity named in many articles is not compared role by role with each.
  const rolesOf = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const [key, f] of x.facts) {
      const into = facts.get(key);
      if (!into) {
        facts.set(key, { ...f, roles: [...f.roles] });
        rolesOf.set(key, new Set(f.roles.map((r) => r.toLowerCase())));
        continue;
      }
      if (isPersonKind(into.kind) && isPersonKind(f.kind)) into.kind = moreSenior(into.kind, f.kind);
      into.country ??= f.country;
      into.within ??= f.within;
      const known = rolesOf.get(key)!;
      for (const r of f.roles) {
        if (known.has(r.toLowerCase())) continue;
        known.add(r.toLowerCase());
        into.roles.push(r);
      }
    }
  }
  return facts;
}
