// Affiliations: whom an official serves, from their role phrase. A phrase that
// names a person or body ("Putin aide", "Kremlin spokesman", "Director of the
// CIA") gives it directly; a serving role with no one named ("Secretary of
// State Marco Rubio") serves the leader of the official's country in this
// article, else the leader they are listed with, the first leader of the
// sentence, or the leader the article is most about. Former officials serve no one
// now, unless the phrase names the body they served ("former KGB officer").
import type { EntityFacts } from './context.ts';
import type { RolePhrase } from './roles.ts';

/** The roles of the press, who work for an outlet (a photographer's credit or a professor's chair says less). */
const PRESS = /\b(correspondent|reporter|journalist|editor|columnist|anchor|bureau chief|author)\b/i;

export interface Affiliation {
  doc: string;
  sentence: number;
  person: string;
  of: string;
  role: string;
}

export interface RoleUse {
  person: string;
  sentence: number;
  phrase: RolePhrase;
  /** a leader listed just before the person in the same sentence ("Netanyahu, chief-of-staff X") */
  listedWith: string | null;
  /** the first leader the sentence names ("Scholz spoke with Erdogan, government spokesman X said") */
  sentenceLeader: string | null;
}

export function findAffiliations(
  doc: string, uses: RoleUse[], facts: Map<string, EntityFacts>,
  leaderOf: (country: string) => string | null, protagonist: string | null,
): Affiliation[] {
  const out: Affiliation[] = [];
  for (const { person, sentence, phrase, listedWith, sentenceLeader } of uses) {
    const f = facts.get(person);
    // "BBC correspondent Stephen McDonell": a reporter works for the outlet their role phrase names.
    const reporter = f?.kind === 'person' && phrase.principal !== null && facts.get(phrase.principal)?.kind === 'organization' && PRESS.test(phrase.role);
    if (!(f?.kind === 'official' || reporter) || !phrase.role) continue;
    let of: string | null = phrase.principal;
    if (of && !facts.has(of)) of = null;
    if (of && facts.get(of)?.kind === 'country') of = phrase.former ? null : leaderOf(facts.get(of)!.country!);
    if (!of && phrase.principalLeaderOf) of = phrase.principalLeaderOf === 'any' ? protagonist : leaderOf(phrase.principalLeaderOf);
    if (!of && phrase.serving && !phrase.former) {
      const country = phrase.country ?? f.country;
      of = (country ? leaderOf(country) : null) ?? listedWith ?? (country === null ? sentenceLeader : null)
        ?? (country === null || country === facts.get(protagonist ?? '')?.country ? protagonist : null);
    }
    if (!of || of === person) continue;
    if (!out.some((a) => a.person === person && a.of === of)) out.push({ doc, sentence, person, of, role: phrase.role });
  }
  return out;
}
