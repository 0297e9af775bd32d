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

export function readDocumentMeta(text: string, lexicon: Lexicon): DocumentMeta {
  const markers = lexicon.publishedMarkers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const markerLine = new RegExp(`^[ \\t]*(?:${markers})[ \\t]*:?[ \\t]*(.+)$`, 'im');
  let published: string | null = null;
  const m = markerLine.exec(text);
  if (m) {
    const parsed = chrono.parse(m[1]!.slice(0, 80), undefined, { forwardDate: false })[0];
    if (parsed && parsed.index < 4 && parsed.start.isCertain('year') && parsed.start.isCertain('day')) {
      published = isoDay(parsed.start);
    }
  }
  // No marker: a line near the top that is only a date ("July 9, 2024").
  if (!m) published = datelineNearTop(text);
  let start = 0;
  let title = '';
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const isMarker = (m !== null && line === m[0] && trimmed.length < 40) || isDateOnly(trimmed);
    if (trimmed && !isMarker) {
      // " date 2025-02-12 The most ...": the marker and its date are not the title.
      const prefix = m !== null && line === m[0] ? /^\s*\S+\s*:?\s*\d{4}-\d\d-\d\d\s*/.exec(line)?.[0] ?? '' : '';
      start += prefix ? prefix.length : line.indexOf(trimmed);
      title = line.slice(prefix.length).trim() || trimmed;
      break;
    }
    start += line.length + 1;
  }
  if (!title) start = 0; // no line of text but markers: the span falls back to the start
  if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`;
  const end = Math.min(text.length, start + Math.max(1, title.replace(/…$/, '').length));
  return { title: title || '(untitled)', titleSpan: [start, end], published };
}

/** The publication date as a Date at noon UTC, for resolving relative dates. */
export function referenceDate(published: string | null): Date | null {
  return published ? new Date(`${published}T12:00:00Z`) : null;
}

function isDateOnly(line: string): boolean {
  if (line.length > 40 || !/\d/.test(line)) return false; // a dateline is short and has a number; chrono need not read the rest
  const parsed = chrono.parse(line, undefined, { forwardDate: false })[0];
  return parsed !== undefined && parsed.index <= 1 && parsed.text.length >= line.replace(/[.,]$/, '').length - 2 && parsed.start.isCertain('year') && parsed.start.isCertain('day');
}

function datelineNearTop(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  for (const line of lines) {
    if (!isDateOnly(line)) continue;
    return isoDay(chrono.parse(line, undefined, { forwardDate: false })[0]!.start);
  }
  return null;
}
