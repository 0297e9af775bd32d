// An Explanation as lines of text for a terminal: a header, the entities,
// each sentence with what was found in it, then the events, dropped frames,
// invitations and affiliations. Pure, so the tests read its lines.
import type { EntitySummary, ExplainedEvent, ExplainedFrame, ExplainedSentence, Explanation, Named, PersonMention } from './explanation.ts';

export interface FormatOptions {
  /** how many characters of a sentence to show (default 100) */
  width?: number;
}

const NONE = '—';
const names = (list: Named[]): string => (list.length ? list.map((n) => n.label).join(', ') : NONE);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A text cut to `width` characters, with an ellipsis when cut. */
export function trimTo(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(1, width - 1)).trimEnd()}…`;
}

export function formatExplanation(x: Explanation, options: FormatOptions = {}): string[] {
  const width = options.width ?? 100;
  const lines: string[] = [`== ${x.doc} ==`];
  lines.push(`title: ${x.title ?? NONE} · published: ${x.published ?? 'unknown'}`);
  lines.push(`protagonist: ${x.protagonist?.label ?? NONE} · leaders: ${x.leaders.map((l) => `${l.country} ${l.person.label}`).join(', ') || NONE}`);
  lines.push([plural(x.sentences.length, 'sentence'), plural(x.frames.length, 'frame'), plural(x.events.length, 'event'),
    plural(x.invitations.length, 'invitation'), plural(x.affiliations.length, 'affiliation')].join(', '));
  if (x.sentences.length === 0) {
    lines.push('', '(no text: nothing to explain)');
    return lines;
  }

  lines.push('', 'Entities');
  if (x.entities.length === 0) lines.push(`  ${NONE}`);
  for (const e of x.entities) lines.push(`  ${entityLine(e)}`);

  lines.push('', 'Sentences');
  const frameById = new Map(x.frames.map((f) => [f.id, f]));
  for (const s of x.sentences) lines.push(...sentenceLines(s, frameById, width));

  lines.push('', 'Events (eventsOfDocument)');
  if (x.events.length === 0) lines.push(`  ${NONE}`);
  for (const e of x.events) lines.push(...eventLines(e, frameById));

  lines.push('', 'Dropped frames');
  if (x.dropped.length === 0) lines.push(`  ${NONE}`);
  for (const d of x.dropped) {
    const f = frameById.get(d.frame);
    lines.push(`  ${d.frame}${f ? ` [${f.sentence}] ${f.type} “${f.trigger}”` : ''}: ${d.why}`);
  }

  lines.push('', 'Invitations');
  if (x.invitations.length === 0) lines.push(`  ${NONE}`);
  for (const i of x.invitations) lines.push(`  [${i.sentence}] ${i.inviter.label} invites ${i.invitee.label} · visit ${i.visit} → ${frameById.get(i.visit)?.event ?? 'dropped'}`);

  lines.push('', 'Affiliations');
  if (x.affiliations.length === 0) lines.push(`  ${NONE}`);
  for (const a of x.affiliations) lines.push(`  [${a.sentence}] ${a.person.label} → ${a.of.label}, as ${a.role}`);
  return lines;
}

function entityLine(e: EntitySummary): string {
  const kind = [e.kind, e.placeKind, e.country].filter(Boolean).join(', ');
  const within = e.within ? ` · in ${e.within.label}` : '';
  const roles = e.roles.length ? ` · roles: ${e.roles.join('; ')}` : '';
  return `${e.label} (${kind})${within}${roles} · ${plural(e.mentions, 'mention')}`;
}

function personText(p: PersonMention): string {
  const as = p.surfaces.some((s) => s !== p.label) ? ` “${p.surfaces.join('”, “')}”` : '';
  const roles = p.roles.map((r) => `${r.former ? 'former ' : ''}${r.role}${r.of ? ` of ${r.of.label}` : ''}`);
  return `${p.label} (${p.kind}${roles.length ? `: ${roles.join('; ')}` : ''})${as}`;
}

function sentenceLines(s: ExplainedSentence, frameById: Map<string, ExplainedFrame>, width: number): string[] {
  const lines = [`[${s.index}] ${s.start}–${s.end}  ${trimTo(s.text, width)}`];
  if (s.people.length) lines.push(`    people: ${s.people.map(personText).join(' · ')}`);
  if (s.places.length) lines.push(`    places: ${s.places.map((p) => `${p.label} (${[p.kind, p.placeKind].filter(Boolean).join(', ')})`).join(' · ')}`);
  if (s.dates.length) lines.push(`    dates: ${s.dates.map((d) => `“${d.text}” = ${d.value}${d.weekday ? ' (weekday)' : ''}`).join(' · ')}`);
  // A star marks the words a frame took as its trigger.
  if (s.eventWords.length) lines.push(`    event words: ${s.eventWords.map((w) => `${w.text}${w.used ? '*' : ''}`).join(', ')}`);
  for (const id of s.frames) {
    const f = frameById.get(id);
    if (f) lines.push(`    ${frameLine(f)}`);
  }
  return lines;
}

export function frameLine(f: ExplainedFrame): string {
  const flags = [f.source === 'invitation' ? 'from an invitation' : '', f.isNew ? 'new' : '', f.isDefinite ? 'definite' : ''].filter(Boolean);
  const parts = [
    `${f.id} ${f.type}, ${f.status ?? 'no status'}${flags.length ? ` (${flags.join(', ')})` : ''} · trigger “${f.trigger}”`,
    `participants: ${names(f.participants)}`,
    `venues: ${names(f.venues)}`,
    `date: ${f.date ?? NONE}`,
  ];
  if (f.host || f.guest) parts.push(`host: ${f.host?.label ?? NONE}, guest: ${f.guest?.label ?? NONE}`);
  if (f.speakers.length) parts.push(`said by: ${names(f.speakers)}`);
  const other = Object.entries(f.other);
  if (other.length) parts.push(other.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', '));
  return `${parts.join(' · ')} → ${f.event ?? 'dropped'}`;
}

function eventLines(e: ExplainedEvent, frameById: Map<string, ExplainedFrame>): string[] {
  const hosted = e.host || e.guest ? ` · host: ${e.host?.label ?? NONE}, guest: ${e.guest?.label ?? NONE}` : '';
  const lines = [`  ${e.id} ${e.type}, ${e.status} · participants: ${names(e.participants)} · venues: ${names(e.venues)} · date: ${e.date ?? NONE}${hosted}`];
  for (const { id, why } of e.frames) {
    const f = frameById.get(id);
    lines.push(`     ${id}${f ? ` [${f.sentence}] ${f.type} “${f.trigger}”` : ''}: ${why}`);
  }
  return lines;
}
