// Invitations: "Putin has invited Trump for an official state visit to Moscow",
// "Trump asked Bolton to invite Putin to Washington", "Trump's invite to
// Netanyahu", "both leaders extended mutual invites". Each gives an invited
// edge and the visit it proposes, as a meeting frame hosted by the inviter.
import { anyIn, type DocContext, hasPhrase, isPersonFact, range } from './context.ts';
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

export function findInvitations(ctx: DocContext): Invitation[] {
  const out: Invitation[] = [];
  const { tokens, sentences } = ctx.seg;
  const k = ctx.knowledge;
  for (const sentence of sentences) {
    const from = sentence.tokenStart;
    const to = sentence.tokenEnd;
    const people = ctx.people[sentence.index]!.filter((m) => isPersonFact(ctx.facts.get(m.key)) && !ctx.inRolePhrase.has(m.tokenStart));
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (!k.sets.invite.has(t.lower)) continue;
      if (anyIn(Math.max(from, i - 3), i, (j) => k.sets.negations.has(tokens[j]!.lower))) continue;
      const pairs: [string, string][] = [];
      const mutual = hasPhrase(tokens, Math.max(from, i - 8), Math.min(to, i + 10), [['each', 'other'], ['mutual'], ['each', 'other’s'], ['each', "other's"]]);
      if (mutual) {
        const plural = hasPhrase(tokens, from, to, k.lexicon.pluralAnaphora);
        const two = plural || people.length < 2 ? ctx.pair : [people[0]!.key, people.find((m) => m.key !== people[0]!.key)?.key];
        if (two && two[0] && two[1]) pairs.push([two[0], two[1]], [two[1], two[0]]);
      } else {
        const inviter = inviterBefore(ctx, people, i, from, to);
        // "Putin accepted Modi's invitation": with no one invited after it, the subject is.
        const invitee = people.find((m) => m.tokenStart > i && m.key !== inviter && !isSpeaker(ctx, m, from, to))
          ?? (/^['’]s$/.test(tokens[i - 1]?.text ?? '') ? people.find((m) => m.tokenEnd < i - 2 && m.key !== inviter && !isSpeaker(ctx, m, from, to)) : undefined);
        if (inviter && invitee) pairs.push([inviter, invitee.key]);
      }
      for (const [inviter, invitee] of pairs) {
        const venues = mutual ? [] : venuesAfter(ctx, sentence.index, i, to);
        const visit: MeetingFrame = {
          doc: ctx.doc, sentence: sentence.index, type: 'visit', status: 'proposed', participants: [inviter, invitee],
          venues, date: dateAfter(ctx, sentence.index, t.start), isNew: false, isDefinite: false, host: inviter, guest: invitee, at: i, triggers: [i],
        };
        if (!out.some((x) => x.sentence === sentence.index && x.inviter === inviter && x.invitee === invitee)) {
          out.push({ doc: ctx.doc, sentence: sentence.index, inviter, invitee, visit });
        }
      }
    }
  }
  return out;
}

/** Who invites: "X asked Y to invite", "X invited", "X's invite", or a country standing for its leader ("US to invite"). */
function inviterBefore(ctx: DocContext, people: Mention[], at: number, from: number, to: number): string | null {
  const { tokens } = ctx.seg;
  const k = ctx.knowledge;
  const before = people.filter((m) => m.tokenEnd <= at && !isSpeaker(ctx, m, from, to));
  // "Trump asked @Ambjohnbolton to invite": the one who asks.
  const ask = range(from, at).reverse().find((j) => k.sets.ask.has(tokens[j]!.lower));
  if (ask !== undefined) {
    const asker = [...before].reverse().find((m) => m.tokenEnd <= ask);
    if (asker) return asker.key;
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

