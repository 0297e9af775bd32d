// Meeting mentions, one sentence at a time. A trigger word ("summit", "call",
// "met", "visit", "talks") opens a frame; the frame takes the people of the
// sentence (not those who only speak about it), the places introduced by a
// locative preposition, the date nearest to it, and a status from the cue
// words around it. Frames of one article are merged into events later.
import type { MeetingStatus, MeetingType } from '../schema.ts';
import type { Token } from '../text/segment.ts';
import { type DocContext, hasPhrase, isPersonFact, range } from './context.ts';
import type { Mention } from './mentions.ts';

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
  /** token index of the trigger */
  at: number;
}

interface Trigger { at: number; end: number; type: MeetingType; explicit: boolean; isNew: boolean; definite: boolean }

const TYPE_RANK: Record<MeetingType, number> = { 'phone call': 5, summit: 3, visit: 2, talks: 1, 'bilateral meeting': 0 };
const PUNCT = /^[,;:()"“”'‘’—–-]$/;

export function statusAround(ctx: DocContext, at: number, from: number, to: number): MeetingStatus | null {
  const { tokens } = ctx.seg;
  const s = ctx.knowledge.sets;
  let found: MeetingStatus | null = null;
  const lo = Math.max(from, at - 8);
  const hi = Math.min(to, at + 5);
  for (let i = lo; i < hi; i++) {
    const w = tokens[i]!.lower;
    const two = i + 1 < hi ? `${w} ${tokens[i + 1]!.lower}` : '';
    if (s.proposed.has(w)) {
      // "would be calling": reported future, not a wish.
      if ((w === 'would' || w === 'could') && tokens[i + 1]?.lower === 'be' && /ing$/.test(tokens[i + 2]?.lower ?? '')) found = found ?? 'planned';
      else return 'proposed';
    } else if (s.planned.has(w) || s.planned.has(two)) found = found === 'held' || found === null ? 'planned' : found;
    else if (s.held.has(w) && found === null) found = 'held';
  }
  return found;
}

function findTriggers(ctx: DocContext, from: number, to: number): Trigger[] {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const out: Trigger[] = [];
  const peopleAt = new Set(ctx.people[tokens[from]!.sentence]!.flatMap((m) => range(m.tokenStart, m.tokenEnd)));
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const two = i + 1 < to ? `${t.lower} ${tokens[i + 1]!.lower}` : '';
    const type = k.triggers.get(two) ?? k.triggers.get(t.lower);
    if (!type) continue;
    const len = k.triggers.has(two) ? 2 : 1;
    const prev = tokens[i - 1];
    const next = tokens[i + len];
    // "calls for", "call on", "so-called": not a call between people.
    if (type === 'phone call' && next && ['for', 'on', 'upon', 'it', 'off'].includes(next.lower)) continue;
    if (type === 'phone call' && k.sets.callNeedsObject.has(t.lower)) {
      const after = range(i + 1, Math.min(to, i + 5)).some((j) => peopleAt.has(j));
      const before = ctx.people[t.sentence]!.filter((m) => m.tokenEnd <= i && m.tokenEnd >= i - 6).length >= 2;
      if (!after && !before) continue;
    }
    // "the G20 summit": a gathering of many, the setting of a meeting rather than one.
    if (type === 'summit' && range(Math.max(from, i - 2), i).some((j) => k.sets.multilateral.has(tokens[j]!.lower))) continue;
    if (range(Math.max(from, i - 3), i).some((j) => k.sets.negations.has(tokens[j]!.lower))) continue;
    if (t.pos === 'PROPN' && t.cap && !t.allCaps && i > from && type !== 'summit') continue; // part of a name
    const det = prev?.lower ?? '';
    out.push({
      at: i, end: i + len, type,
      explicit: k.sets.explicitBilateral.has(t.lower),
      isNew: range(Math.max(from, i - 3), i).some((j) => k.sets.newEvent.has(tokens[j]!.lower)),
      definite: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our'].includes(det),
    });
    i += len - 1;
  }
  return out;
}


/** Is the place mention at index used as a location (after "in", "at", "to", or before a trigger)? */
function isLocative(ctx: DocContext, m: Mention, from: number): boolean {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  for (let j = m.tokenStart - 1; j >= Math.max(from, m.tokenStart - 3); j--) {
    const w = tokens[j]!.lower;
    if (k.sets.locative.has(w)) return true;
    if (k.triggers.get(w) === 'visit') return true; // "visit Washington"
    if (w !== 'the' && w !== ',' && !ctx.places[tokens[j]!.sentence]!.some((p) => p.tokenStart <= j && j < p.tokenEnd)) break;
  }
  const after = tokens[m.tokenEnd];
  if (after && (k.triggers.has(after.lower) || k.sets.multilateral.has(after.lower))) return true; // "Oval Office meeting", "Hamburg G20 summit"
  return false;
}

function nearestTrigger(triggers: Trigger[], at: number): Trigger {
  let best = triggers[0]!;
  let bestScore = Infinity;
  for (const t of triggers) {
    // Prefer the trigger before the mention: places and dates follow what they qualify.
    const d = at >= t.end ? at - t.end : (t.at - at) * 1.5 + 2;
    if (d < bestScore) { best = t; bestScore = d; }
  }
  return best;
}

export function findMeetingFrames(ctx: DocContext): MeetingFrame[] {
  const frames: MeetingFrame[] = [];
  const { tokens, sentences } = ctx.seg;
  const k = ctx.knowledge;
  for (const sentence of sentences) {
    const from = sentence.tokenStart;
    const to = sentence.tokenEnd;
    const triggers = findTriggers(ctx, from, to);
    if (triggers.length === 0) continue;
    const people = ctx.people[sentence.index]!.filter((m) => !isSpeaker(ctx, m, from, to) && !ctx.inRolePhrase.has(m.tokenStart) && isPersonFact(ctx.facts.get(m.key)));

    // Group triggers: calls apart from meetings, and a "second meeting" apart from the first.
    const groups: Trigger[][] = [];
    for (const t of triggers) {
      const isCall = t.type === 'phone call';
      const g = groups.find((x) => (x[0]!.type === 'phone call') === isCall && !t.isNew && !x[0]!.isNew);
      if (g) g.push(t); else groups.push([t]);
    }
    const firstTrigger = triggers[0]!.at;
    const frameOf = new Map<Trigger, MeetingFrame>();
    for (const g of groups) {
      const main = g.reduce((a, b) => (b.explicit && !a.explicit) || (!a.explicit && TYPE_RANK[b.type] > TYPE_RANK[a.type]) ? b : a);
      const participants: string[] = [];
      const add = (key: string) => { if (!participants.includes(key)) participants.push(key); };
      for (const m of people) {
        // Before the first trigger: the subject, shared. After: belongs to the nearest trigger's group.
        if (m.tokenStart < firstTrigger || groups.length === 1 || g.includes(nearestTrigger(triggers, m.tokenStart))) add(m.key);
      }
      const frame: MeetingFrame = {
        doc: ctx.doc, sentence: sentence.index, type: main.explicit ? 'bilateral meeting' : main.type,
        status: statusAround(ctx, g[0]!.at, from, to), participants, venues: [], date: null,
        isNew: g.some((t) => t.isNew), isDefinite: g.every((t) => t.definite), at: main.at,
      };
      for (const t of g) frameOf.set(t, frame);
      frames.push(frame);
    }

    // Places and dates go to the nearest trigger.
    for (const p of ctx.places[sentence.index]!) {
      const f = ctx.facts.get(p.key);
      if (!f || f.kind === 'organization' && !isLocative(ctx, p, from)) continue;
      if (!isLocative(ctx, p, from) || ctx.inRolePhrase.has(p.tokenStart)) continue;
      const frame = frameOf.get(nearestTrigger(triggers, p.tokenStart))!;
      if (frame.type !== 'phone call' && !frame.venues.includes(p.key)) frame.venues.push(p.key);
    }
    for (const d of ctx.dates[sentence.index]!) {
      const at = tokenAt(tokens, from, to, d.start);
      if (isStatementDate(ctx, at, from)) continue;
      const frame = frameOf.get(nearestTrigger(triggers, at))!;
      if (!frame.date || d.value.length > frame.date.length) frame.date = d.value;
    }

    // "the two leaders", "both", "they": the article's principal pair.
    const plural = hasPhrase(tokens, from, to, k.lexicon.pluralAnaphora);
    for (const frame of new Set(frameOf.values())) {
      const pair = ctx.pair;
      if (pair && plural && frame.participants.length < 2) for (const key of pair) if (!frame.participants.includes(key)) frame.participants.push(key);
      // "talks with Putin", "his meeting with Putin": the unnamed other side is the article's protagonist.
      if (frame.participants.length === 1 && ctx.protagonist && frame.participants[0] !== ctx.protagonist) {
        const only = people.find((m) => m.key === frame.participants[0]);
        const w = only ? tokens[only.tokenStart - 1]?.lower : undefined;
        if (w === 'with' || w === 'between') frame.participants.unshift(ctx.protagonist);
      }
      frame.status = resolveStatus(frame.status, frame.date, ctx.published);
    }
    splitListMeetings(ctx, frames, people, from, to);
  }
  return frames;
}

/** "Putin met with Clinton, Bush, Obama and Trump": one meeting with each leader listed. */
function splitListMeetings(ctx: DocContext, frames: MeetingFrame[], people: Mention[], from: number, to: number) {
  const { tokens } = ctx.seg;
  const last = frames[frames.length - 1];
  if (!last || last.sentence !== tokens[from]!.sentence || last.participants.length < 3) return;
  const withAt = range(last.at + 1, Math.min(to, last.at + 3)).find((j) => tokens[j]!.lower === 'with');
  if (withAt === undefined) return;
  const listed = people.filter((m) => m.tokenStart > withAt);
  const subjects = last.participants.filter((key) => !listed.some((m) => m.key === key));
  const allLeaders = listed.length >= 2 && listed.every((m) => ctx.facts.get(m.key)?.kind === 'leader');
  if (!allLeaders || subjects.length !== 1) return;
  frames.pop();
  for (const m of listed) frames.push({ ...last, participants: [subjects[0]!, m.key], venues: [...last.venues] });
}

export function resolveStatus(status: MeetingStatus | null, date: string | null, published: string | null): MeetingStatus | null {
  if (!date || !published || date.length < 10) return status;
  if (date < published) return status === 'proposed' || status === 'planned' ? status : 'held';
  if (date > published) return status === 'held' ? 'planned' : status ?? 'planned';
  return status;
}

/** "X said", "said X", "according to X", "X told reporters": a source, not a participant. */
export function isSpeaker(ctx: DocContext, m: Mention, from: number, to: number): boolean {
  const { tokens } = ctx.seg;
  const s = ctx.knowledge.sets.speech;
  const next = tokens[m.tokenEnd];
  const next2 = tokens[m.tokenEnd + 1];
  if (next && m.tokenEnd < to && (s.has(next.lower) || (['has', 'had', 'also', 'then'].includes(next.lower) && next2 && s.has(next2.lower)))) return true;
  // "X, a former official, said"
  if (next?.text === ',') {
    for (let j = m.tokenEnd + 1; j < Math.min(to, m.tokenEnd + 18); j++) {
      if (tokens[j]!.text === ',' && j + 1 < to && s.has(tokens[j + 1]!.lower)) return true;
      if (/^[.;:"“”]$/.test(tokens[j]!.text)) break;
    }
  }
  const prev = tokens[m.tokenStart - 1];
  if (prev && m.tokenStart - 1 >= from && s.has(prev.lower)) return true;
  // "Trump's press secretary Sarah Sanders said": the role phrase before a speaker.
  return false;
}

function tokenAt(tokens: Token[], from: number, to: number, offset: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.end > offset) return i;
  return to - 1;
}

/** "said Thursday", "announced early Feb. 21": when it was said, not when it happens. */
function isStatementDate(ctx: DocContext, at: number, from: number): boolean {
  const { tokens } = ctx.seg;
  for (let j = at - 1; j >= Math.max(from, at - 3); j--) {
    const w = tokens[j]!.lower;
    if (ctx.knowledge.sets.speech.has(w)) return true;
    if (PUNCT.test(w)) return false;
  }
  return false;
}
