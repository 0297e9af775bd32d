// What the corpus knows of each entity: each article's facts joined by key.
// A person is of the most senior kind any article gives them (an official in
// one article is not a mere person in another), with every role any article
// names and the first country any article gives.
import type { EntityFacts } from '../extract/context.ts';
import type { DocumentExtraction } from '../extract/document.ts';
import { isPersonKind, moreSenior } from '../schema.ts';


export function mergeEntityFacts(extractions: DocumentExtraction[]): Map<string, EntityFacts> {
  const facts = new Map<string, EntityFacts>();
  for (const x of extractions) {
    for (const [key, f] of x.facts) {
      const into = facts.get(key);
      if (!into) { facts.set(key, { ...f, roles: [...f.roles] }); continue; }
      if (isPersonKind(into.kind) && isPersonKind(f.kind)) into.kind = moreSenior(into.kind, f.kind);
      into.country ??= f.country;
      into.within ??= f.within;
      for (const r of f.roles) if (!into.roles.some((x) => x.toLowerCase() === r.toLowerCase())) into.roles.push(r);
    }
  }
  return facts;
}
