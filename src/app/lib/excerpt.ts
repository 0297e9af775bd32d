// Evidence as text: the sentence an evidence item points at, split into plain
// pieces and marked pieces (the name). Rendered as text nodes, never as HTML.
import type { Evidence } from '../../core/schema.ts';

export type Span = readonly [number, number];

export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Splits text[from, to) into pieces, marking the given spans (clipped, overlaps merged). */
export function splitText(text: string, from: number, to: number, marks: readonly Span[]): TextPiece[] {
  const clipped = marks
    .map(([s, e]): [number, number] => [Math.max(from, s), Math.min(to, e)])
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);
  // Overlapping or touching marks become one mark.
  const merged: [number, number][] = [];
  for (const span of clipped) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  const pieces: TextPiece[] = [];
  let at = from;
  for (const [s, e] of merged) {
    if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
    pieces.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < to) pieces.push({ text: text.slice(at, to), mark: false });
  return pieces;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Every whole-word, case-insensitive occurrence of any name inside text[from, to), longest names first. */
export function findNames(text: string, from: number, to: number, names: readonly string[]): Span[] {
  const haystack = text.slice(from, to).toLowerCase();
  const sorted = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))].sort((a, b) => b.length - a.length);
  const found: Span[] = [];
  const taken = (s: number, e: number) => found.some(([fs, fe]) => s < fe && fs < e);
  for (const name of sorted) {
    const needle = name.toLowerCase();
    let i = haystack.indexOf(needle);
    while (i !== -1) {
      const s = from + i;
      const e = s + needle.length;
      const bounded = !isWordChar(text[s - 1]) && !isWordChar(text[e]);
      if (bounded && !taken(s, e)) found.push([s, e]);
      i = haystack.indexOf(needle, i + 1);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/** The spans to mark in an evidence sentence: the recorded mention if valid, else the names found in it. */
export function evidenceMarks(text: string, ev: Evidence, names: readonly string[]): Span[] {
  const m = ev.mention;
  const fromMention: Span[] = m && m[0] >= ev.start && m[1] <= ev.end && m[0] < m[1] ? [m] : [];
  const found = findNames(text, ev.start, ev.end, names);
  // The mention is the name the extractor saw; other names in the sentence are marked too
  // (an edge's sentence names both ends).
  return [...fromMention, ...found.filter(([s, e]) => !fromMention.some(([ms, me]) => s < me && ms < e))];
}

export interface ArticleEvidence {
  doc: string;
  items: Evidence[];
}

/** Evidence grouped by article in first-seen order, each group in text order, duplicates dropped. */
export function groupByArticle(evidence: readonly Evidence[]): ArticleEvidence[] {
  const groups = new Map<string, Evidence[]>();
  for (const ev of evidence) {
    const items = groups.get(ev.doc) ?? [];
    if (!items.some((x) => x.start === ev.start && x.end === ev.end)) items.push(ev);
    groups.set(ev.doc, items);
  }
  return [...groups].map(([doc, items]) => ({ doc, items: items.sort((a, b) => a.start - b.start) }));
}

/** Clamps an evidence span into the text, so a bad offset shows less rather than breaking. */
export function clampSpan(text: string, ev: Evidence): Span {
  const start = Math.max(0, Math.min(text.length, ev.start));
  return [start, Math.max(start, Math.min(text.length, ev.end))];
}
