// Writers credited in the text with their outlet: "writes Stephen McDonell at
// the BBC", "write Edward Wong and David Pierson at the New York Times",
// "Jane Doe of Reuters reported". Each gives the writer the role "author"
// (as a byline does) and the outlet as whom they work for.
import type { Knowledge } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import type { RoleUse } from './affiliations.ts';
import type { EntityFacts } from './context.ts';
import type { Mention } from './mentions.ts';

const WRITE = new Set(['write', 'writes', 'wrote', 'reports', 'reported', 'notes', 'noted', 'says', 'said']);
const AT = new Set(['at', 'for', 'of']);
const LIST = new Set([',', 'and']);

export function creditedWriters(tokens: Token[], people: Mention[][], places: Mention[][], facts: Map<string, EntityFacts>, k: Knowledge): RoleUse[] {
  const out: RoleUse[] = [];
  people.forEach((inSentence, sentence) => {
    const persons = inSentence.filter((m) => facts.get(m.key)?.kind === 'person' || facts.get(m.key)?.kind === 'official');
    for (let p = 0; p < persons.length; p++) {
      // A list of names: "Edward Wong and David Pierson".
      let last = p;
      while (last + 1 < persons.length && persons[last + 1]!.tokenStart - persons[last]!.tokenEnd === 1 && LIST.has(tokens[persons[last]!.tokenEnd]!.lower)) last++;
      const end = persons[last]!.tokenEnd;
      const j = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const outlet = AT.has(tokens[end]?.lower ?? '') ? places[sentence]!.find((m) => m.tokenStart === j && facts.get(m.key)?.kind === 'organization') : undefined;
      const verbBefore = WRITE.has(tokens[persons[p]!.tokenStart - 1]?.lower ?? '');
      const verbAfter = outlet !== undefined && WRITE.has(tokens[outlet.tokenEnd]?.lower ?? '');
      if (outlet && (verbBefore || verbAfter) && !k.sets.multilateral.has(outlet.surface.toLowerCase())) {
        for (let q = p; q <= last; q++) {
          const m = persons[q]!;
          out.push({ person: m.key, sentence, listedWith: null, sentenceLeader: null, phrase: { role: 'author', kind: 'person', country: null, principal: outlet.key, principalLeaderOf: null, former: false, serving: false, tokenStart: m.tokenStart, tokenEnd: outlet.tokenEnd } });
        }
      }
      p = last;
    }
  });
  return out;
}
