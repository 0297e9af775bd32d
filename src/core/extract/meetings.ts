// Meeting mentions, one sentence at a time. A trigger word ("summit", "call",
// "met", "visit", "talks") opens a frame; the frame takes the people of the
// sentence (not those who only speak about it), the places introduced by a
// locative preposition, the date nearest to it, and a status from the cue
// words around it. Frames of one article are merged into events later.
import { Word } from '../knowledge.ts';
import type { MeetingStatus, MeetingType } from '../schema.ts';
import { shiftWeek } from '../text/dates.ts';
import { type Chunk, type Chunking, sameClause, subjectOf } from '../text/chunks.ts';
import type { Token } from '../text/segment.ts';
import { afterLocative, anyIn, type DocContext, firstIn, hasPhrase, isPersonFact, isPossessive, lastIn, tokensIn } from './context.ts';
import { firstPersonOf, isNegated, isPossessor, isSpeaker, isStatementDate, nounBetween, resolveStatus, statusAround, tokenAt } from './cues.ts';
import { type Mention, isInnerHyphen } from './mentions.ts';
import { isRoleWord } from './roles.ts';

export interface MeetingFrame {
  doc: string;
  sentence: number;
  type: MeetingType;
  status: MeetingStatus | null;
  participants: string[];
  venues: string[];
  date: string | null;
  /** "second meeting", "followed by a dinner": not the event already spoken of */
  isNew: boolean;
  /** "the meeting", "his call": refers back to an event already spoken of */
  isDefinite: boolean;
  /** for visits from invitations: who invites and who is invited */
  host?: string;
  guest?: string;
  /** told only by arrival words ("arrived in Washington"): someone came to a place */
  arrival?: boolean;
  /** told only by words of a journey ("trip", "visit"): its visitor's, apart from whom they meet */
  trip?: boolean;
  /** who speaks of the meeting in its sentence ("Peskov told reporters", "according to Ushakov"): the `stated` relation */
  speakers?: string[];
  /** token index of the main trigger, and of all of the frame's triggers */
  at: number;
  triggers: number[];
}

interface Trigger { at: number; end: number; type: MeetingType; explicit: boolean; isNew: boolean; definite: boolean; arrival: boolean; trip: boolean }

const TYPE_RANK: Record<MeetingType, number> = { 'phone call': 5, summit: 3, visit: 2, talks: 1, 'bilateral meeting': 0 };

const STATUS_RANK: Record<MeetingStatus, number> = { held: 0, planned: 1, proposed: 2 };

const LETTER_FIRST = /^\p{L}/u;
/** "called Putin a killer": what follows a name that "called" names */
const NAMING = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'to', 'for', 'out']);
/** "calls for", "call on": not a call between people */
const NOT_A_CALL = new Set(['for', 'on', 'upon', 'it', 'off', 'of']);
/** "the meeting", "his call": determiners of an event already spoken of */
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our']);
/** Punctuation that is not a word of its own when distances are counted. */
const NOT_WORDS = new Set(['(', ')', '"', '“', '”', "'", '-', '–', '—']);
const CLAUSE_END = new Set(['.', ';', ':']);
const HE_SHE = new Set(['he', 'she']);
/** "he landed", "his tour": a person told of before */
const PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const FIRST_PERSON = new Set(['i', 'me', 'we', 'us', 'my', 'our']);
/** "a meeting among the OSCE, Ukraine and Russia": a meeting of others */
const AMONG = new Set(['among', 'between', 'of']);
const WITH = new Set(['with', 'between']);
const DETERMINERS = new Set(['the', 'his', 'her', 'their']);
/** "took place", "take part": a noun that makes a verb with "take" */
const LIGHT_NOUNS = new Set(['place', 'part']);
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);
/** "and potentially Xi", "possibly also the king": who is met only perhaps */
const HEDGES = new Set(['potentially', 'possibly', 'perhaps', 'maybe']);
/** What may stand between the items of a list of places. */
const LIST_WORDS = new Set([',', 'and', 'or', 'the', 'as', 'well']);
/** "arrived in Washington accompanied by X", "travelled with X": who comes along an arrival. */
const ALONG = new Set(['with', 'by', 'accompanied', 'joined']);

/**
 * Triggers of a sentence, given the tokens inside its names (`namedAt`);
 * `settings` receives where a gathering that hosts the meeting is named ("the G20 summit").
 */
function findTriggers(ctx: DocContext, from: number, to: number, namedAt: Set<number>, settings: number[]): Trigger[] {
  const { tokens } = ctx.seg;
  const out: Trigger[] = [];
  const peopleAt = tokensIn(ctx.people[tokens[from]!.sentence]!);
  for (let i = from; i < to; i++) {
    if (!(tokens[i]!.word & (Word.trigger | Word.triggerStart)) || namedAt.has(i)) continue;
    const trigger = triggerAt(ctx, i, from, to, peopleAt, settings);
    if (!trigger) continue;
    out.push(trigger);
    i = trigger.end - 1;
  }
  return out;
}

/** The trigger at token `i` if its words make one here; a gathering that hosts the meeting goes to `settings` instead. */
function triggerAt(ctx: DocContext, i: number, from: number, to: number, peopleAt: Set<number>, settings: number[]): Trigger | null {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const t = tokens[i]!;
  // "sit-down", "one-on-one": the segmenter splits a hyphenated word; its parts make the trigger.
  const hyphenated = t.word & Word.triggerStart ? hyphenWordAt(tokens, i, to) : null;
  const joined = hyphenated && k.triggers.has(hyphenated.word) ? hyphenated : null;
  // Two words make a trigger only after the first word of one ("phone call").
  const two = !joined && i + 1 < to && t.word & Word.triggerStart ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
  const type = joined ? k.triggers.get(joined.word) : k.triggers.get(two) ?? k.triggers.get(t.lower);
  if (!type) return null;
  // "bilateral relations": only a meeting word makes a meeting; "bilateral" qualifies it.
  if (t.lower === 'bilateral') return null;
  // "invited Trump to visit Moscow": the invitation gives this visit.
  if (type === 'visit' && anyIn(Math.max(from, i - 5), i, (j) => (tokens[j]!.word & Word.invite) !== 0)) return null;
  const len = joined ? joined.end - i : k.triggers.has(two) ? 2 : 1;
  const next = tokens[i + len];
  if (k.sets.genericPlurals.has(len === 2 ? two : t.lower)) return null; // "meetings often take place at summits"
  if (k.sets.needsWith.has(t.lower) && !anyIn(i + 1, Math.min(to, i + 3), (j) => tokens[j]!.lower === 'with')) return null;
  if (k.sets.needsGuest.has(t.lower) && !anyIn(i + 1, Math.min(to, i + 5), (j) => peopleAt.has(j) || (j !== i && (tokens[j]!.word & Word.trigger) !== 0))) return null;
  // "the Israel leg", "a stop in Riyadh": a leg or a stop of a journey only where a place is named with it.
  if (k.sets.needsPlace.has(t.lower) && !placeBeside(ctx, i)) return null;
  // "calls for", "call on", "so-called": not a call between people ("a phone call on Monday" is one).
  if (type === 'phone call' && len === 1 && next && NOT_A_CALL.has(next.lower)) return null;
  // "Macron called Putin on Sunday" is a call; "called Putin a killer", "called for talks" are not.
  if (t.lower === 'called') {
    const callee = ctx.people[t.sentence]!.find((m) => m.tokenStart === i + 1);
    if (!callee || NAMING.has(tokens[callee.tokenEnd]?.lower ?? '')) return null;
  }
  // "was in talks to visit": negotiating something else, not a meeting of its own.
  if (t.lower === 'talks' && tokens[i - 1]?.lower === 'in' && next?.lower === 'to') return null;
  if (type === 'phone call' && k.sets.callNeedsObject.has(t.lower)) {
    const after = anyIn(i + 1, Math.min(to, i + 8), (j) => peopleAt.has(j)); // "spoke with his Russian counterpart Vladimir Putin"
    const before = ctx.people[t.sentence]!.filter((m) => m.tokenEnd <= i && m.tokenEnd >= i - 6).length >= 2;
    if (!after && !before) return null;
  }
  // "the G20 summit", "on the sidelines of the summit": the setting of a meeting, not one.
  if (type === 'summit' && (anyIn(Math.max(from, i - 2), i, (j) => k.sets.multilateral.has(tokens[j]!.lower))
    || hasPhrase(tokens, Math.max(from, i - 4), i, k.lexicon.contextSummitMarkers))) {
    settings.push(i);
    return null;
  }
  if (isNegated(ctx, i, from)) return null;
  return {
    at: i, end: i + len, type,
    explicit: k.sets.explicitBilateral.has(joined?.word ?? t.lower) || anyIn(Math.max(from, i - 6), i, (j) => k.sets.explicitBilateral.has(hyphenWordAt(tokens, j, i)?.word ?? tokens[j]!.lower)),
    isNew: anyIn(Math.max(from, i - 3), i, (j) => k.sets.newEvent.has(tokens[j]!.lower)),
    definite: DEFINITE.has(tokens[i - 1]?.lower ?? ''),
    arrival: k.sets.arrival.has(t.lower),
    // "visit" alone, not "state visit": a journey of its visitor, apart from the meetings it holds.
    trip: len === 1 && k.sets.trip.has(t.lower),
  };
}

/** The word a hyphen joins from token `i` ("sit" "-" "down" → "sit-down"), written without spaces, ending before `to`; null if none. */
function hyphenWordAt(tokens: Token[], i: number, to: number): { word: string; end: number } | null {
  let word = tokens[i]!.lower;
  let j = i + 1;
  while (j + 1 < to && j - i < 6 && isInnerHyphen(tokens, j)) {
    word = `${word}-${tokens[j + 1]!.lower}`;
    j += 2;
  }
  return j > i + 1 ? { word, end: j } : null;
}

/** Is a place named just before token `i` ("the Saudi Arabia stop") or after it ("a stop in Riyadh")? */
function placeBeside(ctx: DocContext, i: number): boolean {
  const { tokens } = ctx.seg;
  const places = ctx.places[tokens[i]!.sentence]!;
  return places.some((p) => ctx.facts.get(p.key)?.kind !== 'organization'
    && (p.tokenEnd === i || (p.tokenStart > i && p.tokenStart <= i + 3 && ctx.knowledge.sets.locative.has(tokens[p.tokenStart - 1]!.lower))));
}

/** Is the place mention used as a location ("in Helsinki", "visit Moscow", "the Oval Office meeting")? */
function isLocative(ctx: DocContext, m: Mention, from: number): boolean {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const f = ctx.facts.get(m.key);
  const after = tokens[m.tokenEnd];
  const qualifiesTrigger = after !== undefined && ((after.word & Word.trigger) !== 0 || k.sets.multilateral.has(after.lower));
  // "..., White House says": the place speaks, as the body it houses; it is not where anything happens.
  if (after && k.sets.speech.has(after.lower)) return false;
  // "U.S. media", "Kremlin moves": a place used as an adjective.
  if (after && !qualifiesTrigger && LETTER_FIRST.test(after.text) && (after.pos === 'NOUN' || after.pos === 'PROPN') && !after.allCaps && !k.lexicon.months.includes(after.lower)) return false;
  if (f?.kind === 'organization') {
    if (k.sets.multilateral.has(f.label.toLowerCase())) return false;
    const prev = tokens[m.tokenStart - 1]?.lower === 'the' ? tokens[m.tokenStart - 2] : tokens[m.tokenStart - 1];
    return prev !== undefined && (prev.lower === 'at' || prev.lower === 'in');
  }
  for (let j = m.tokenStart - 1; j >= Math.max(from, m.tokenStart - 3); j--) {
    const w = tokens[j]!.lower;
    // "the war in Ukraine", "protests in Washington": the place of another noun.
    if (k.sets.locative.has(w)) {
      const before = j - 1;
      // "took place in Helsinki", "take part in": a verb's noun, not a noun the place belongs to.
      if (LIGHT_NOUNS.has(tokens[before]?.lower ?? '') && TAKE.has(tokens[before - 1]?.lower ?? '')) return true;
      const named = [...ctx.people[tokens[j]!.sentence]!, ...ctx.places[tokens[j]!.sentence]!].some((x) => x.tokenStart <= before && before < x.tokenEnd);
      return !(before >= from && tokens[before]!.pos === 'NOUN' && !named && !(tokens[before]!.word & Word.trigger));
    }
    if (k.triggers.get(w) === 'visit') return true; // "visit Washington"
    if (w === 'the') continue;
    // "in Helsinki, Finland": a country after a place shares its preposition.
    const isCountry = f?.kind === 'country' || f?.placeKind === 'region';
    if (w === ',' && isCountry) continue;
    if (isCountry && ctx.places[tokens[j]!.sentence]!.some((p) => p.tokenStart <= j && j < p.tokenEnd)) continue;
    break;
  }
  return qualifiesTrigger;
}

function nearestTrigger(scene: Scene, at: number): { trigger: Trigger; distance: number } {
  const { triggers } = scene;
  let best = triggers[0]!;
  let bestScore = Infinity;
  for (const t of triggers) {
    // Prefer the trigger before the mention: places and dates follow what they qualify.
    const d = at >= t.end ? wordsIn(scene, t.end, at) : wordsIn(scene, at, t.at) * 1.5 + 2;
    if (d < bestScore) { best = t; bestScore = d; }
  }
  return { trigger: best, distance: bestScore };
}

const SUBJECT_REACH = 12;
const OBJECT_REACH = 10;
const PLACE_REACH = 12;

/**
 * One sentence with triggers: its frames and what they read. The steps that
 * fill the frames are functions of their own, each small enough for the
 * compiler to optimize whole (one function for all was measurably slower).
 */
interface Scene {
  ctx: DocContext;
  sentence: number;
  from: number;
  to: number;
  triggers: Trigger[];
  /** the frame each trigger belongs to */
  frameOf: Map<Trigger, MeetingFrame>;
  /** the sentence's frames, in order */
  frames: MeetingFrame[];
  /** where a gathering that hosts a meeting is named ("the G20 summit") */
  settings: number[];
  /** person mentions that can take part (not in a role phrase, not possessors) */
  persons: Mention[];
  /** those of them who only speak of the meeting */
  speakers: Set<Mention>;
  /** the others */
  people: Mention[];
  /** tokens inside the sentence's names */
  inName: Set<number>;
  /** counted[i - from]: how many tokens of [from, i) are words of their own (wordsIn) */
  counted: number[];
}

// Data and functions of the scene rather than closures made for each one (tsx names every closure it makes).

/** Is token i no word of its own (inside a name or title, or a quote mark)? */
function isNoWord(scene: Scene, i: number): boolean {
  const t = scene.ctx.seg.tokens[i]!;
  return scene.inName.has(i) || isRoleWord(t) || NOT_WORDS.has(t.text);
}

/** How many tokens in [a, b) are words of their own. */
function wordsIn(scene: Scene, a: number, b: number): number {
  const { counted, from, to } = scene;
  return counted[Math.min(b, to) - from]! - counted[Math.max(a, from) - from]!;
}

export function findMeetingFrames(ctx: DocContext): MeetingFrame[] {
  const frames: MeetingFrame[] = [];
  for (const sentence of ctx.seg.sentences) {
    const scene = sceneOf(ctx, sentence.index, sentence.tokenStart, sentence.tokenEnd);
    if (!scene) continue;
    frames.push(...scene.frames);
    addSubjects(scene);
    addObjects(scene);
    addPlaces(scene);
    const weekdayFrames = addDates(scene);
    const subjectPlural = hasPhrase(ctx.seg.tokens, scene.from, scene.triggers[0]!.at, ctx.knowledge.lexicon.pluralAnaphora);
    const pronounAt = firstIn(scene.from, scene.triggers[0]!.at, (j) => HE_SHE.has(ctx.seg.tokens[j]!.lower));
    for (const frame of scene.frames) keepBetween(scene, frame);
    for (const frame of scene.frames) keepVisitor(scene, frame);
    for (const frame of scene.frames) completeFrame(scene, frame, subjectPlural, pronounAt, weekdayFrames.has(frame));
    const speakers = [...new Set([...scene.speakers].map((m) => m.key))];
    for (const frame of scene.frames) {
      const others = speakers.filter((key) => !frame.participants.includes(key));
      if (others.length) frame.speakers = others;
    }
    splitListMeetings(ctx, frames, scene.people, scene.from, scene.to);
    splitHedged(frames, scene);
  }
  return frames;
}

/** "raised the matter of Khashoggi", "the release of Fogel": a person a noun is of, not one who meets. */
function isOfNoun(ctx: DocContext, m: Mention): boolean {
  const { tokens } = ctx.seg;
  const before = tokens[m.tokenStart - 2];
  return tokens[m.tokenStart - 1]?.lower === 'of' && before !== undefined && before.pos === 'NOUN' && !(before.word & (Word.trigger | Word.role));
}

/** The sentence's triggers grouped into frames, with the people it names; null without a trigger. */
function sceneOf(ctx: DocContext, sentence: number, from: number, to: number): Scene | null {
  const { tokens } = ctx.seg;
  // Most sentences have no trigger word: look before building anything.
  if (!anyIn(from, to, (i) => (tokens[i]!.word & (Word.trigger | Word.triggerStart)) !== 0)) return null;
  // Distances count words, not the names and titles in between.
  const inName = tokensIn(ctx.people[sentence]!, ctx.places[sentence]!);
  const settings: number[] = [];
  const triggers = findTriggers(ctx, from, to, inName, settings);
  if (triggers.length === 0) return null;
  const persons = ctx.people[sentence]!.filter((m) => !ctx.inRolePhrase.has(m.tokenStart) && !isPossessor(ctx, m) && !isOfNoun(ctx, m));
  const speakers = new Set(persons.filter((m) => isSpeaker(ctx, m, from, to)));
  const people = persons.filter((m) => !speakers.has(m));
  const scene: Scene = { ctx, sentence, from, to, triggers, frameOf: new Map(), frames: [], settings, persons, speakers, people, inName, counted: [0] };
  // wordsIn(a, b) from a running count.
  for (let i = from; i < to; i++) scene.counted.push(scene.counted[i - from]! + (isNoWord(scene, i) ? 0 : 1));
  for (const group of groupTriggers(triggers, ctx.chunks)) frameOfGroup(scene, group);
  return scene;
}

/** Triggers that stand close together make one frame; calls apart from meetings, a "second meeting" apart from the first. */
function groupTriggers(triggers: Trigger[], chunks: Chunking): Trigger[][] {
  const groups: Trigger[][] = [];
  for (const t of triggers) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    // "his first official visit to China, where he will meet Xi": a visit and a meeting in clauses of their own.
    const apart = prev !== undefined && ((prev.type !== t.type && !sameClause(chunks, prev.at, t.at)) || prev.trip !== t.trip);
    if (g && prev && !apart && (prev.type === 'phone call') === (t.type === 'phone call') && !t.isNew && !g[0]!.isNew && t.at - prev.end <= 8) g.push(t);
    else groups.push([t]);
  }
  return groups;
}

/** The frame of a group of triggers: its type from the main trigger, its status from the cues around each. */
function frameOfGroup(scene: Scene, g: Trigger[]): void {
  const { ctx, triggers, from, to } = scene;
  const main = g.reduce((a, b) => (b.explicit && !a.explicit) || (!a.explicit && TYPE_RANK[b.type] > TYPE_RANK[a.type]) ? b : a);
  // Each trigger reads the cues of its own stretch of the sentence, up to its neighbours.
  const statuses = g.map((t) => {
    // Cues between two triggers belong to the nearer one: "spoke by phone, Trump suggested meeting".
    const i = triggers.indexOf(t);
    const prev = triggers[i - 1];
    const next = triggers[i + 1];
    const lo = prev ? Math.ceil((prev.end + t.at) / 2) : from;
    const hi = next ? Math.floor((t.end + next.at) / 2) + 1 : to;
    return statusAround(ctx, t.at, lo, hi);
  }).filter((x): x is MeetingStatus => x !== null);
  let status = statuses.length ? statuses.reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a)) : null;
  // "the one-on-one never took place", "the visit was called off": announced, not held.
  const last = g[g.length - 1]!;
  if (hasPhrase(ctx.seg.tokens, Math.max(from, g[0]!.at - 2), Math.min(to, last.end + 12), ctx.knowledge.lexicon.cancelCues)) status = status === 'proposed' ? 'proposed' : 'planned';
  const frame: MeetingFrame = {
    doc: ctx.doc, sentence: scene.sentence, type: main.explicit ? 'bilateral meeting' : main.type,
    status, participants: [], venues: [], date: null,
    isNew: g.some((t) => t.isNew), isDefinite: g.every((t) => t.definite), at: main.at, triggers: g.map((t) => t.at),
  };
  if (g.every((t) => t.arrival)) frame.arrival = true;
  if (g.every((t) => t.trip)) frame.trip = true;
  for (const t of g) scene.frameOf.set(t, frame);
  scene.frames.push(frame);
}

function addParticipant(frame: MeetingFrame, key: string): void {
  if (!frame.participants.includes(key)) frame.participants.push(key);
}

/** The subject before the first trigger takes part in all of the sentence's frames. */
function addSubjects(scene: Scene): void {
  const { tokens } = scene.ctx.seg;
  const firstTrigger = scene.triggers[0]!.at;
  let reach = firstTrigger - SUBJECT_REACH;
  for (let p = scene.people.length - 1; p >= 0; p--) {
    const m = scene.people[p]!;
    if (m.tokenEnd > firstTrigger) continue;
    // "asked Rubio, Ratcliffe, Waltz and Witkoff to lead the negotiations": a list reaches further.
    const listed = m.tokenEnd >= reach - 10 && !anyIn(m.tokenEnd, reach, (j) => tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX');
    if (m.tokenEnd < reach && !listed) continue;
    reach = Math.min(reach, m.tokenStart);
    for (const f of scene.frames) addParticipant(f, m.key);
  }
}

/** After the first trigger, each person goes to the nearest trigger, or to a later one they are the subject of. */
function addObjects(scene: Scene): void {
  const { ctx, triggers, people, frameOf } = scene;
  const { tokens } = ctx.seg;
  const firstTrigger = triggers[0]!.at;
  // Subjects: a name followed by its verb, or by "and" and another subject.
  const subjects = new Set<Mention>();
  for (let p = people.length - 1; p >= 0; p--) {
    const m = people[p]!;
    const next = tokens[m.tokenEnd];
    const partner = people.find((o) => o.tokenStart > m.tokenEnd && o.tokenStart <= m.tokenEnd + 4);
    if (next && (next.pos === 'VERB' || next.pos === 'AUX' || (next.lower === 'and' && partner && subjects.has(partner)))) subjects.add(m);
  }
  for (const m of people) {
    if (m.tokenEnd <= firstTrigger) continue;
    // "... Call. US President Trump and Russian President Putin held a call": the subject of a later trigger.
    const later = subjects.has(m) ? triggers.find((t) => t.at >= m.tokenEnd && wordsIn(scene, m.tokenEnd, t.at) <= 8) : undefined;
    if (later && !anyIn(m.tokenEnd, later.at, (j) => CLAUSE_END.has(tokens[j]!.text))) {
      addParticipant(frameOf.get(later)!, m.key);
      continue;
    }
    const { trigger, distance } = nearestTrigger(scene, m.tokenStart);
    // One arrives in a place, not in a person: after an arrival only who comes along joins ("accompanied by X").
    if (trigger.arrival && m.tokenStart > trigger.at && !anyIn(trigger.end, m.tokenStart, (j) => ALONG.has(tokens[j]!.lower))) continue;
    if (distance <= OBJECT_REACH && (m.tokenStart < trigger.at || !nounBetween(ctx, trigger.end, m.tokenStart, (i) => isNoWord(scene, i)))) addParticipant(frameOf.get(trigger)!, m.key);
  }
}

/** Places used as locations go to the nearest trigger, unless it is a call. */
function addPlaces(scene: Scene): void {
  const { ctx, frameOf } = scene;
  for (const p of ctx.places[scene.sentence]!) {
    if (!ctx.facts.get(p.key) || ctx.inRolePhrase.has(p.tokenStart)) continue;
    const { trigger, distance } = nearestTrigger(scene, p.tokenStart);
    // "stepped out of his limousine in Jeddah for a visit": where a trip's clause says one is, the trip is.
    const ofTrip = trigger.trip && afterLocative(ctx, p) && sameClause(ctx.chunks, p.tokenStart, trigger.at);
    if (!ofTrip && !isLocative(ctx, p, scene.from)) continue;
    // "invited him to Washington after their talks in Beijing": a place in a clause of another event word is that word's.
    if (p.tokenEnd <= trigger.at && !sameClause(ctx.chunks, p.tokenStart, trigger.at) && clauseHasEventWord(ctx, p.tokenStart)) continue;
    const frame = frameOf.get(trigger)!;
    // A place beside "the G20 summit" is where the meeting at that summit happens.
    const setting = scene.settings.some((at) => Math.abs(at - p.tokenStart) <= 4);
    if ((distance <= PLACE_REACH || setting) && frame.type !== 'phone call' && !frame.venues.includes(p.key)) frame.venues.push(p.key);
  }
  addListedPlaces(scene);
  addWherePlaces(scene);
}

/** Does the clause of token `at` hold a meeting or invitation word? */
function clauseHasEventWord(ctx: DocContext, at: number): boolean {
  const { tokens } = ctx.seg;
  const clause = ctx.chunks.clauseOf[at]!;
  for (let j = at; j >= 0 && ctx.chunks.clauseOf[j] === clause; j--) if (tokens[j]!.word & (Word.trigger | Word.invite)) return true;
  for (let j = at + 1; j < tokens.length && ctx.chunks.clauseOf[j] === clause; j++) if (tokens[j]!.word & (Word.trigger | Word.invite)) return true;
  return false;
}

/** "his visit to China, where he will meet Xi": a meeting in a "where" clause is at the place before it. */
function addWherePlaces(scene: Scene): void {
  const { ctx } = scene;
  const { tokens } = ctx.seg;
  for (const frame of scene.frames) {
    if (frame.venues.length > 0 || frame.type === 'phone call') continue;
    let start = frame.at;
    while (start > scene.from && ctx.chunks.clauseOf[start - 1] === ctx.chunks.clauseOf[frame.at]) start--;
    if (tokens[start]?.lower !== 'where') continue;
    // "to visit Beijing later this month, where": the place of the clause before.
    const place = [...ctx.places[scene.sentence]!].reverse().find((p) => p.tokenEnd <= start && ctx.facts.get(p.key)?.kind !== 'organization');
    if (place && start - place.tokenEnd <= 6 && !anyIn(place.tokenEnd, start, (j) => (tokens[j]!.word & Word.trigger) !== 0)) frame.venues.push(place.key);
  }
}

/** "travelled to Indonesia, Singapore, Thailand and the Philippines": places listed after a venue are venues too. */
function addListedPlaces(scene: Scene): void {
  const { ctx, frames } = scene;
  const { tokens } = ctx.seg;
  const places = ctx.places[scene.sentence]!.filter((p) => ctx.facts.get(p.key) && !ctx.inRolePhrase.has(p.tokenStart));
  for (const frame of frames) {
    if (frame.type === 'phone call') continue;
    for (let i = 1; i < places.length; i++) {
      const prev = places[i - 1]!;
      const p = places[i]!;
      if (!frame.venues.includes(prev.key) || frame.venues.includes(p.key)) continue;
      if (anyIn(prev.tokenEnd, p.tokenStart, (j) => !LIST_WORDS.has(tokens[j]!.lower)) || p.tokenStart === prev.tokenEnd) continue;
      // "in Helsinki, and Russia's request": the possessor of something else; "Washington, White House says": a speaker.
      if (isPossessive(tokens[p.tokenEnd]) || ctx.knowledge.sets.speech.has(tokens[p.tokenEnd]?.lower ?? '')) continue;
      frame.venues.push(p.key);
    }
  }
}

/** Dates go to the nearest trigger, the most precise first; returns the frames dated by a bare weekday. */
function addDates(scene: Scene): Set<MeetingFrame> {
  const { ctx, frameOf, from, to } = scene;
  const { tokens } = ctx.seg;
  const weekdayFrames = new Set<MeetingFrame>();
  for (const d of ctx.dates[scene.sentence]!) {
    const at = tokenAt(tokens, from, to, d.start);
    if (isStatementDate(ctx, at, from)) continue;
    const { trigger, distance } = nearestTrigger(scene, at);
    const frame = frameOf.get(trigger)!;
    const verbBetween = at > trigger.end && anyIn(trigger.end, at, (j) => tokens[j]!.pos === 'VERB' && !(tokens[j]!.word & Word.trigger));
    if (distance <= OBJECT_REACH && !verbBetween && (!frame.date || d.value.length > frame.date.length)) {
      frame.date = d.value;
      if (d.weekday) weekdayFrames.add(frame);
    }
  }
  return weekdayFrames;
}

/** The participants a frame's words imply (speakers, pronouns, "the two leaders", the other side), then its status and date. */
function completeFrame(scene: Scene, frame: MeetingFrame, subjectPlural: boolean, pronounAt: number | undefined, byWeekday: boolean): void {
  const { ctx, from, to, people } = scene;
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const lo = Math.max(from, Math.min(...frame.triggers) - 10);
  const hi = Math.min(to, Math.max(...frame.triggers) + 10);
  // A leader who speaks of their own meeting: "Trump said he would be calling Zelensky", "Modi said, 'I thank ...'".
  const firstPerson = anyIn(lo, hi, (j) => FIRST_PERSON.has(tokens[j]!.lower));
  if (frame.participants.length < 2 || firstPerson) for (const m of scene.speakers) if (ctx.facts.get(m.key)?.kind === 'leader' && ((m.tokenStart >= lo && m.tokenStart < hi) || firstPerson)) addParticipant(frame, m.key);
  // "he and his Russian counterpart": the sentence's subject, or the previous sentence's.
  if (frame.participants.length === 1 && pronounAt !== undefined) {
    const subject = scene.persons.find((m) => m.tokenEnd <= pronounAt)?.key ?? firstPersonOf(ctx, scene.sentence - 1);
    if (subject) addParticipant(frame, subject);
  }
  // "before he landed in Israel", "the Israel leg of his tour": a frame naming no one, told of the person the pronoun stands for.
  if (frame.participants.length === 0 && frame.type === 'visit') {
    const pronoun = lastIn(Math.max(from, frame.at - 4), frame.at, (j) => PRONOUNS.has(tokens[j]!.lower));
    if (pronoun !== undefined) {
      const subject = [...scene.persons].reverse().find((m) => m.tokenEnd <= pronoun)?.key ?? firstPersonOf(ctx, scene.sentence - 1) ?? ctx.protagonist;
      if (subject) addParticipant(frame, subject);
    }
  }
  // "the one-on-one sit-down never took place": a one-on-one naming no one is between the article's two leaders.
  if (frame.participants.length === 0 && ctx.pair && scene.triggers.some((t) => t.explicit && frame.triggers.includes(t.at))) for (const key of ctx.pair) addParticipant(frame, key);
  // "the two leaders", "both leaders", "they": the article's principal pair, unless the
  // meeting is of others ("a meeting among the OSCE, Ukraine and Russia", "their foreign ministers should meet").
  // "they", "their talks": the two people the sentence (or the one before) names, else the article's two leaders.
  const pair = twoNamedNear(scene) ?? ctx.pair;
  // "their foreign ministers should meet": [first word, last word] of the office after "their".
  const plural = firstIn(Math.max(from + 1, frame.at - 4), frame.at, (j) => tokens[j]!.lower.endsWith('s') && ((k.words.get(tokens[j]!.lower.slice(0, -1)) ?? 0) & Word.role) !== 0);
  const their = plural === undefined ? undefined : firstIn(Math.max(from, plural - 3), plural, (j) => tokens[j]!.lower === 'their');
  const ofOthers = their !== undefined
    || frame.triggers.some((t) => AMONG.has(tokens[t + 1]?.lower ?? '') && !people.some((m) => m.tokenStart > t && m.tokenStart <= t + 4));
  const anaphora = (subjectPlural && !frame.isDefinite) || hasPhrase(tokens, lo, hi, k.lexicon.pluralAnaphora);
  // A trip is its visitor's, whoever "they" are.
  if (pair && frame.participants.length < 2 && !ofOthers && anaphora && !frame.trip) for (const key of pair) addParticipant(frame, key);
  // The holders of that office in the two leaders' countries, when each has exactly one in the article.
  if (pair && their !== undefined && plural !== undefined && frame.participants.length < 2) addOfficeHolders(scene, frame, pair, their, plural);
  // "Milei arrived in Washington ...: an official meeting will be held with President Trump": the sentence's subject.
  if (frame.participants.length === 1) {
    const subject = sentenceSubject(scene);
    if (subject && subject.tokenEnd <= frame.at) addParticipant(frame, subject.key);
  }
  // "talks with Putin", "his meeting with Putin": the unnamed other side.
  if (frame.participants.length === 1) addOtherSide(scene, frame);
  // "his first state visit to the United States": the visited country's leader receives the guest
  // (one who only arrives somewhere, "after arriving in Alaska", is received by no one named).
  if (frame.type === 'visit' && frame.participants.length === 1 && !frame.arrival && !frame.trip) {
    const country = frame.venues.map((v) => ctx.facts.get(v)?.country).find(Boolean);
    // One's own country receives one as no guest.
    const host = country && country !== ctx.facts.get(frame.participants[0]!)?.country ? ctx.leaderOf(country) : null;
    if (host && host !== frame.participants[0]) addParticipant(frame, host);
  }
  if (frame.status === null && frame.isNew) frame.status = scene.frames.find((f) => f !== frame && f.status)?.status ?? null;
  // "plans to visit Washington to meet Biden": a purpose of what is planned is planned too.
  if (frame.status === null && tokens[frame.at - 1]?.lower === 'to') {
    const before = scene.frames.filter((f) => f !== frame && f.at < frame.at && f.status !== null).pop();
    if (before) frame.status = before.status;
  }
  // A bare weekday takes its week from the tense: "spoke on Tuesday" is past, "will meet on Friday" to come.
  if (byWeekday && frame.date && ctx.published) {
    if (frame.status === 'held' && frame.date > ctx.published) frame.date = shiftWeek(frame.date, -1);
    else if (frame.status && frame.status !== 'held' && frame.date < ctx.published) frame.date = shiftWeek(frame.date, 1);
  }
  // "talked in November" in an article of June: last November, since it was held.
  if (frame.date && frame.date.length === 7 && ctx.published && frame.status === 'held' && frame.date > ctx.published.slice(0, 7)) {
    frame.date = `${Number(frame.date.slice(0, 4)) - 1}${frame.date.slice(4)}`;
  }
  frame.status = resolveStatus(frame.status, frame.date, ctx.published);
}

/**
 * "offered to host talks between Putin and Zelensky": a trigger followed by "between" and two or
 * more people names its participants; the subject who hosts or proposes it is not one of them.
 */
function keepBetween(scene: Scene, frame: MeetingFrame): void {
  const { tokens } = scene.ctx.seg;
  for (const t of frame.triggers) {
    const end = t + (tokens[t + 1]?.lower === 'between' ? 1 : tokens[t + 2]?.lower === 'between' ? 2 : 0);
    if (end === t) continue;
    const listed = scene.people.filter((m) => m.tokenStart > end && m.tokenStart <= end + 12 && !anyIn(end + 1, m.tokenStart, (j) => CLAUSE_END.has(tokens[j]!.text)));
    const keys = [...new Set(listed.map((m) => m.key))];
    if (keys.length >= 2) { frame.participants = keys; return; }
  }
}

/**
 * "Biden gave a fist bump to the crown prince during a trip to Saudi Arabia", "Blinken's visit to China":
 * a trip is its visitor's (the possessor, the one "by" whom, or the clause's subject); whom they meet
 * on it are in meetings of their own. Trips from invitations and state visits are not read here.
 */
function keepVisitor(scene: Scene, frame: MeetingFrame): void {
  const { ctx } = scene;
  const { tokens } = ctx.seg;
  if (!frame.trip) return;
  // "Ahead of Saudi Arabia stop, officials left it up to the president": the one person the sentence names.
  const named = [...new Set(scene.persons.map((m) => m.key))];
  if (frame.participants.length === 0 && frame.venues.length > 0 && named.length === 1) frame.participants = [named[0]!];
  if (frame.participants.length === 0) return;
  const at = frame.at;
  const possessor = scene.people.find((m) => m.tokenEnd < at && m.tokenEnd >= at - 4 && isPossessive(tokens[m.tokenEnd]));
  const by = tokens[at + 1]?.lower === 'by' ? scene.people.find((m) => m.tokenStart > at + 1 && m.tokenStart <= at + 8) : undefined;
  const bySubject = personIn(scene, subjectOf(ctx.chunks, tokens, at));
  // The visitor is who the words make so, even when the frame took only the one they met ("gave a fist bump to X ... during a trip").
  const visitor = possessor ?? by ?? bySubject ?? sentenceSubject(scene);
  if (visitor && (frame.participants.includes(visitor.key) || visitor.tokenEnd <= at)) frame.participants = [visitor.key];
}

/** The person who opens the sentence and is followed by its verb ("Javier Milei arrived ..."), if any. */
function sentenceSubject(scene: Scene): Mention | undefined {
  return personIn(scene, subjectOf(scene.ctx.chunks, scene.ctx.seg.tokens, scene.from));
}

/** The person named inside a chunk (a subject noun phrase), if any. */
function personIn(scene: Scene, chunk: Chunk | undefined): Mention | undefined {
  return chunk ? scene.people.find((m) => m.tokenStart >= chunk.start && m.tokenEnd <= chunk.end) : undefined;
}

/** The two people the sentence names (not its speakers), if exactly two, of two countries (two sides). */
function twoNamedNear(scene: Scene): [string, string] | null {
  const { ctx } = scene;
  const keys = [...new Set(scene.people.filter((m) => isPersonFact(ctx.facts.get(m.key))).map((m) => m.key))];
  if (keys.length !== 2) return null;
  const [a, b] = keys.map((key) => ctx.facts.get(key)?.country ?? null);
  return a && b && a !== b ? [keys[0]!, keys[1]!] : null;
}

/** "their foreign ministers should meet": the one holder of that office in each of the pair's countries. */
function addOfficeHolders(scene: Scene, frame: MeetingFrame, pair: [string, string], their: number, plural: number): void {
  const { ctx } = scene;
  const office = ctx.seg.tokens.slice(their + 1, plural + 1).map((t) => t.lower).join(' ').replace(/s$/, '');
  const countries = pair.map((key) => ctx.facts.get(key)?.country);
  const holders = [...ctx.facts.values()].filter((f) => isPersonFact(f) && countries.includes(f.country) && f.roles.some((r) => r.toLowerCase().includes(office)));
  const byCountry = countries.map((c) => holders.filter((h) => h.country === c));
  if (byCountry.every((list) => list.length === 1)) for (const list of byCountry) addParticipant(frame, list[0]!.key);
}

/** "talks with Putin": the side not named is the pair's other leader, or the article's protagonist. */
function addOtherSide(scene: Scene, frame: MeetingFrame): void {
  const { ctx, from } = scene;
  const { tokens } = ctx.seg;
  const pair = ctx.pair;
  const only = scene.people.find((m) => m.key === frame.participants[0]);
  let j = only ? only.tokenStart - 1 : -1;
  while (j > from && j > (only?.tokenStart ?? 0) - 5 && !WITH.has(tokens[j]!.lower) && (tokens[j]!.cap || DETERMINERS.has(tokens[j]!.lower))) j--;
  const w = j >= from ? tokens[j]?.lower : undefined;
  const partner = pair && pair.includes(frame.participants[0]!) ? pair.find((x) => x !== frame.participants[0]) : ctx.protagonist;
  if ((w === 'with' || w === 'between') && partner && partner !== frame.participants[0]) frame.participants.unshift(partner);
}

/** The first "with" in the two tokens after each trigger, in the triggers' order. */
function withAfter(tokens: Token[], triggers: number[], to: number): number | undefined {
  for (const t of triggers) for (let j = t + 1; j < Math.min(to, t + 3); j++) if (tokens[j]!.lower === 'with') return j;
  return undefined;
}

/** "will meet Wang Yi and potentially Xi Jinping": the one named after the hedge is met only perhaps, in a meeting of its own. */
function splitHedged(frames: MeetingFrame[], scene: Scene): void {
  const { tokens } = scene.ctx.seg;
  for (const frame of scene.frames) {
    if (frame.participants.length < 3) continue;
    const hedged = scene.people.filter((m) => m.tokenStart > frame.at && frame.participants.includes(m.key)
      && anyIn(Math.max(frame.at, m.tokenStart - 4), m.tokenStart, (j) => HEDGES.has(tokens[j]!.lower)));
    if (hedged.length === 0 || hedged.length >= frame.participants.length - 1) continue;
    const keys = new Set(hedged.map((m) => m.key));
    const others = frame.participants.filter((p) => !keys.has(p));
    const subject = others[0]!;
    frame.participants = others;
    for (const key of keys) frames.push({ ...frame, participants: [subject, key], venues: [...frame.venues], status: 'proposed', triggers: [...frame.triggers] });
  }
}

/** "Putin met with Clinton, Bush, Obama and Trump": one meeting with each leader listed. */
function splitListMeetings(ctx: DocContext, frames: MeetingFrame[], people: Mention[], from: number, to: number) {
  const { tokens } = ctx.seg;
  const sentence = tokens[from]!.sentence;
  for (let i = frames.length - 1; i >= 0 && frames[i]!.sentence === sentence; i--) {
    const frame = frames[i]!;
    if (frame.participants.length < 3) continue;
    // "met separately with", "separately met the prime ministers of A and B": one meeting each, even without "with".
    const separately = frame.triggers.some((t) => anyIn(Math.max(from, t - 2), Math.min(to, t + 3), (j) => tokens[j]!.lower === 'separately'));
    const withAt = withAfter(tokens, frame.triggers, to) ?? (separately ? frame.at : undefined);
    if (withAt === undefined) continue;
    const listed = people.filter((m) => m.tokenStart > withAt && frame.participants.includes(m.key));
    const subjects = frame.participants.filter((key) => !listed.some((m) => m.key === key));
    const allLeaders = listed.length >= 2 && listed.every((m) => ctx.facts.get(m.key)?.kind === 'leader');
    if (!allLeaders || subjects.length !== 1) continue;
    frames.splice(i, 1, ...listed.map((m) => ({ ...frame, participants: [subjects[0]!, m.key], venues: [...frame.venues] })));
  }
}
