// One article from text to facts: its entities with their mentions, and the
// meeting frames, invitations and affiliations it states. The steps run in
// order; each reads what the ones before it found.
import { type KnownEntity, type Knowledge, Word } from '../knowledge.ts';
import { type Doc, type PersonKind, isPersonKind, moreSenior } from '../schema.ts';
import { type DateMention, findDates } from '../text/dates.ts';
import { chunk } from '../text/chunks.ts';
import { type DocumentMeta, dayNearTop, readDocumentMeta, referenceDate } from '../text/document-meta.ts';
import { type Segmented, type Sentence, type Token, segment } from '../text/segment.ts';
import type { RoleUse } from './affiliations.ts';
import { creditedWriters } from './credits.ts';
import { type DocContext, type EntityFacts, isPersonFact, principals } from './context.ts';
import { type Invitation, findInvitations } from './invitations.ts';
import { type MeetingFrame, findMeetingFrames } from './meetings.ts';
import { type Mention, findKnownMentions } from './mentions.ts';
import { type FoundPerson, PeopleFinder } from './people.ts';
import { resolveOfficeReferences } from './references.ts';
import { RoleReader, isRoleWord, type RolePhrase } from './roles.ts';
import { findCities } from './cities.ts';
import { findOrganizations } from './organizations.ts';
import { findVenues, placeVenues } from './venues.ts';

export interface DocumentExtraction {
  doc: string;
  meta: DocumentMeta;
  facts: Map<string, EntityFacts>;
  mentions: Mention[];
  /** sentence spans, for evidence */
  sentences: [number, number][];
  roles: RoleUse[];
  frames: MeetingFrame[];
  invitations: Invitation[];
  /** the most mentioned leader of each country, and of the article */
  leaders: Record<string, string>;
  protagonist: string | null;
}

const NOT_LETTERS = /[^\p{L}]/gu;
/** Words that may stand between the names of a list. */
const LIST_LINKS = new Set([',', 'and', '-', '.']);

/** The gazetteer's facts of an entity key, or undefined for one found in the text. */
function knownFactsOf(k: Knowledge, key: string): EntityFacts | undefined {
  const e = k.entities.get(key);
  return e ? knownFacts(e) : undefined;
}

/** Adds the gazetteer's facts of the mentions' entities that `facts` has not yet. */
function addKnownFacts(facts: Map<string, EntityFacts>, mentions: Mention[], k: Knowledge): void {
  for (const m of mentions) {
    if (facts.has(m.key)) continue;
    const f = knownFactsOf(k, m.key);
    if (f) facts.set(m.key, f);
  }
}

function knownFacts(e: KnownEntity): EntityFacts {
  return {
    key: e.key, label: e.name, kind: e.kind, country: e.country, roles: [...e.roles],
    ...(e.within ? { within: e.within } : {}), ...(e.placeKind ? { placeKind: e.placeKind } : {}),
    ...(e.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : {}),
  };
}

export function extractDocument(doc: Doc, knowledge: Knowledge): DocumentExtraction {
  const { text } = doc;
  const k = knowledge;
  // 1. What the article says about itself.
  const meta = readDocumentMeta(text, k);
  const reference = referenceDate(meta.published ?? dayNearTop(text));
  // 2. Sentences and tokens.
  const seg = segment(text, k.words);
  const { tokens, sentences } = seg;
  // 3. Entities the gazetteer knows, then people and venues found from the text.
  const roleReader = new RoleReader(k);
  const { mentions, found, venueFacts, taken } = findMentions(seg, text, k, roleReader);
  // 4. Facts: the gazetteer's, or what role phrases say of people found here.
  const facts = new Map<string, EntityFacts>();
  addKnownFacts(facts, mentions, k);
  for (const f of venueFacts) facts.set(f.key, f);
  const { roleUses, phrasesOf, inRolePhrase } = readRoles(seg, mentions, found, k, roleReader);
  addPeopleFacts(facts, found.values(), phrasesOf);
  addRoles(facts, roleUses, k);
  // 5. Leaders named by office: "the Russian leader", "@POTUS".
  const references = resolveOfficeReferences(tokens, text, mentions, taken, k, (key) => facts.get(key));
  // "the king" may name a monarch the article names nowhere else: the gazetteer's facts of him.
  addKnownFacts(facts, references, k);
  mentions.push(...references);
  mentions.sort((a, b) => a.start - b.start);
  // 6. Mentions and dates by sentence.
  const people: Mention[][] = sentences.map(() => []);
  const places: Mention[][] = sentences.map(() => []);
  for (const m of mentions) (isPersonFact(facts.get(m.key)) ? people : places)[m.sentence]!.push(m);
  const dates = datesBySentence(seg, text, reference);
  const { protagonist, pair, leaders } = principals(people, facts);
  for (const u of roleUses) u.sentenceLeader = nearbyLeader(people, facts, sentences, u.sentence, u.person);
  roleUses.push(...creditedWriters(tokens, people, places, facts, k));
  const leaderOf = (country: string) => leaders[country] ?? null;
  const ctx: DocContext = { doc: doc.id, text, seg, chunks: chunk(seg), knowledge: k, published: meta.published, reference, facts, people, places, dates, inRolePhrase, protagonist, pair, leaderOf };
  // 7. Events and relations.
  const frames = findMeetingFrames(ctx);
  const invitations = findInvitations(ctx);
  return { doc: doc.id, meta, facts, mentions, sentences: sentences.map((s) => [s.start, s.end]), roles: roleUses, frames, invitations, leaders, protagonist };
}

/** Gazetteer mentions, people and venues found from the text, and @handles of those people; `taken` marks tokens inside a gazetteer mention or venue. */
function findMentions(seg: Segmented, text: string, k: Knowledge, roleReader: RoleReader): { mentions: Mention[]; found: Map<string, FoundPerson>; venueFacts: EntityFacts[]; taken: boolean[] } {
  const { tokens } = seg;
  const known = findKnownMentions(tokens, k, text);
  // Places before people: "King Abdulaziz International Airport", "in Kuala Lumpur" are no one's name.
  const venues = findVenues(tokens, text, k, known.taken, known.mentions);
  const cities = findCities(tokens, text, k, known.taken, known.mentions);
  const places = [...known.mentions, ...venues.mentions, ...cities.mentions];
  const placeFacts = [...venues.facts, ...cities.facts];
  placeVenues(venues, places, tokens, text, (key) => placeFacts.find((f) => f.key === key) ?? knownFactsOf(k, key));
  // Bodies before people too: "Foreign Ministry spokeswoman Hua Chunying" serves the ministry.
  const bodies = findOrganizations(tokens, text, k, known.taken);
  places.push(...bodies.mentions);
  placeFacts.push(...bodies.facts);
  const found = new PeopleFinder(k, roleReader).find(seg, text, places, known.taken);
  const mentions = [...places, ...found.mentions, ...handleMentions(tokens, found.people.values(), known.taken)];
  return { mentions, found: found.people, venueFacts: placeFacts, taken: known.taken };
}

/** The role phrases around each person's mentions, by person; `inRolePhrase` marks their tokens that name someone else. */
function readRoles(seg: Segmented, mentions: Mention[], found: Map<string, FoundPerson>, k: Knowledge, roleReader: RoleReader): { roleUses: RoleUse[]; phrasesOf: Map<string, RolePhrase[]>; inRolePhrase: Set<number> } {
  const { tokens, sentences } = seg;
  const knownAt = new Map<number, Mention>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) knownAt.set(i, m);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = mentionsBySentence.get(m.sentence);
    if (list) list.push(m);
    else mentionsBySentence.set(m.sentence, [m]);
  }
  const isPersonKey = (key: string) => found.has(key) || isPersonKind(k.entities.get(key)?.kind ?? '');
  const roleUses: RoleUse[] = [];
  const phrasesOf = new Map<string, RolePhrase[]>();
  const inRolePhrase = new Set<number>();
  for (const m of mentions) {
    if (!isPersonKey(m.key)) continue;
    const sentence = sentences[m.sentence]!;
    for (const phrase of [roleReader.before(tokens, m.tokenStart, sentence.tokenStart, knownAt), roleReader.after(tokens, m.tokenEnd, sentence.tokenEnd, knownAt, isPersonKey)]) {
      if (phrase === null || phrase.role === '') continue;
      for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (knownAt.get(i)?.key !== m.key) inRolePhrase.add(i);
      roleUses.push({ person: m.key, sentence: m.sentence, phrase, listedWith: listedLeader(mentionsBySentence, m, tokens, k), sentenceLeader: null });
      const phrases = phrasesOf.get(m.key);
      if (phrases) phrases.push(phrase);
      else phrasesOf.set(m.key, [phrase]);
    }
  }
  return { roleUses, phrasesOf, inRolePhrase };
}

/** People found here: the most senior kind their roles give, a country from a role or its principal, and their roles. */
function addPeopleFacts(facts: Map<string, EntityFacts>, people: Iterable<FoundPerson>, phrasesOf: Map<string, RolePhrase[]>): void {
  for (const p of people) {
    const uses = (phrasesOf.get(p.key) ?? []).concat(p.roles);
    let kind: PersonKind | null = null;
    for (const r of uses) if (r.kind) kind = moreSenior(kind, r.kind);
    const country = uses.find((r) => r.country)?.country
      ?? uses.map((r) => (r.principal ? facts.get(r.principal)?.country : null)).find(Boolean) ?? null;
    facts.set(p.key, { key: p.key, label: p.label, kind: kind ?? 'person', country, roles: [...new Set(uses.map((r) => r.role).filter(Boolean))] });
  }
}

/** Roles the text gives people the gazetteer knows, when new to them. */
function addRoles(facts: Map<string, EntityFacts>, roleUses: RoleUse[], k: Knowledge): void {
  for (const u of roleUses) {
    const f = facts.get(u.person);
    if (f && k.entities.has(u.person) && u.phrase.role && !f.roles.some((r) => r.toLowerCase() === u.phrase.role.toLowerCase())) f.roles.push(u.phrase.role);
  }
}

/** Dates matter only where a meeting or invitation is spoken of; chrono is the costliest step, so it reads only those sentences. */
function datesBySentence(seg: Segmented, text: string, reference: Date | null): DateMention[][] {
  const { tokens } = seg;
  return seg.sentences.map((s) => {
    const near: number[] = [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i]!.word & (Word.trigger | Word.invite)) near.push(tokens[i]!.start);
    return near.length ? findDates(text.slice(s.start, s.end), s.start, reference, near, tokens.slice(s.tokenStart, s.tokenEnd)) : [];
  });
}

/**
 * The first leader named in the sentence (by name or office: "The Argentine president arrived
 * accompanied by ..."), else in the sentence before: whom a list of officials without a country is with.
 */
function nearbyLeader(people: Mention[][], facts: Map<string, EntityFacts>, sentences: Sentence[], sentence: number, person: string): string | null {
  const here = people[sentence]?.find((x) => x.key !== person && facts.get(x.key)?.kind === 'leader');
  if (here) return here.key;
  // The sentence before only when it opens with the leader, its subject.
  const before = people[sentence - 1]?.[0];
  return before && before.key !== person && facts.get(before.key)?.kind === 'leader' && before.tokenStart - sentences[before.sentence]!.tokenStart <= 3 ? before.key : null;
}

/** "@Ambjohnbolton", "@narendramodi": a handle that spells the name of someone found in the text. */
function handleMentions(tokens: Token[], people: Iterable<{ key: string; label: string }>, taken: boolean[]): Mention[] {
  const spelled = [...people].map((p) => ({ key: p.key, name: p.label.toLowerCase().replace(NOT_LETTERS, '') })).filter((p) => p.name.length >= 6);
  const out: Mention[] = [];
  if (spelled.length === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.text.startsWith('@') || taken[i]) continue;
    for (const p of spelled) {
      if (!t.lower.includes(p.name)) continue;
      out.push({ key: p.key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text });
      break;
    }
  }
  return out;
}

/** "Israeli Prime Minister Benjamin Netanyahu, chief-of-staff Tzachi Braverman, ...": the leader a list starts with. */
function listedLeader(bySentence: Map<number, Mention[]>, m: Mention, tokens: Token[], k: Knowledge): string | null {
  const inSentence = bySentence.get(m.sentence) ?? [];
  for (let b = inSentence.length - 1; b >= 0; b--) {
    const x = inSentence[b]!;
    if (x.tokenEnd > m.tokenStart || k.entities.get(x.key)?.kind !== 'leader') continue;
    // Only names, titles, commas and "and" between: a list of the leader's party.
    let comma = false;
    for (let i = x.tokenEnd; i < m.tokenStart; i++) {
      const t = tokens[i]!;
      if (!(isRoleWord(t) || LIST_LINKS.has(t.lower) || (t.cap && t.pos === 'PROPN') || namedBefore(inSentence, m, i))) return null;
      comma ||= t.text === ',';
    }
    return comma ? x.key : null;
  }
  return null;
}

/** Is token `i` inside one of `mentions` that end before `m`? A loop, not closures: this runs for every role phrase. */
function namedBefore(mentions: Mention[], m: Mention, i: number): boolean {
  for (const x of mentions) if (x.tokenEnd <= m.tokenStart && x.tokenStart <= i && i < x.tokenEnd) return true;
  return false;
}
