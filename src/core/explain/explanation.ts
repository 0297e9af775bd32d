// What the engine found in one article, sentence by sentence, and what became
// of it: the frames each sentence opened, the events eventsOfDocument made of
// them (and why each frame joined one, or was dropped), the invitations and
// affiliations. Built only from the public outputs (extractDocument,
// eventsOfDocument, findAffiliations, mergeEntityFacts), so it explains what
// `build` does instead of re-implementing it. Plain data: it prints as text
// (format.ts) or as JSON as it is.
import { findAffiliations } from '../extract/affiliations.ts';
import type { EntityFacts } from '../extract/context.ts';
import type { DocumentExtraction } from '../extract/document.ts';
import type { MeetingFrame } from '../extract/meetings.ts';
import { type Knowledge, Word } from '../knowledge.ts';
import { mergeEntityFacts } from '../resolve/entities.ts';
import { type MeetingEvent, eventStatus, eventType, eventsOfDocument } from '../resolve/events.ts';
import { isPersonKind } from '../schema.ts';
import { findDates } from '../text/dates.ts';
import { referenceDate } from '../text/document-meta.ts';
import { type Segmented, segment } from '../text/segment.ts';

export interface Named { key: string; label: string }

export interface EntitySummary extends Named {
  kind: string;
  country: string | null;
  roles: string[];
  placeKind?: string;
  within?: Named;
  mentions: number;
}

export interface PersonMention extends Named {
  kind: string;
  /** how the sentence names them */
  surfaces: string[];
  /** role phrases read around this mention, with whom they serve */
  roles: { role: string; of: Named | null; former: boolean }[];
}

export interface PlaceMention extends Named { kind: string; placeKind?: string; surfaces: string[] }

export interface ExplainedSentence {
  index: number;
  start: number;
  end: number;
  /** the sentence with its white space collapsed */
  text: string;
  people: PersonMention[];
  places: PlaceMention[];
  /** dates read here; the engine reads dates only in sentences with a meeting or invitation word */
  dates: { text: string; value: string; weekday: boolean }[];
  /** meeting and invitation words; `used` when a frame took it as a trigger */
  eventWords: { text: string; used: boolean }[];
  frames: string[];
}

export interface ExplainedFrame {
  id: string;
  sentence: number;
  /** 'invitation' for the visit an invitation proposes */
  source: 'text' | 'invitation';
  type: string;
  status: string | null;
  trigger: string;
  participants: Named[];
  venues: Named[];
  date: string | null;
  isNew: boolean;
  isDefinite: boolean;
  host?: Named;
  guest?: Named;
  /** who speaks of it in its sentence (the `stated` relation) */
  speakers: Named[];
  /** the event it went into, or null when dropped */
  event: string | null;
  /** fields of MeetingFrame this explainer does not know yet */
  other: Record<string, unknown>;
}

export interface ExplainedEvent {
  id: string;
  type: string;
  status: string;
  participants: Named[];
  venues: Named[];
  date: string | null;
  host?: Named;
  guest?: Named;
  /** its frames in the order they joined, and why each did */
  frames: { id: string; why: string }[];
}

export interface Explanation {
  doc: string;
  title: string | null;
  published: string | null;
  protagonist: Named | null;
  leaders: { country: string; person: Named }[];
  entities: EntitySummary[];
  sentences: ExplainedSentence[];
  frames: ExplainedFrame[];
  events: ExplainedEvent[];
  dropped: { frame: string; why: string }[];
  invitations: { sentence: number; inviter: Named; invitee: Named; visit: string }[];
  affiliations: { sentence: number; person: Named; of: Named; role: string }[];
}

/** The frame fields read below: anything else a newer MeetingFrame carries is shown as "other". */
const KNOWN_FRAME_FIELDS = new Set(['doc', 'sentence', 'type', 'status', 'participants', 'venues', 'date', 'isNew', 'isDefinite', 'host', 'guest', 'speakers', 'arrival', 'trip', 'at', 'triggers']);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Explains each extraction; `facts` are merged over all of them, as `build`
 * merges them, so kinds and affiliations are the graph's.
 */
export function explainExtractions(items: { extraction: DocumentExtraction; text: string }[], knowledge: Knowledge): Explanation[] {
  const facts = mergeEntityFacts(items.map((i) => i.extraction));
  return items.map(({ extraction, text }) => explainOne(extraction, text, facts, knowledge));
}

function explainOne(x: DocumentExtraction, text: string, facts: Map<string, EntityFacts>, k: Knowledge): Explanation {
  const factsOf = (key: string) => facts.get(key) ?? x.facts.get(key);
  const named = (key: string): Named => ({ key, label: factsOf(key)?.label ?? key });
  const namedOrUndefined = (key: string | undefined) => (key === undefined ? undefined : named(key));
  // The same segmentation as extractDocument's, for the words behind token indices.
  const seg = segment(text, k.words);

  // Frames in text order, as eventsOfDocument reads them; invitation visits among them.
  const visits = new Set(x.invitations.map((i) => i.visit));
  const all = [...x.frames, ...x.invitations.map((i) => i.visit)];
  const ordered = [...all].sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  const idOf = new Map<MeetingFrame, string>(ordered.map((f, i) => [f, `F${i + 1}`]));
  const events = eventsOfDocument(all, factsOf);
  const eventOf = assignFrames(ordered, events);
  const eventId = new Map(events.map((e, i) => [e, `E${i + 1}`]));

  const frames: ExplainedFrame[] = ordered.map((f) => {
    const e = eventOf.get(f);
    const other = Object.fromEntries(Object.entries(f).filter(([key]) => !KNOWN_FRAME_FIELDS.has(key)));
    return {
      id: idOf.get(f)!, sentence: f.sentence, source: visits.has(f) ? 'invitation' : 'text', type: f.type, status: f.status,
      trigger: seg.tokens[f.at]?.text ?? '?', participants: f.participants.map(named), venues: f.venues.map(named), date: f.date,
      isNew: f.isNew, isDefinite: f.isDefinite, host: namedOrUndefined(f.host), guest: namedOrUndefined(f.guest),
      speakers: (f.speakers ?? []).map(named), event: e ? eventId.get(e)! : null, other,
    };
  });

  const explainedEvents: ExplainedEvent[] = events.map((e) => ({
    id: eventId.get(e)!, type: eventType(e), status: eventStatus(e), participants: e.participants.map(named), venues: e.venues.map(named),
    date: e.date, host: namedOrUndefined(e.host), guest: namedOrUndefined(e.guest),
    frames: whyJoined(e, factsOf).map(({ frame, why }) => ({ id: idOf.get(frame) ?? '?', why })),
  }));

  const dropped = ordered.filter((f) => !eventOf.has(f)).map((f) => ({ frame: idOf.get(f)!, why: whyDropped(f, factsOf) }));

  const affiliations = findAffiliations(x.doc, x.roles, facts, (c) => x.leaders[c] ?? null, x.protagonist)
    .map((a) => ({ sentence: a.sentence, person: named(a.person), of: named(a.of), role: a.role }));

  return {
    doc: x.doc, title: x.meta.title ?? null, published: x.meta.published ?? null,
    protagonist: x.protagonist ? named(x.protagonist) : null,
    leaders: Object.entries(x.leaders).map(([country, person]) => ({ country, person: named(person) })),
    entities: entitySummaries(x, factsOf, named),
    sentences: sentencesOf(x, text, seg, frames, factsOf, named),
    frames, events: explainedEvents, dropped,
    invitations: x.invitations.map((i) => ({ sentence: i.sentence, inviter: named(i.inviter), invitee: named(i.invitee), visit: idOf.get(i.visit)! })),
    affiliations,
  };
}

/** The event each frame went into: the event holding that very frame, else (if a rewrite copies frames) one holding a frame at the same place. */
function assignFrames(frames: MeetingFrame[], events: MeetingEvent[]): Map<MeetingFrame, MeetingEvent> {
  const out = new Map<MeetingFrame, MeetingEvent>();
  for (const e of events) for (const f of e.frames) out.set(f, e);
  const same = (a: MeetingFrame, b: MeetingFrame) => a.doc === b.doc && a.sentence === b.sentence && a.at === b.at && a.type === b.type;
  for (const f of frames) {
    if (out.has(f)) continue;
    const e = events.find((ev) => ev.frames.some((g) => same(f, g)));
    if (e) out.set(f, e);
  }
  return out;
}

type FactsOf = (key: string) => EntityFacts | undefined;

/** Replays an event's frames in the order they joined it, saying what each shared with the event as it stood. */
function whyJoined(e: MeetingEvent, factsOf: FactsOf): { frame: MeetingFrame; why: string }[] {
  const label = (key: string) => factsOf(key)?.label ?? key;
  const people = new Set<string>();
  const venues = new Set<string>();
  let date: string | null = null;
  return e.frames.map((f, i) => {
    const reasons: string[] = [];
    const sameVenues = f.venues.filter((v) => venues.has(v));
    if (i === 0) reasons.push('opens the event');
    else if (f.participants.length < 2) {
      reasons.push(`evidence only (${f.participants.length} participant${f.participants.length === 1 ? '' : 's'})`);
      if (sameVenues.length) reasons.push(`same venue ${sameVenues.map(label).join(', ')}`);
      else if (f.isDefinite) reasons.push('refers back ("the meeting", "this call")');
    } else {
      const shared = f.participants.filter((p) => people.has(p));
      reasons.push(`shares ${shared.map(label).join(', ') || 'no one'}`);
      if (sameVenues.length) reasons.push(`same venue ${sameVenues.map(label).join(', ')}`);
      if (f.date && f.date === date) reasons.push(`same date ${f.date}`);
      if (f.host !== undefined) reasons.push('an invitation to this meeting');
    }
    // What absorb() keeps: people only from frames naming two or more.
    if (f.participants.length >= 2) for (const p of f.participants) people.add(p);
    for (const v of f.venues) venues.add(v);
    if (f.participants.length >= 2 && f.date && (!date || f.date.length > date.length)) date = f.date;
    return { frame: f, why: reasons.join('; ') };
  });
}

function whyDropped(f: MeetingFrame, factsOf: FactsOf): string {
  const n = f.participants.length;
  if (n < 2) {
    const who = n === 0 ? 'no one named' : `only ${f.participants.map((p) => factsOf(p)?.label ?? p).join(', ')}`;
    return `fewer than two participants (${who}), and no earlier event it clearly refers to`;
  }
  return 'not in any event eventsOfDocument returned';
}

function entitySummaries(x: DocumentExtraction, factsOf: FactsOf, named: (key: string) => Named): EntitySummary[] {
  const counts = new Map<string, number>();
  for (const m of x.mentions) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return [...counts].map(([key, mentions]) => {
    const f = factsOf(key);
    return {
      ...named(key), kind: f?.kind ?? 'unknown', country: f?.country ?? null, roles: f?.roles ?? [],
      ...(f?.placeKind ? { placeKind: f.placeKind } : {}), ...(f?.within ? { within: named(f.within) } : {}), mentions,
    };
  });
}

function sentencesOf(x: DocumentExtraction, text: string, seg: Segmented, frames: ExplainedFrame[], factsOf: FactsOf, named: (key: string) => Named): ExplainedSentence[] {
  const reference = referenceDate(x.meta.published ?? null);
  const used = new Set<number>();
  for (const f of [...x.frames, ...x.invitations.map((i) => i.visit)]) for (const t of f.triggers ?? [f.at]) used.add(t);
  return x.sentences.map(([start, end], index) => {
    // One entry per entity and sentence, with every way the sentence names it.
    const people = new Map<string, PersonMention>();
    const places = new Map<string, PlaceMention>();
    for (const m of x.mentions) {
      if (m.sentence !== index) continue;
      const f = factsOf(m.key);
      const kind = f?.kind ?? 'unknown';
      const seen = people.get(m.key) ?? places.get(m.key);
      if (seen) {
        if (!seen.surfaces.includes(m.surface)) seen.surfaces.push(m.surface);
      } else if (isPersonKind(kind)) {
        const roles = x.roles.filter((r) => r.person === m.key && r.sentence === index && r.phrase.role)
          .map((r) => ({ role: r.phrase.role, of: r.phrase.principal ? named(r.phrase.principal) : null, former: r.phrase.former }));
        people.set(m.key, { ...named(m.key), kind, surfaces: [m.surface], roles });
      } else {
        places.set(m.key, { ...named(m.key), kind, ...(f?.placeKind ? { placeKind: f.placeKind } : {}), surfaces: [m.surface] });
      }
    }
    const s = seg.sentences[index];
    const eventWords: { text: string; used: boolean }[] = [];
    const near0: number[] = [];
    if (s) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = seg.tokens[i]!;
        if (t.word & (Word.trigger | Word.triggerStart | Word.invite)) eventWords.push({ text: t.text, used: used.has(i) });
        // As extractDocument reads dates: near its meeting and invitation words only.
        if (t.word & (Word.trigger | Word.invite)) near0.push(t.start);
      }
    }
    const dates = s && near0.length
      ? findDates(text.slice(s.start, s.end), s.start, reference, near0, seg.tokens.slice(s.tokenStart, s.tokenEnd))
        .map((d) => ({ text: text.slice(d.start, d.end), value: d.value, weekday: d.weekday === true }))
      : [];
    return { index, start, end, text: collapse(text.slice(start, end)), people: [...people.values()], places: [...places.values()], dates, eventWords, frames: frames.filter((f) => f.sentence === index).map((f) => f.id) };
  });
}
