// One article from text to facts: its entities with their mentions, and the
// meeting frames, invitations and affiliations it states. The steps run in
// order; each reads what the ones before it found.
import type { KnownEntity, Knowledge } from '../knowledge.ts';
import { type Doc, type PersonKind, isPersonKind, moreSenior } from '../schema.ts';
import { findDates } from '../text/dates.ts';
import { type DocumentMeta, readDocumentMeta, referenceDate } from '../text/document-meta.ts';
import { segment } from '../text/segment.ts';
import type { RoleUse } from './affiliations.ts';
import { type DocContext, type EntityFacts, isPersonFact, principals } from './context.ts';
import { type Invitation, findInvitations } from './invitations.ts';
import { type MeetingFrame, findMeetingFrames } from './meetings.ts';
import { type Mention, findKnownMentions } from './mentions.ts';
import { PeopleFinder } from './people.ts';
import { resolveOfficeReferences } from './references.ts';
import { RoleReader, type RolePhrase } from './roles.ts';
import { findVenues } from './venues.ts';

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


function knownFacts(e: KnownEntity): EntityFacts {
  return {
    key: e.key, label: e.name, kind: e.kind, country: e.country, roles: [...e.roles],
    ...(e.within ? { within: e.within } : {}), ...(e.placeKind ? { placeKind: e.placeKind } : {}),
  };
}

export function extractDocument(doc: Doc, knowledge: Knowledge): DocumentExtraction {
  const { text } = doc;
  const k = knowledge;
  // 1. What the article says about itself.
  const meta = readDocumentMeta(text, k.lexicon);
  const reference = referenceDate(meta.published);
  // 2. Sentences and tokens.
  const seg = segment(text);
  const { tokens, sentences } = seg;
  // 3. Entities the gazetteer knows, then people and venues found from the text.
  const known = findKnownMentions(tokens, k, text);
  const roleReader = RoleReader.of(k);
  const found = new PeopleFinder(k, roleReader).find(seg, text, known.mentions, known.taken);
  const venues = findVenues(tokens, text, k, known.taken, known.mentions);
  const mentions = [...known.mentions, ...found.mentions, ...venues.mentions, ...handleMentions(tokens, found.people.values(), known.taken)];

  // 4. Facts: the gazetteer's, or what role phrases say of people found here.
  const facts = new Map<string, EntityFacts>();
  for (const m of mentions) {
    const e = k.entities.get(m.key);
    if (e && !facts.has(m.key)) facts.set(m.key, knownFacts(e));
  }
  for (const f of venues.facts) facts.set(f.key, f);
  const knownAt = new Map<number, Mention>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) knownAt.set(i, m);
  const mentionsBySentence = new Map<number, Mention[]>();
  for (const m of mentions) mentionsBySentence.set(m.sentence, [...(mentionsBySentence.get(m.sentence) ?? []), m]);
  const isPersonKey = (key: string) => found.people.has(key) || isPersonKind(k.entities.get(key)?.kind ?? '');
  const roleUses: RoleUse[] = [];
  const inRolePhrase = new Set<number>();
  for (const m of mentions) {
    const e = k.entities.get(m.key);
    const person = found.people.get(m.key);
    if (!person && !(e && isPersonKind(e.kind))) continue;
    const sentence = sentences[m.sentence]!;
    const phrases = [roleReader.before(tokens, m.tokenStart, sentence.tokenStart, knownAt), roleReader.after(tokens, m.tokenEnd, sentence.tokenEnd, knownAt, isPersonKey)]
      .filter((p): p is RolePhrase => p !== null && p.role !== '');
    for (const phrase of phrases) {
      for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) if (knownAt.get(i)?.key !== m.key) inRolePhrase.add(i);
      const sentenceLeader = mentionsBySentence.get(m.sentence)!.find((x) => x.key !== m.key && k.entities.get(x.key)?.kind === 'leader')?.key ?? null;
      roleUses.push({ person: m.key, sentence: m.sentence, phrase, listedWith: listedLeader(mentionsBySentence, m, tokens, k, roleReader), sentenceLeader });
    }
  }
  for (const p of found.people.values()) {
    const uses = roleUses.filter((u) => u.person === p.key).map((u) => u.phrase).concat(p.roles);
    let kind: PersonKind | null = null;
    for (const r of uses) if (r.kind) kind = moreSenior(kind, r.kind);
    const country = uses.find((r) => r.country)?.country
      ?? uses.map((r) => (r.principal ? facts.get(r.principal)?.country : null)).find(Boolean) ?? null;
    facts.set(p.key, { key: p.key, label: p.label, kind: kind ?? 'person', country, roles: [...new Set(uses.map((r) => r.role).filter(Boolean))] });
  }
  for (const u of roleUses) {
    const f = facts.get(u.person);
    if (f && k.entities.has(u.person) && u.phrase.role && !f.roles.some((r) => r.toLowerCase() === u.phrase.role.toLowerCase())) f.roles.push(u.phrase.role);
  }

  // 5. Leaders named by office: "the Russian leader", "@POTUS".
  mentions.push(...resolveOfficeReferences(tokens, text, mentions, known.taken, k, (key) => facts.get(key)));
  mentions.sort((a, b) => a.start - b.start);

  // 6. Mentions and dates by sentence.
  const people: Mention[][] = sentences.map(() => []);
  const places: Mention[][] = sentences.map(() => []);
  for (const m of mentions) (isPersonFact(facts.get(m.key)) ? people : places)[m.sentence]!.push(m);
  // Dates matter only where a meeting or invitation is spoken of; chrono is the costliest step, so it reads only those sentences.
  const dates = sentences.map((s) => {
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    const near = words.filter((t) => k.triggers.has(t.lower) || k.sets.invite.has(t.lower)).map((t) => t.start);
    return near.length ? findDates(text.slice(s.start, s.end), s.start, reference, near, words) : [];
  });
  const { protagonist, pair } = principals(people, facts);
  const leaders: Record<string, string> = {};
  const counts = new Map<string, number>();
  for (const sentence of people) for (const m of sentence) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const f = facts.get(key);
    if (f?.kind === 'leader' && f.country && !leaders[f.country] && n > 0) leaders[f.country] = key;
  }
  const leaderOf = (country: string) => leaders[country] ?? null;
  const ctx: DocContext = { doc: doc.id, text, seg, knowledge: k, published: meta.published, reference, facts, people, places, dates, inRolePhrase, protagonist, pair, leaderOf };

  // 7. Events and relations.
  const frames = findMeetingFrames(ctx, roleReader);
  const invitations = findInvitations(ctx);
  return { doc: doc.id, meta, facts, mentions, sentences: sentences.map((s) => [s.start, s.end]), roles: roleUses, frames, invitations, leaders, protagonist };
}

/** "@Ambjohnbolton", "@narendramodi": a handle that spells the name of someone found in the text. */
function handleMentions(tokens: ReturnType<typeof segment>['tokens'], people: Iterable<{ key: string; label: string }>, taken: boolean[]): Mention[] {
  const spelled = [...people].map((p) => ({ key: p.key, name: p.label.toLowerCase().replace(/[^\p{L}]/gu, '') })).filter((p) => p.name.length >= 6);
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (!t.text.startsWith('@') || taken[i]) return;
    const p = spelled.find((x) => t.lower.includes(x.name));
    if (p) out.push({ key: p.key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text });
  });
  return out;
}

/** "Israeli Prime Minister Benjamin Netanyahu, chief-of-staff Tzachi Braverman, ...": the leader a list starts with. */
function listedLeader(bySentence: Map<number, Mention[]>, m: Mention, tokens: ReturnType<typeof segment>['tokens'], k: Knowledge, roles: RoleReader): string | null {
  const before = (bySentence.get(m.sentence) ?? []).filter((x) => x.tokenEnd <= m.tokenStart);
  const named = new Set(before.flatMap((x) => Array.from({ length: x.tokenEnd - x.tokenStart }, (_, i) => x.tokenStart + i)));
  for (const x of before.reverse()) {
    if (k.entities.get(x.key)?.kind !== 'leader') continue;
    // Only names, titles, commas and "and" between: a list of the leader's party.
    for (let i = x.tokenEnd; i < m.tokenStart; i++) {
      const t = tokens[i]!;
      if (!(named.has(i) || roles.isRoleWord(t) || /^(,|and|-|\.)$/.test(t.lower) || (t.cap && t.pos === 'PROPN'))) return null;
    }
    return tokens.slice(x.tokenEnd, m.tokenStart).some((t) => t.text === ',') ? x.key : null;
  }
  return null;
}
