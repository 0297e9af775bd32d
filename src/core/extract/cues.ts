// The cues a meeting frame reads around its trigger word: the status words of
// its stretch of the sentence, negations, who only speaks of the meeting, dates
// that tell when something was said, possessors of other things.
import { Word } from '../knowledge.ts';
import type { MeetingStatus } from '../schema.ts';
import { sameClause } from '../text/chunks.ts';
import type { Token } from '../text/segment.ts';
import { anyIn, type DocContext, isPersonFact, isPossessive } from './context.ts';
import type { Mention } from './mentions.ts';

const PUNCT = /^[,;:()"“”'‘’—–-]$/;
const DASHES = new Set(['-', '–', '—']);
/** Where the clause after a name ends: past it, "X, a former official, said" no longer speaks of X. */
const CLAUSE_BREAK = new Set(['.', ';', ':', '"', '“', '”']);
/** What may follow "said X" when X is the source. */
const SOURCE_END = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”']);
/** Nouns of time that stand between a trigger and a name without parting them. */
const TIME_NOUNS = new Set(['minute', 'minutes', 'hour', 'hours', 'time', 'morning', 'evening', 'night', 'today', 'day', 'week', 'month']);
const GERUND = /ing$/;
/** "discussed trade during a phone call": the verb before is what happened in the event, not a cue of it. */
const DURING = new Set(['during', 'throughout', 'amid']);
/** Words inside a role phrase before a name ("the Kremlin's", "a senior") */
const ROLE_LINKS = new Set(['the', 'a', 'an', "'s", '’s', 'senior', 'top', 'chief', 'deputy', 'presidential', 'government']);
/** "X has said", "X also said" */
const AUXILIARIES = new Set(['has', 'had', 'also', 'then']);

export function statusAround(ctx: DocContext, at: number, from: number, to: number): MeetingStatus | null {
  const { tokens } = ctx.seg;
  const s = ctx.knowledge.sets;
  let found: MeetingStatus | null = null;
  // "aides suggested on Wednesday before he landed in Israel": cues before the clause that holds the trigger are another verb's.
  let lo = Math.max(from, at - 6);
  for (let j = at - 1; j > lo; j--) if (!sameClause(ctx.chunks, j, at) || DURING.has(tokens[j]!.lower)) { lo = j + 1; break; }
  // "a visit that is intended to reset ties": nor are those of a clause after it.
  let hi = Math.min(to, at + 4);
  for (let j = at + 1; j < hi; j++) if (!sameClause(ctx.chunks, j, at)) { hi = j; break; }
  // "to visit Washington", "to meet Putin": what is to happen has not happened, unless it is "the first to meet".
  const infinitive = tokens[at - 1]?.lower === 'to' && !anyIn(lo, at, (j) => tokens[j]!.lower === 'first');
  for (let i = lo; i < hi; i++) {
    const w = tokens[i]!.lower;
    const word = tokens[i]!.word;
    // Two words make a cue only after the first word of one ("is to").
    const two = i + 1 < hi && word & Word.plannedStart ? `${w} ${tokens[i + 1]!.lower}` : '';
    if (word & Word.proposed) {
      // "would be calling": reported future, not a wish.
      if ((w === 'would' || w === 'could') && tokens[i + 1]?.lower === 'be' && GERUND.test(tokens[i + 2]?.lower ?? '')) found = found ?? 'planned';
      // "Peskov said Putin and Erdogan would meet": the future of what was said, not a wish.
      else if (w === 'would' && anyIn(Math.max(from, i - 8), i, (j) => s.speech.has(tokens[j]!.lower))) found = found ?? 'planned';
      else return 'proposed';
    } else if (word & Word.planned || (two !== '' && s.planned.has(two)) || (w === 'to' && i < at && tokens[i + 1]?.pos === 'VERB' && (tokens[i - 1]?.pos === 'VERB' || tokens[i - 1]?.pos === 'AUX' || anyIn(from, i, (j) => s.ask.has(tokens[j]!.lower))))) found = found === 'held' || found === null ? 'planned' : found;
    else if (word & Word.held && found === null && !infinitive) found = 'held';
  }
  return found;
}

/** Whether one of `words` comes within `reach` tokens before `at`, in the same clause (no punctuation between). */
function wordBefore(ctx: DocContext, at: number, from: number, reach: number, words: ReadonlySet<string>): boolean {
  const { tokens } = ctx.seg;
  for (let j = at - 1; j >= Math.max(from, at - reach); j--) {
    const w = tokens[j]!.lower;
    if (words.has(w)) return true;
    if (PUNCT.test(w)) return false;
  }
  return false;
}

/** "never a formal state visit", "no meeting": a negation before the trigger, within its clause. */
export function isNegated(ctx: DocContext, at: number, from: number): boolean {
  return wordBefore(ctx, at, from, 6, ctx.knowledge.sets.negations);
}

/** "Mueller's investigation", "Trump's views": a possessor of something other than a meeting or a role. */
export function isPossessor(ctx: DocContext, m: Mention): boolean {
  const { tokens } = ctx.seg;
  if (!isPossessive(tokens[m.tokenEnd])) return false;
  for (let j = m.tokenEnd + 1; j < Math.min(tokens.length, m.tokenEnd + 4); j++) {
    if (tokens[j]!.word & (Word.trigger | Word.invite)) return false;
    if (tokens[j]!.pos === 'NOUN') return true;
  }
  return false;
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
  // Wire headlines: "... IN RUSSIA - PESKOV", "PESKOV: TRUMP ASSURES ...".
  if (next?.text === ':' || DASHES.has(tokens[m.tokenStart - 1]?.text ?? '')) return true;
  if (next && m.tokenEnd < to && (s.has(next.lower) || (AUXILIARIES.has(next.lower) && next2 && s.has(next2.lower)))) return true;
  // "X, a former official, said"
  if (next?.text === ',') {
    for (let j = m.tokenEnd + 1; j < Math.min(to, m.tokenEnd + 18); j++) {
      if (tokens[j]!.text === ',' && j + 1 < to && s.has(tokens[j + 1]!.lower)) return true;
      if (CLAUSE_BREAK.has(tokens[j]!.text)) break;
    }
  }
  // "according to (presidential aide) Yuri Ushakov", "said (spokesman) Steven Pifer.": the role phrase before the name is skipped.
  let b = m.tokenStart - 1;
  while (b > from && (tokens[b]!.word & (Word.role | Word.country) || ROLE_LINKS.has(tokens[b]!.lower))) b--;
  if (tokens[b]?.lower === 'to' && tokens[b - 1]?.lower === 'according' && b - 1 >= from) return true;
  // "said Steven Pifer." is a source; "said Trump is ..." reports what Trump is.
  const prev = tokens[b];
  if (prev && b >= from && s.has(prev.lower) && (!next || m.tokenEnd >= to || SOURCE_END.has(next.text))) return true;
  // "Trump's press secretary Sarah Sanders said": the role phrase before a speaker.
  return false;
}

export function tokenAt(tokens: Token[], from: number, to: number, offset: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.end > offset) return i;
  return to - 1;
}

/** "said Thursday", "announced early Feb. 21": when it was said, not when it happens. */
export function isStatementDate(ctx: DocContext, at: number, from: number): boolean {
  return wordBefore(ctx, at, from, 3, ctx.knowledge.sets.speech);
}

/** Is there a noun of its own between a trigger and a name ("the release, yesterday, of Marc Fogel")? */
export function nounBetween(ctx: DocContext, from: number, to: number, skip: (i: number) => boolean): boolean {
  const { tokens } = ctx.seg;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN' && !skip(i) && !(t.word & Word.trigger) && !TIME_NOUNS.has(t.lower)) return true;
  }
  return false;
}

export function firstPersonOf(ctx: DocContext, sentence: number): string | null {
  if (sentence < 0) return null;
  return ctx.people[sentence]!.find((m) => isPersonFact(ctx.facts.get(m.key)))?.key ?? null;
}
