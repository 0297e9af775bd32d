// Invitations: "Putin has invited Trump for an official state visit to Moscow",
// "Trump asked Bolton to invite Putin to Washington", "Trump's invite to
// Netanyahu", "both leaders extended mutual invites". Each gives an invited
// edge and the visit it proposes, as a meeting frame hosted by the inviter.
import { Word } from '../knowledge.ts';
import { afterLocative, anyIn, type DocContext, hasPhrase, isPossessive, lastIn } from './context.ts';
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

/** "accepted an invitation" */
const ACCEPT = new Set(['accepted', 'accepts', 'accept', 'accepting', 'took', 'honoured', 'honored']);
/** "an invitation from X", "at the invitation of X" */
const FROM = new Set(['from', 'of', 'by']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

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
  } else if (acceptedAt(ctx, i, from) !== undefined || FROM.has(tokens[i + 1]?.lower ?? '')) {
    const pair = acceptedInvitation(ctx, people, i, from, to);
    if (pair) pairs.push(pair);
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

/** "accepted his invitation", "accepted an invitation from": where the accepting verb stands before the invite word, if it does. */
function acceptedAt(ctx: DocContext, i: number, from: number): number | undefined {
  const { tokens } = ctx.seg;
  return lastIn(Math.max(from, i - 4), i, (j) => ACCEPT.has(tokens[j]!.lower));
}

/**
 * "Y accepted X's invitation", "Y accepted his invitation" (his: the sentence's other person),
 * "Y visited at the invitation of X", "an invitation from X": the inviter is X, the guest Y.
 */
function acceptedInvitation(ctx: DocContext, people: Mention[], i: number, from: number, to: number): [string, string] | null {
  const { tokens } = ctx.seg;
  const accept = acceptedAt(ctx, i, from);
  const limit = accept ?? i;
  const named = people.find((m) => m.tokenStart > i && m.tokenStart <= i + 4 && FROM.has(tokens[i + 1]?.lower ?? ''))
    ?? (isPossessive(tokens[i - 1]) ? people.find((m) => m.tokenEnd === i - 1) : undefined);
  const guest = [...people].reverse().find((m) => m.tokenEnd <= limit && m.key !== named?.key && !isSpeaker(ctx, m, from, to))
    ?? (named ? people.find((m) => m.key !== named.key && m.tokenStart > i && !isSpeaker(ctx, m, from, to)) : undefined);
  if (!guest) return null;
  let host = named?.key;
  // "his invitation": the person the pronoun stands for, another of the sentence, else the guest's counterpart in the article.
  if (!host && POSSESSIVE_PRONOUNS.has(tokens[i - 1]?.lower ?? '')) {
    host = people.find((m) => m.key !== guest.key && m.tokenEnd <= i)?.key
      ?? (ctx.pair?.includes(guest.key) ? ctx.pair.find((k) => k !== guest.key) : undefined);
  }
  return host && host !== guest.key ? [host, guest.key] : null;
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
    if (afterLocative(ctx, p) || k.triggers.get(tokens[p.tokenStart - 1]?.lower ?? '') === 'visit') out.push(p.key);
  }
  return out;
}

function dateAfter(ctx: DocContext, sentence: number, offset: number): string | null {
  return ctx.dates[sentence]!.find((d) => d.start > offset)?.value ?? null;
}

