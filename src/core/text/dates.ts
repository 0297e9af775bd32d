// Date expressions in a sentence, resolved with chrono-node against the
// article's publication date, at the precision the text supports. chrono reads
// "last July" forwards and knows no seasons, so those two forms are handled
// here first; without a publication date only dates that name their year count.
import * as chrono from 'chrono-node';
import { type Token, withoutStop } from './segment.ts';

export interface DateMention {
  start: number;
  end: number;
  /** ISO date at the text's precision: 2018-07-16, 2018-07 or 2018 */
  value: string;
  /** a bare weekday ("on Tuesday"): a week either way of publication, to be settled by tense */
  weekday?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const LAST_MONTH = new RegExp(`\\blast (${MONTHS.join('|')})\\b`, 'gi');
const SEASON = /\b(spring|summer|fall|autumn|winter)(?: (this|next) year| of (\d{4})| (\d{4}))?\b/gi;
const SEASON_PREFIX = /\bin (?:the )?$/i;
const DATE_WORD = new RegExp(`\\d|\\b(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|evening|afternoon|night|week|month|year|ago)\\b`, 'i');
/** Where a date can be: a month, a weekday, a year, a day relative to publication, a time of day. */
const DATE_ANCHORS = new RegExp(`\\b(?:${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|(?:this|last|next) (?:morning|evening|afternoon|night|week|month|year)|(?:19|20)\\d\\d|\\d+ (?:days?|weeks?|months?|years?) ago|\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.))\\b`, 'gi');
/** A year from 1800 to 2099, as a word. */
const YEAR = /\b(1[89]|20)\d\d\b/;
const FOUR_DIGITS_FIRST = /^\d{4}/;
/** The digits of a year from 1800 to 2099, anywhere: a date that counts without a publication date has them. */
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
const SAME_DAY = /\b(?:later|earlier) (?:in the day|today|this (?:morning|afternoon|evening))\b/gi;
/** How far (in characters) a date may stand from the word of the event it dates. */
const NEAR_CHARS = 90;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

function overlaps(found: DateMention[], start: number, end: number) {
  return found.some((d) => start < d.end && d.start < end);
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Words a date can start or end with; any token with a digit is one too. */
const ANCHOR_WORDS = new Set([...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight',
  'morning', 'evening', 'afternoon', 'night', 'week', 'month', 'year', 'ago', 'am', 'pm', 'a.m.', 'p.m.', 'spring', 'summer', 'fall', 'autumn', 'winter']);

/**
 * Date mentions in `text` (a sentence), offsets relative to `offset`. Given
 * the sentence's tokens and `near` (offsets of its event words), only the
 * stretches near an event word that hold a date word are read: most of a
 * sentence cannot be a date, and reading it costs the most of all stages.
 */
export function findDates(text: string, offset: number, reference: Date | null, near?: number[], tokens?: Token[]): DateMention[] {
  const found: DateMention[] = [];
  const anchors = tokens ? anchorsOf(tokens, offset, near) : undefined;
  if (anchors && anchors.length === 0) return found;
  if (reference) {
    lastMonths(text, offset, reference, found);
    sameDays(text, offset, reference, found);
  }
  seasons(text, offset, reference, found);
  // Without a publication date only dates that name their year count: a sentence with no year need not be read.
  if (reference !== null || YEAR_DIGITS.test(text)) chronoDates(text, offset, reference, near, anchors, found);
  return found.sort((a, b) => a.start - b.start);
}

/** Offsets (in the sentence) of the tokens a date can start or end with, near an event word if `near` is given. */
function anchorsOf(tokens: Token[], offset: number, near?: number[]): number[] {
  const anchors: number[] = [];
  for (const t of tokens) if ((ANCHOR_WORDS.has(withoutStop(t.lower)) || hasDigit(t.text)) && (!near || isNear(near, t.start))) anchors.push(t.start - offset);
  return anchors;
}

/** Is `at` close enough to one of the event words at `near` to be its date? */
function isNear(near: number[], at: number): boolean {
  for (const n of near) if (Math.abs(n - at) <= NEAR_CHARS) return true;
  return false;
}

/** "last July": the latest July before publication (chrono reads it forwards). */
function lastMonths(text: string, offset: number, reference: Date, found: DateMention[]): void {
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  for (const m of text.matchAll(LAST_MONTH)) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    const year = month < refMonth ? refYear : refYear - 1;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: `${year}-${pad(month)}` });
  }
}

/** "later in the day", "earlier today": the day of publication. */
function sameDays(text: string, offset: number, reference: Date, found: DateMention[]): void {
  for (const m of text.matchAll(SAME_DAY)) found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: reference.toISOString().slice(0, 10) });
}

/** "summer 2018", "this fall", "in the spring": the season's year (chrono knows no seasons). */
function seasons(text: string, offset: number, reference: Date | null, found: DateMention[]): void {
  const refYear = reference?.getUTCFullYear();
  const refMonth = reference ? reference.getUTCMonth() + 1 : 0;
  for (const m of text.matchAll(SEASON)) {
    const explicit = m[3] ?? m[4];
    let year: number | undefined = explicit ? Number(explicit) : undefined;
    if (year === undefined && refYear !== undefined && m[2]) year = m[2].toLowerCase() === 'next' ? refYear + 1 : refYear;
    const introduced = SEASON_PREFIX.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (year === undefined && refYear !== undefined && introduced) {
      // "in the fall" without a year: the next such season from publication.
      year = SEASON_MONTH[m[1]!.toLowerCase()]! >= refMonth ? refYear : refYear + 1;
    }
    if (year === undefined) continue;
    found.push({ start: offset + m.index, end: offset + m.index + m[0].length, value: String(year) });
  }
}

/** What chrono reads around the anchors, at the precision the text gives, where no date was found already. */
function chronoDates(text: string, offset: number, reference: Date | null, near: number[] | undefined, anchors: number[] | undefined, found: DateMention[]): void {
  for (const { r, at } of chronoAround(text, reference, near?.map((n) => n - offset), anchors)) {
    if (!DATE_WORD.test(r.text)) continue; // "in the day", "half an hour later": not a date
    const start = offset + at;
    const end = start + r.text.length;
    if (overlaps(found, start, end)) continue;
    const c = r.start;
    const y = c.isCertain('year'), mo = c.isCertain('month'), d = c.isCertain('day');
    // Without a publication date, relative forms ("last month", "three days") have nothing to count from.
    if (!reference && !(y && YEAR.test(r.text))) continue;
    // The parsed parts, not a Date: a Date would move the day with the machine's or the text's time zone.
    const year = c.get('year')!;
    const month = c.get('month')!;
    const day = c.get('day')!;
    let value: string;
    if (d || (!mo && !y)) value = `${year}-${pad(month)}-${pad(day)}`; // a day, a weekday, "today", a time of day
    else if (mo) value = `${year}-${pad(month)}`;
    else value = String(year);
    if (!FOUR_DIGITS_FIRST.test(value) || year < 1900 || year > 2100) continue;
    const weekday = !y && !mo && c.isCertain('weekday');
    found.push({ start, end, value, ...(weekday ? { weekday } : {}) });
  }
}

/**
 * chrono's casual English configuration without the parsers for forms news
 * does not use for when things happen ("within 5 minutes", "end of month",
 * "03/2018"): each parser scans the whole input, so fewer is faster.
 */
const UNUSED_PARSERS = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser', 'ENEndOfCurrentMonthParser', 'ENSlashMonthFormatParser', 'SlashDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);
const newsDates = chrono.casual.clone();
newsDates.parsers = newsDates.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));

const AGO = /\bago\b/i;
const windowDates = newsDates.clone();
windowDates.parsers = windowDates.parsers.filter((p) => p.constructor.name !== 'ENTimeUnitAgoFormatParser');

/**
 * For a headline's, dateline's or caption's date: no "3 days ago" or "in 2 weeks" there. Those two
 * parsers also take half a millisecond on a line such as "Sunday, June 18, 2023" (measured), a common header.
 */
const RELATIVE_PARSERS = new Set(['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);
const headerDates = chrono.casual.clone();
headerDates.parsers = headerDates.parsers.filter((p) => !RELATIVE_PARSERS.has(p.constructor.name));

/** The dates of a header or caption line, as chrono reads them without relative forms. */
export function parseHeaderDates(line: string, forwardDate?: boolean): chrono.ParsedResult[] {
  return headerDates.parse(line, undefined, forwardDate === undefined ? undefined : { forwardDate });
}

/**
 * chrono's parsers each scan the whole input, so it reads only short windows
 * around words that can start or end a date, not whole sentences; given
 * `near` (offsets of event words), only around those close to one.
 */
function chronoAround(text: string, reference: Date | null, near?: number[], anchors?: number[]): { r: chrono.ParsedResult; at: number }[] {
  const windows: [number, number][] = [];
  const starts = anchors?.map((index) => ({ index, length: 1 })) ?? [...text.matchAll(DATE_ANCHORS)].map((m) => ({ index: m.index, length: m[0].length }));
  for (const m of starts) {
    if (near && !isNear(near, m.index)) continue; // too far from any event word to be its date
    const from = Math.max(0, m.index - 16);
    const to = Math.min(text.length, m.index + m.length + 16);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const out: { r: chrono.ParsedResult; at: number }[] = [];
  for (const [from, to] of windows) {
    // Widen to word boundaries so a window never starts inside a word.
    const a = text.lastIndexOf(' ', from) + 1;
    const b = text.indexOf(' ', to);
    const slice = text.slice(a, b < 0 ? text.length : b);
    // The "ago" parser costs half a millisecond on some windows ("Sunday, June 18, 2023"): only where "ago" is written.
    const parser = AGO.test(slice) ? newsDates : windowDates;
    for (const r of parser.parse(slice, reference ? { instant: reference, timezone: 0 } : undefined, { forwardDate: false })) {
      if (!out.some((x) => x.at === a + r.index)) out.push({ r, at: a + r.index });
    }
  }
  return out;
}

/** YYYY-MM-DD of a chrono result's own parts (not of the Date it would make). */
export function isoDay(c: chrono.ParsedComponents): string {
  return `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
}

/** The same weekday a week earlier or later: "spoke on Tuesday" is last Tuesday, "will meet on Friday" next Friday. */
export function shiftWeek(date: string, weeks: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}
