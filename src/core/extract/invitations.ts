// Invitations: "Putin has invited Trump for an official state visit to Moscow",
// "Trump asked Bolton to invite Putin to Washington", "Trump's invite to
// Netanyahu", "both leaders extended mutual invites". Each gives an invited
// edge and the visit it proposes, as a meeting frame hosted by the inviter.
import { Word } from '../knowledge.ts';
import { anyIn, type DocContext, hasPhrase, isPossessive, lastIn } from './context.ts';
import { isSpeaker } from './cues.ts';
import type { MeetingFrame } from './meetings.ts';
import type { Mention } from './mentions.ts';

export interface Invitation {
  doc: string;
  sentence: number;
  inviter: string;
  invitee: string;
  visit: MeetingFrame;
}

/** "invited each other", "mutual invitations" */
const MUTUAL = [['each', 'other'], ['mutual'], ['each', 'other’s'], ['each', "other's"]];

export function findInvitations(ctx: DocContext): Invitation[] {
  const out: Invitation[] = [];
  const { tokens, sentences } = ctx.seg;
  for (const sentence of sentences) {
    let people: Mention[] | undefined; // read only where an invitation is
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      if (!(tokens[i]!.word & Word.invite)) continue;
      people ??= ctx.people[sentence.index]!.filter((m) => !ctx.inRolePhrase.has(m.tokenStart));
      invitationsAt(ctx, sentence.index, sentence.tokenStart, sentence.tokenEnd, i, people, out);
    }
  }
  return out;
}

/** The invitations an invite word (token `i`) states, added to `out` unless there already. */
function invitationsAt(ctx: DocContext, sentence: number, from: number, to: number, i: number, people: Mention[], out: Invitation[]): void {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  if (anyIn(Math.max(from, i - 3), i, (j) => k.sets.negations.has(tokens[j]!.lower))) return;
  const pairs: [string, string][] = [];
  const mutual = hasPhrase(tokens, Math.max(from, i - 8), Math.min(to, i + 10), MUTUAL);
  if (mutual) {
    const plural = hasPhrase(tokens, from, to, k.lexicon.pluralAnaphora);
    const two = plural || people.length < 2 ? ctx.pair : [people[0]!.key, people.find((m) => m.key !== people[0]!.key)?.key];
    if (two && two[0] && two[1]) pairs.push([two[0], two[1]], [two[1], two[0]]);
  } else {
    const inviter = inviterBefore(ctx, people, i, from, to);
    // "Putin accepted Modi's invitation": with no one invited after it, the subject is.
    const invitee = people.find((m) => m.tokenStart > i && m.key !== inviter && !isSpeaker(ctx, m, from, to))
      ?? (isPossessive(tokens[i - 1]) ? people.find((m) => m.tokenEnd < i - 2 && m.key !== inviter && !isSpeaker(ctx, m, from, to)) : undefined);
    if (inviter && invitee) pairs.push([inviter, invitee.key]);
  }
  for (const [inviter, invitee] of pairs) {
    const venues = mutual ? [] : venuesAfter(ctx, sentence, i, to);
    const visit: MeetingFrame = {
      doc: ctx.doc, sentence, type: 'visit', status: 'proposed', participants: [inviter, invitee],
      venues, date: dateAfter(ctx, sentence, tokens[i]!.start), isNew: false, isDefinite: false, host: inviter, guest: invitee, at: i, triggers: [i],
    };
    if (!out.some((x) => x.sentence === sentence && x.inviter === inviter && x.invitee === invitee)) {
      out.push({ doc: ctx.doc, sentence, inviter, invitee, visit });
    }
  }
}

/** Who invites: "X asked Y to invite", "X invited", "X's invite", or a country standing for its leader ("US to invite"). */
function inviterBefore(ctx: DocContext, people: Mention[], at: number, from: number, to: number): string | null {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const before = people.filter((m) => m.tokenEnd <= at && !isSpeaker(ctx, m, from, to));
  // "Trump asked @Ambjohnbolton to invite": the one who asks.
  const ask = lastIn(from, at, (j) => k.sets.ask.has(tokens[j]!.lower));
  if (ask !== undefined) {
    const asker = lastIn(0, before.length, (b) => before[b]!.tokenEnd <= ask);
    if (asker !== undefined) return before[asker]!.key;
  }
  const nearest = before[before.length - 1];
  if (nearest && at - nearest.tokenEnd <= 6) return nearest.key;
  // "US to invite Putin": the country's leader in this article.
  const country = ctx.places[tokens[at]!.sentence]!.find((m) => m.tokenEnd <= at && at - m.tokenEnd <= 3 && ctx.facts.get(m.key)?.kind === 'country');
  if (country) return ctx.leaderOf(ctx.facts.get(country.key)!.country!);
  return nearest && at - nearest.tokenEnd <= 12 ? nearest.key : null;
}

function venuesAfter(ctx: DocContext, sentence: number, at: number, to: number): string[] {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const out: string[] = [];
  for (const p of ctx.places[sentence]!) {
    if (p.tokenStart <= at || p.tokenStart > Math.min(to, at + 14)) continue;
    const f = ctx.facts.get(p.key);
    if (!f || f.kind === 'organization') continue;
    const prev = tokens[p.tokenStart - 1]?.lower ?? '';
    const prev2 = tokens[p.tokenStart - 2]?.lower ?? '';
    if (k.sets.locative.has(prev) || (prev === 'the' && k.sets.locative.has(prev2)) || k.triggers.get(prev) === 'visit') out.push(p.key);
  }
  return out;
}

function dateAfter(ctx: DocContext, sentence: number, offset: number): string | null {
  return ctx.dates[sentence]!.find((d) => d.start > offset)?.value ?? null;
}

