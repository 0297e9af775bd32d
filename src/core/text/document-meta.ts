// What an article says about itself: its title (the first line of text) and
// its publication date, from a marker line such as "Published : 20 Jul 2018"
// or "date 2025-02-12". Without a marker, a line near the top that is only a
// date is taken; with one, such lines are not: pages often carry the date they
// were saved as well as the date they were written.
import * as chrono from 'chrono-node';
import type { Lexicon } from '../knowledge.ts';
import { isoDay } from './dates.ts';

export interface DocumentMeta {
  title: string;
  /** where the title stands; empty (start = end) only for an empty text */
  titleSpan: [number, number];
  /** YYYY-MM-DD, or null */
  published: string | null;
}

const TITLE_MAX = 140;
const DIGIT = /\d/;
const FINAL_STOP = /[.,]$/;

/** The marker line pattern of each lexicon, built once. */
const markerLines = new WeakMap<Lexicon, RegExp>();
function markerLineOf(lexicon: Lexicon): RegExp {
  let pattern = markerLines.get(lexicon);
  if (!pattern) {
    const markers = lexicon.publishedMarkers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    markerLines.set(lexicon, (pattern = new RegExp(`^[ \\t]*(?:${markers})[ \\t]*:?[ \\t]*(.+)$`, 'im')));
  }
  return pattern;
}

/** The text's lines, one at a time with where each starts: a title is near the top, so most of the text is never split. */
function* linesOf(text: string): Generator<{ line: string; start: number }> {
  for (let start = 0; ; ) {
    const end = text.indexOf('\n', start);
    yield { line: text.slice(start, end < 0 ? text.length : end), start };
    if (end < 0) return;
    start = end + 1;
  }
}

export function readDocumentMeta(text: string, lexicon: Lexicon): DocumentMeta {
  let published: string | null = null;
  const m = markerLineOf(lexicon).exec(text);
  if (m) {
    const parsed = chrono.parse(m[1]!.slice(0, 80), undefined, { forwardDate: false })[0];
    if (parsed && parsed.index < 4 && parsed.start.isCertain('year') && parsed.start.isCertain('day')) {
      published = isoDay(parsed.start);
    }
  }
  // No marker: a line near the top that is only a date ("July 9, 2024").
  if (!m) published = datelineNearTop(text);
  let start = 0; // no line of text but markers: the span falls back to the start
  let title = '';
  for (const { line, start: lineStart } of linesOf(text)) {
    const trimmed = line.trim();
    const isMarker = (m !== null && line === m[0] && trimmed.length < 40) || dateOnly(trimmed) !== null;
    if (trimmed && !isMarker) {
      // " date 2025-02-12 The most ...": the marker and its date are not the title.
      const prefix = m !== null && line === m[0] ? /^\s*\S+\s*:?\s*\d{4}-\d\d-\d\d\s*/.exec(line)?.[0] ?? '' : '';
      start = lineStart + (prefix ? prefix.length : line.indexOf(trimmed));
      title = line.slice(prefix.length).trim() || trimmed;
      break;
    }
  }
  if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`;
  const end = Math.min(text.length, start + Math.max(1, title.replace(/…$/, '').length));
  return { title: title || '(untitled)', titleSpan: [start, end], published };
}

/** The publication date as a Date at noon UTC, for resolving relative dates. */
export function referenceDate(published: string | null): Date | null {
  return published ? new Date(`${published}T12:00:00Z`) : null;
}

/** The date a line holds and nothing else ("July 9, 2024"), or null. */
function dateOnly(line: string): chrono.ParsedResult | null {
  if (line.length > 40 || !DIGIT.test(line)) return null; // a dateline is short and has a number; chrono need not read the rest
  const parsed = chrono.parse(line, undefined, { forwardDate: false })[0];
  const only = parsed !== undefined && parsed.index <= 1 && parsed.text.length >= line.replace(FINAL_STOP, '').length - 2 && parsed.start.isCertain('year') && parsed.start.isCertain('day');
  return only ? parsed : null;
}

function datelineNearTop(text: string): string | null {
  let seen = 0;
  for (const { line } of linesOf(text)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const date = dateOnly(trimmed);
    if (date) return isoDay(date.start);
    if (++seen === 5) break;
  }
  return null;
}
