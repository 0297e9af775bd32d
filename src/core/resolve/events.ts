// Event coreference: meeting frames become events. Within an article, a frame
// joins an earlier event with the same people when nothing contradicts it
// (kind of encounter, status, place, date); a frame naming fewer than two
// people only adds evidence to an event it clearly refers to. Across
// articles, events join only on a strong anchor: the same precise venue or the
// same day, so that one real-world meeting is one node.
import type { MeetingFrame } from '../extract/meetings.ts';
import type { MeetingStatus, MeetingType } from '../schema.ts';
import { type FactsOf, mostSpecific, placeChain, placesCompatible } from './places.ts';

export interface MeetingEvent {
  frames: MeetingFrame[];
  participants: string[];
  venues: string[];
  date: string | null;
  docs: Set<string>;
  /** the statuses its frames give, kept as frames join so that testing a frame against it does not read them all */
  statuses: Set<MeetingStatus>;
  host?: string;
  guest?: string;
}

const isCall = (t: MeetingType) => t === 'phone call';

function datesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

function statusCompatible(s: MeetingStatus | null, e: MeetingEvent): boolean {
  if (!s) return true;
  const known = e.statuses;
  if (known.size === 0) return true;
  return s === 'held' ? known.has('held') : !known.has('held') || known.size > 1;
}

/** "will have a meeting at the White House" and "met at the White House", in an article of that day: one meeting. */
function sameDayPlan(s: MeetingStatus | null, venue: string | null, e: MeetingEvent, facts: FactsOf): boolean {
  const known = e.statuses;
  const planned = s === 'planned' ? known.has('held') : s === 'held' && known.has('planned') && !known.has('proposed');
  return planned && venue !== null && venue === mostSpecific(e.venues, facts);
}

function overlap(a: string[], b: string[]): number {
  return a.filter((x) => b.includes(x)).length;
}

function absorb(e: MeetingEvent, f: MeetingFrame, withPeople: boolean) {
  e.frames.push(f);
  e.docs.add(f.doc);
  if (f.status !== null) e.statuses.add(f.status);
  if (withPeople) for (const p of f.participants) if (!e.participants.includes(p)) e.participants.push(p);
  for (const v of f.venues) if (!e.venues.includes(v)) e.venues.push(v);
  // A passing reference ("this call") names who and where, but its date may be another day's.
  if (withPeople && f.date && datesCompatible(f.date, e.date) && (!e.date || f.date.length > e.date.length)) e.date = f.date;
  e.host ??= f.host;
  e.guest ??= f.guest;
}

function typeOf(e: MeetingEvent): MeetingType {
  return e.frames[0]!.type;
}

/** Merges one article's frames (in text order) into events. */
export function eventsOfDocument(frames: MeetingFrame[], facts: FactsOf): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  const ordered = [...frames].sort((a, b) => a.sentence - b.sentence || a.at - b.at);
  for (const f of ordered) {
    const venue = mostSpecific(f.venues, facts);
    const fits = (e: MeetingEvent) => frameFits(f, venue, e, facts);
    if (f.participants.length < 2) {
      // Evidence only: "the Helsinki summit", "this call" with one side named; "the meeting" alone is the last one spoken of.
      // A visit holds meetings, it is not one ("arrived in Washington" beside "a meeting in Washington"); "the meeting" is no visit.
      const target = [...events].reverse().find((e) => fits(e) && f.participants.every((p) => e.participants.includes(p))
        && (!isSoloVisit(f, facts) || sameKind(f, e)) && (f.participants.length > 0 || sameKind(f, e))
        && ((venue !== null && e.venues.includes(venue)) || (f.isDefinite && f.participants.length <= 1) || isGuestsVisit(f, venue, e)));
      if (target) absorb(target, f, f.participants.length === 0 && (venue === null || placesCompatible(venue, mostSpecific(target.venues, facts), facts)));
      // "Anwar has travelled to Indonesia, Singapore and Thailand": a visit of one person, one to each place.
      else if (isSoloVisit(f, facts)) {
        const places = separatePlaces(f.venues, facts);
        if (places.length === 1) events.push(newEvent(f));
        else for (const place of places) events.push(newEvent({ ...f, venues: [place] }));
      }
      continue;
    }
    // "Xi separately met A and B" then "A and B were in Beijing to meet Xi": the frame tells of both meetings.
    const parts = f.participants.length >= 3 ? events.filter((e) => e.participants.length >= 2 && e.participants.every((p) => f.participants.includes(p)) && fits(e)) : [];
    if (parts.length >= 2 && f.participants.every((p) => parts.some((e) => e.participants.includes(p)))) {
      for (const e of parts) absorb(e, f, false);
      continue;
    }
    let best: MeetingEvent | null = null;
    let bestScore = -1;
    events.forEach((e, i) => {
      const shared = overlap(f.participants, e.participants);
      // "a Trump visit to Moscow" told before "Putin invited Trump to visit Moscow": the invitation is to that visit.
      // "Milei arrived in Washington" then "he arrived accompanied by X, Y and Z": the delegation is on that visit.
      const soloVisit = e.participants.length === 1 && typeOf(e) === 'visit';
      const guestsVisit = soloVisit && ((f.guest !== undefined && e.participants[0] === f.guest && venue !== null && venue === mostSpecific(e.venues, facts))
        || ((f.arrival === true || f.trip === true) && f.participants[0] === e.participants[0] && (venue === null || venue === mostSpecific(e.venues, facts))));
      if ((shared < 2 && !guestsVisit) || !fits(e)) return;
      if (f.isNew && !e.frames.some((x) => x.isNew || x.host)) return;
      const eVenue = mostSpecific(e.venues, facts);
      // An invitation without a place goes to the meeting the article tells most about.
      const main = f.host !== undefined && !venue ? e.frames.length : e.frames.length / 100;
      const score = (venue && venue === eVenue ? 4 : 0) + (f.date && f.date === e.date ? 3 : 0) + (statusCompatible(f.status, e) ? 2 : 0)
        + (shared === e.participants.length && shared === f.participants.length ? 1 : 0) + main + i / 1000;
      if (score > bestScore) { best = e; bestScore = score; }
    });
    if (best) absorb(best, f, true);
    else events.push(newEvent(f));
  }
  return events;
}

// The tests below are functions of the frame rather than closures made for each frame (tsx names every closure it makes).

/** "Putin invited Trump" then "a Trump visit to Moscow": the guest's visit is the one invited to. */
const byGuest = (f: MeetingFrame, e: MeetingEvent) => f.participants.length === 1 && e.guest !== undefined && e.guest === f.participants[0];

const isGuestsVisit = (f: MeetingFrame, venue: string | null, e: MeetingEvent) =>
  byGuest(f, e) && f.type === 'visit' && (e.venues.length === 0 || (venue !== null && e.venues.includes(venue)));

/** A visit holds meetings, it is not one ("arrived in Washington" beside "a meeting in Washington"). */
const sameKind = (f: MeetingFrame, e: MeetingEvent) => (f.type === 'visit') === (typeOf(e) === 'visit');

/** Nothing in frame `f` (held at `venue`) contradicts event `e`. */
function frameFits(f: MeetingFrame, venue: string | null, e: MeetingEvent, facts: FactsOf): boolean {
  return isCall(typeOf(e)) === isCall(f.type)
    // An invitation to visit a country, or a trip there, is the visit, not a meeting at one of its buildings.
    && !((f.host !== undefined || f.trip === true) && visitAndMeetingApart(f, venue, e, facts))
    // An invitation may be to the meeting the article reports as held, and the guest's visit may be the one invited to.
    && (statusCompatible(f.status, e) || sameDayPlan(f.status, venue, e, facts) || (f.host !== undefined && !e.host) || (byGuest(f, e) && venue !== null && e.venues.includes(venue)))
    && datesCompatible(f.date, e.date)
    && placesCompatible(venue, mostSpecific(e.venues, facts), facts)
    && !(f.host && e.host && (f.host !== e.host || f.guest !== e.guest))
    && !(f.isNew && e.statuses.has('held'));
}

/** A visit to a country and a meeting (or an arrival) at a building within it, or the other way round: two events. */
function visitAndMeetingApart(f: MeetingFrame, venue: string | null, e: MeetingEvent, facts: FactsOf): boolean {
  const eVenue = mostSpecific(e.venues, facts);
  const [fVisit, eVisit] = [f.type === 'visit', typeOf(e) === 'visit'];
  // Two meetings, or two visits unless the frame is a trip (an arrival at a palace is no trip to a country).
  if (!venue || !eVenue || venue === eVenue || (fVisit === eVisit && !(fVisit && f.trip))) return false;
  const visitVenue = f.type === 'visit' ? venue : eVenue;
  const meetingVenue = f.type === 'visit' ? eVenue : venue;
  return visitVenue.startsWith('country:') && !meetingVenue.startsWith('country:') && !['city', 'region'].includes(facts(meetingVenue)?.placeKind ?? '');
}

function newEvent(f: MeetingFrame): MeetingEvent {
  const e: MeetingEvent = { frames: [], participants: [], venues: [], date: null, docs: new Set(), statuses: new Set() };
  absorb(e, f, true);
  return e;
}

/**
 * A visit or trip of one named person to a named place; an arrival only of a leader ("Milei arrived in
 * Washington"): an official arriving is most often one of a leader's party, not a visit of their own.
 */
const isSoloVisit = (f: MeetingFrame, facts: FactsOf) => f.type === 'visit' && f.participants.length === 1 && f.venues.length > 0 && f.host === undefined
  && (!f.arrival || facts(f.participants[0]!)?.kind === 'leader');

/** The places of a list that do not hold one another ("Helsinki, Finland" is one place; "Indonesia, Singapore" two). */
function separatePlaces(venues: string[], facts: FactsOf): string[] {
  return venues.filter((v) => !venues.some((w) => w !== v && placeChain(w, facts).includes(v)));
}

/** Joins the events of different articles that are the same real-world meeting. */
export function eventsOfCorpus(perDocument: MeetingEvent[][], facts: FactsOf): MeetingEvent[] {
  const corpus: MeetingEvent[] = [];
  // Events by each pair of their participants: only events sharing two people can join.
  const byPair = new Map<string, Set<MeetingEvent>>();
  const pairsOf = (e: MeetingEvent) => e.participants.flatMap((a, i) => e.participants.slice(i + 1).map((b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)));
  const index = (e: MeetingEvent, pairs = pairsOf(e)) => {
    for (const p of pairs) {
      const set = byPair.get(p);
      if (!set) byPair.set(p, new Set([e]));
      else set.add(e);
    }
  };
  // Visits of one person, by person and place: "Biden's stop in Israel" told by three outlets is one visit.
  const solo = new Map<string, MeetingEvent>();
  const soloKey = (e: MeetingEvent) => (e.participants.length === 1 && e.venues.length > 0 ? `${e.participants[0]}\u0000${mostSpecific(e.venues, facts)}` : null);
  for (const events of perDocument) {
    const joined = new Set<MeetingEvent>();
    for (const e of events) {
      const key = soloKey(e);
      if (key !== null) {
        const target = solo.get(key);
        if (target && !joined.has(target) && ![...e.docs].some((d) => target.docs.has(d)) && datesCompatible(target.date, e.date)) {
          for (const f of e.frames) absorb(target, f, true);
          joined.add(target);
        } else {
          solo.set(key, e);
          corpus.push(e);
        }
        continue;
      }
      const pairs = pairsOf(e);
      const target = sameMeetingElsewhere(e, pairs.map((p) => byPair.get(p)), joined, facts);
      if (target) {
        for (const f of e.frames) absorb(target, f, true);
        joined.add(target);
        index(target);
      } else {
        corpus.push(e);
        index(e, pairs);
      }
    }
  }
  return corpus;
}

/**
 * The first event, in the order of the pairs' lists, that `e` of another article is:
 * same people, kind and place, and the same precise venue or day. Without a venue
 * or a day no event can be, so the lists (long on large corpora) are not read.
 */
function sameMeetingElsewhere(e: MeetingEvent, lists: (Set<MeetingEvent> | undefined)[], joined: Set<MeetingEvent>, facts: FactsOf): MeetingEvent | undefined {
  const venue = mostSpecific(e.venues, facts);
  const day = e.date !== null && e.date.length === 10 ? e.date : null;
  if (venue === null && day === null) return undefined;
  // An event on two lists is tested twice; the test has no effects, so the first match is the same.
  for (const list of lists) {
    for (const c of list ?? []) {
      if (joined.has(c) || isCall(typeOf(c)) !== isCall(typeOf(e))) continue;
      const shared = overlap(c.participants, e.participants);
      if (shared < 2 || shared < Math.min(c.participants.length, e.participants.length)) continue;
      if (!datesCompatible(c.date, e.date)) continue;
      const sameDay = day !== null && c.date === day;
      if (!sameDay && venue === null) continue;
      const cVenue = mostSpecific(c.venues, facts);
      if (!placesCompatible(venue, cVenue, facts)) continue;
      if ((venue !== null && venue === cVenue) || sameDay) return c;
    }
  }
  return undefined;
}

/** Sentences from the top of an article (headline, dateline, lead) that tell its news. */
const LEAD_SENTENCES = 6;

/**
 * The news an article leads with happened when it was published, unless it says otherwise:
 * a held meeting told in the headline or lead, undated, takes the publication day.
 */
export function datedByPublication(events: MeetingEvent[], published: string | null): MeetingEvent[] {
  if (!published) return events;
  for (const e of events) {
    if (e.date === null && eventStatus(e) === 'held' && e.frames.some((f) => f.sentence < LEAD_SENTENCES && f.status === 'held' && f.host === undefined)) e.date = published;
  }
  return events;
}

export function eventStatus(e: MeetingEvent): MeetingStatus {
  // What the article says of the meeting itself outweighs that someone was invited to it.
  const told = new Set(e.frames.filter((f) => f.host === undefined && f.status !== null).map((f) => f.status!));
  const s = told.size > 0 ? told : e.statuses;
  if (s.has('held')) return 'held';
  if (s.has('planned')) return 'planned';
  if (s.has('proposed')) return 'proposed';
  return 'held';
}

export function eventType(e: MeetingEvent): MeetingType {
  // "the Helsinki summit": a summit named with its place or date is what the meeting is called.
  if (e.frames.some((f) => f.type === 'summit' && (f.venues.length > 0 || f.date))) return 'summit';
  const counts = new Map<MeetingType, number>();
  for (const f of e.frames) counts.set(f.type, (counts.get(f.type) ?? 0) + (f.participants.length >= 2 ? 2 : 1));
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
