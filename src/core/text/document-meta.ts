// What an article says about itself: its headline, its publication date, the
// outlet that published it and its address. These come from the header lines
// pages carry above the story: "Published : 20 Jul 2018", "Source: https://…",
// "By Jane Doe with NBC News", "DF-Xinhua Report", a dateline
// "WASHINGTON, June 18. /TASS/.". Without a date marker, a line near the top
// that is only a date is taken; with one, such lines are not: pages often
// carry the date they were saved as well as the date they were written.
import type * as chrono from 'chrono-node';
import { type Knowledge, type Lexicon, aliasKey } from '../knowledge.ts';
import { isoDay, parseHeaderDates } from './dates.ts';

export interface DocumentMeta {
  title: string;
  /** where the title stands; empty (start = end) only for an empty text */
  titleSpan: [number, number];
  /** YYYY-MM-DD, or null */
  published: string | null;
  /** the outlet the header names, else the name (or host) of the article's address */
  outlet: string | null;
  /** the article's address, from a "Source:" line or a line that is only an address */
  url: string | null;
}

const TITLE_MAX = 140;
/** Header facts are read from the first lines only: further down, a "By …" or "(Reuters)" is the story's, not the page's. */
const HEAD_LINES = 15;
/** The longest header line (a "Source:" line with a long address); longer lines are paragraphs. */
const HEADER_LINE_MAX = 400;
/** A run-in headline is looked for this many paragraphs below a preamble. */
const PREAMBLE_LOOKAHEAD = 3;
const DIGIT = /\d/;
const FINAL_STOP = /[.,]$/;
const URL_IN = /https?:\/\/[^\s<>"'()]+/;
const ONLY_URL = /^<?(https?:\/\/[^\s<>"']+?)>?$/;
const TRAILING_URL_PUNCT = /[.,;:!?)\]]+$/;
/** "By Jane Doe…": a byline starts with "By" and a capital. */
const BYLINE = /^By\s+(\p{Lu}.*)$/u;
/** "WASHINGTON, June 18. /TASS/." or "BEIJING (Reuters) -": a dateline, then the agency between slashes or brackets. */
const DATELINE_AGENCY = /^([^\n/()]{2,50}?)\s*[/(]\s*(\p{Lu}[\p{L}&.' -]{0,24}?)\s*[/)]\s*[.:,—–-]/u;
const ALL_CAPS_WORD = /\b\p{Lu}{3,}\b/u;
/** "Home › World › Europe": breadcrumb separators. */
const CRUMB_SEPARATOR = /\s*[›»>|/]\s*/;
const TWO_CRUMB_SEPARATORS = /[›»>|/][^›»>|/]*[›»>|/]/;
/** One word, or two: what `line.split(/\s+/).length <= 2` tells of a trimmed line, without splitting a paragraph. */
const AT_MOST_TWO_WORDS = /^\S+(?:\s+\S+)?$/;
/** A sentence ends and another starts: a line with two of these is a paragraph, not a headline. */
const SENTENCE_BREAK = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/gu;
const LEADING_PUNCT = /^[\p{P}\p{S}]+/u;
const TRAILING_PUNCT = /[\p{P}\p{S}]+$/u;
const PUNCT_OR_SYMBOL = /^[\p{P}\p{S}]$/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Patterns { marker: RegExp; source: RegExp; report: RegExp; sections: Set<string>; minor: Set<string>; links: RegExp }
/** The lexicon's header patterns, built once per lexicon. */
const patternsCache = new WeakMap<Lexicon, Patterns>();
function patternsOf(lexicon: Lexicon): Patterns {
  let p = patternsCache.get(lexicon);
  if (!p) {
    const alt = (xs: string[]) => xs.map(escape).join('|');
    p = {
      marker: new RegExp(`^[ \\t]*(?:${alt(lexicon.publishedMarkers)})[ \\t]*:?[ \\t]*(.+)$`, 'im'),
      source: new RegExp(`^(?:${alt(lexicon.sourceMarkers)})\\s*:\\s*(.+)$`, 'i'),
      report: new RegExp(`^(\\p{Lu}[^\\n]{1,40}?)\\s+(?:${alt(lexicon.reportMarkers)})\\s*$`, 'iu'),
      sections: new Set(lexicon.sectionLabels.map((s) => s.toLowerCase())),
      minor: new Set(lexicon.titleMinorWords.map((s) => s.toLowerCase())),
      links: new RegExp(`\\s(?:${alt(lexicon.bylineLinks)})\\s+`, 'gi'),
    };
    patternsCache.set(lexicon, p);
  }
  return p;
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

/** What a header line is, when it is not a candidate headline. */
type HeaderLine =
  | { kind: 'marker' | 'date' | 'label' }
  | { kind: 'source'; url: string | null; outlet: string | null }
  | { kind: 'byline' | 'report'; outlet: string | null };

export function readDocumentMeta(text: string, k: Knowledge): DocumentMeta {
  const p = patternsOf(k.lexicon);
  let published: string | null = null;
  const m = p.marker.exec(text);
  if (m) {
    const parsed = parseHeaderDates(m[1]!.slice(0, 80), false)[0];
    if (parsed && parsed.index < 4 && parsed.start.isCertain('year') && parsed.start.isCertain('day')) {
      published = isoDay(parsed.start);
    }
  }
  // No marker: a line near the top that is only a date ("July 9, 2024").
  if (!m) published = datelineNearTop(text);

  let url: string | null = null;
  let named: string | null = null; // the outlet as the header names it
  let agency: string | null = null; // the agency of a dateline: named, but less sure than a byline
  const candidates: { line: string; start: number }[] = [];
  let seen = 0;
  for (const { line, start: lineStart } of linesOf(text)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (++seen > HEAD_LINES) break;
    const header = classify(trimmed, m !== null && line.replace(/\r$/, '') === m[0], p, k);
    if (header === null) {
      candidates.push({ line, start: lineStart });
      agency ??= datelineAgency(trimmed);
      continue;
    }
    if (header.kind === 'source') url ??= header.url;
    if ('outlet' in header && header.outlet) named ??= header.outlet;
  }

  const { title: fullTitle, start } = pickTitle(candidates, m, p, k);
  let title = fullTitle;
  if (title.length > TITLE_MAX) title = `${title.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')}…`;
  const end = Math.min(text.length, start + Math.max(1, title.replace(/…$/, '').length));
  const outlet = named ?? agency ?? (url ? outletOfUrl(url, k) : null);
  return { title: title || '(untitled)', titleSpan: [start, end], published, outlet, url };
}

/** A header line that is not the headline (a date, a marker, a source or byline, a section label), or null. */
function classify(trimmed: string, isMarkerLine: boolean, p: Patterns, k: Knowledge): HeaderLine | null {
  // A paragraph is no header line: its patterns need not read it.
  if (trimmed.length > HEADER_LINE_MAX) return null;
  if ((isMarkerLine && trimmed.length < 40) || dateOnly(trimmed) !== null) return { kind: 'marker' };
  const only = ONLY_URL.exec(trimmed);
  if (only) return { kind: 'source', url: cleanUrl(only[1]!), outlet: null };
  const source = p.source.exec(trimmed);
  if (source) {
    const value = source[1]!.trim();
    const address = URL_IN.exec(value)?.[0];
    // "Source: Xinhua": a name, not an address.
    const name = !address && value.length <= 60 ? value.replace(TRAILING_PUNCT, '') : null;
    return { kind: 'source', url: address ? cleanUrl(address) : null, outlet: name || null };
  }
  const byline = BYLINE.exec(trimmed);
  if (byline && trimmed.length <= 120) return { kind: 'byline', outlet: bylineOutlet(byline[1]!, p, k) };
  const report = p.report.exec(trimmed);
  // "DF-Xinhua Report": the agency is the last part of a hyphenated desk code.
  if (report && report[1]!.split(/\s+/).length <= 4) return { kind: 'report', outlet: report[1]!.split(/[-–]/).pop()!.trim() || null };
  if (isSectionLabel(trimmed, p)) return { kind: 'label' };
  return null;
}

/** "World", "BREAKING NEWS", "Home › World › Europe": what a page files its story under. */
function isSectionLabel(trimmed: string, p: Patterns): boolean {
  if (p.sections.has(withoutTrailingPunct(trimmed).toLowerCase())) return true;
  if (AT_MOST_TWO_WORDS.test(trimmed) && !/\p{Ll}/u.test(trimmed) && /\p{Lu}/u.test(trimmed)) return true;
  // Three crumbs need two separators: most lines have none, and need not be split.
  if (!TWO_CRUMB_SEPARATORS.test(trimmed)) return false;
  const crumbs = trimmed.split(CRUMB_SEPARATOR).filter(Boolean);
  return crumbs.length >= 3 && crumbs.every((c) => c.split(/\s+/).length <= 3);
}

/**
 * `text` without its trailing punctuation and symbols, as `text.replace(TRAILING_PUNCT, '')` gives it:
 * the pattern is tried at every character of a line, this looks only at the last ones.
 */
function withoutTrailingPunct(text: string): string {
  let end = text.length;
  while (end > 0) {
    const low = text.charCodeAt(end - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!PUNCT_OR_SYMBOL.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

/** "Jane Doe with NBC News Politics" → "NBC News": a known outlet the byline's link word leads to, or the capitalized words after it. */
function bylineOutlet(rest: string, p: Patterns, k: Knowledge): string | null {
  const links = [...rest.matchAll(p.links)];
  const comma = rest.lastIndexOf(', ');
  const after = links.length ? rest.slice(links[links.length - 1]!.index + links[links.length - 1]![0].length) : null;
  if (after !== null) {
    const known = knownOutletPrefix(after, k);
    if (known) return known;
    const words = after.replace(TRAILING_PUNCT, '').split(/\s+/);
    return /^\p{Lu}/u.test(after) && words.length <= 5 ? words.join(' ') : null;
  }
  // "Jane Doe, Reuters" names an outlet; "Jane Doe, Senior Correspondent" does not: only a known one is taken.
  return comma >= 0 ? knownOutletPrefix(rest.slice(comma + 2), k) : null;
}

/** The longest known outlet name the text starts with, whole words only. */
function knownOutletPrefix(text: string, k: Knowledge): string | null {
  let best: string | null = null;
  const lower = text.toLowerCase();
  for (const name of k.outletHosts.values()) {
    const n = name.toLowerCase();
    if (lower.startsWith(n) && !/[\p{L}\p{N}]/u.test(lower.charAt(n.length)) && (!best || name.length > best.length)) best = name;
  }
  return best;
}

/** "WASHINGTON, June 18. /TASS/." or "Feb. 20, 2022 (EIRNS)—": the agency, when the line opens with a dateline. */
function datelineAgency(trimmed: string): string | null {
  const d = DATELINE_AGENCY.exec(trimmed);
  if (!d) return null;
  const before = d[1]!;
  // A dateline is a few words with a date or a city in capitals; a sentence with a bracket is not one.
  const isDateline = before.split(/\s+/).length <= 6 && (DIGIT.test(before) || ALL_CAPS_WORD.test(before));
  return isDateline ? d[2]!.trim() : null;
}

/** A host's outlet name from data/outlets.json (a subdomain falls back to its domain), else the host itself. */
function outletOfUrl(url: string, k: Knowledge): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = k.outletHosts.get(h);
    if (name) return name;
  }
  return host || null;
}

const cleanUrl = (url: string) => url.replace(TRAILING_URL_PUNCT, '');

/**
 * The headline among the candidate lines: the first, unless it is a preamble
 * (a blogger's paragraph above the story it quotes) and a paragraph below
 * opens with a title-case headline run into its first sentence.
 */
function pickTitle(candidates: { line: string; start: number }[], m: RegExpExecArray | null, p: Patterns, k: Knowledge): { title: string; start: number } {
  const first = candidates[0];
  if (!first) return { title: '', start: 0 }; // no line of text but markers: the span falls back to the start
  const { line, start: lineStart } = first;
  const trimmed = line.trim();
  // " date 2025-02-12 The most ...": the marker and its date are not the title.
  const prefix = m !== null && line.replace(/\r$/, '') === m[0] ? /^\s*\S+\s*:?\s*\d{4}-\d\d-\d\d\s*/.exec(line)?.[0] ?? '' : '';
  const start = lineStart + (prefix ? prefix.length : line.indexOf(trimmed));
  const title = line.slice(prefix.length).trim() || trimmed;
  if (isParagraph(title)) {
    for (const c of candidates.slice(1, 1 + PREAMBLE_LOOKAHEAD)) {
      const run = runInHeadline(c.line, p, k);
      if (run) return { title: c.line.slice(run[0], run[1]), start: c.start + run[0] };
    }
  }
  return { title, start };
}

/** Longer than a headline and of several sentences. */
function isParagraph(line: string): boolean {
  return line.length > TITLE_MAX && (line.match(SENTENCE_BREAK)?.length ?? 0) >= 2;
}

/**
 * "Putin Invites Trump To Visit Moscow In 'Highly Productive' Call, Ready For
 * Peace US President Trump and …": the title-case words a paragraph opens
 * with, without the titled name that starts its first sentence. Title case is
 * told from a run of names by a capitalized small word ("To", "In") inside it.
 * Returns the run's span within the line, or null.
 */
function runInHeadline(line: string, p: Patterns, k: Knowledge): [number, number] | null {
  const words: { core: string; start: number; end: number; cap: boolean; minor: boolean }[] = [];
  for (const w of line.matchAll(/\S+/g)) {
    const core = w[0].replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
    const cap = /^[\p{Lu}\p{N}]/u.test(core);
    const minor = p.minor.has(core.toLowerCase());
    if (!cap && !minor) break;
    words.push({ core, start: w.index, end: w.index + w[0].length, cap, minor });
    if (/[.!?]["”’)]?$/.test(w[0])) break;
  }
  const isRole = (i: number) => i >= 0 && (k.roleKinds.has(aliasKey(words[i]!.core)) || k.sets.honorifics.has(words[i]!.core.toLowerCase()));
  const isName = (w: (typeof words)[number]) => w.cap && !w.minor;
  let n = words.length;
  for (;;) {
    while (n > 0 && !words[n - 1]!.cap) n--; // "… Trump and": a small word does not end a headline
    // "… Ready For Peace US President Trump": a titled name ending the run is the subject of the first sentence.
    let names = 0;
    while (names < 3 && n - names - 1 >= 0 && isName(words[n - names - 1]!) && !isRole(n - names - 1)) names++;
    let role = n - names - 1;
    if (names === 0 || !isRole(role)) break;
    if (role >= 1 && k.roleKinds.has(aliasKey(`${words[role - 1]!.core} ${words[role]!.core}`))) role--;
    if (role >= 1 && k.countryWords.has(aliasKey(words[role - 1]!.core))) role--;
    if (role < 3) break;
    n = role;
  }
  const run = words.slice(0, n);
  const titleCase = run.filter((w) => w.cap).length >= 4 && run.slice(1).some((w) => w.cap && w.minor);
  if (!titleCase) return null;
  const last = run[run.length - 1]!;
  const end = last.start + line.slice(last.start, last.end).replace(/[,;:]+$/, '').length;
  return [run[0]!.start, end];
}

/** The publication date as a Date at noon UTC, for resolving relative dates. */
export function referenceDate(published: string | null): Date | null {
  return published ? new Date(`${published}T12:00:00Z`) : null;
}

const WRITTEN_YEAR = /\b(1[89]|2\d)\d\d\b/;
/** How far into an undated article a full date (a photo caption's, a dateline's) is taken as its day. */
const DATE_REACH = 1000;

/**
 * An article without a publication date that gives a full day near its top ("..., Sunday, June 18, 2023.")
 * is read as of that day: "on Monday" and "last week" resolve against it. It is no publication date.
 */
export function dayNearTop(text: string): string | null {
  const top = text.slice(0, DATE_REACH);
  // chrono is costly: it reads only the lines that hold a year.
  for (const { line } of linesOf(top)) {
    if (!WRITTEN_YEAR.test(line)) continue;
    for (const r of parseHeaderDates(line)) {
      // A day written out with its year ("June 18, 2023"), not "now" or "today".
      if (!(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day')) || !WRITTEN_YEAR.test(r.text)) continue;
      // A line that is only a date is often the day the page was saved; a caption or a dateline tells of the news.
      if (line.length >= r.text.length * 3) return isoDay(r.start);
    }
  }
  return null;
}

/** The date a line holds and nothing else ("July 9, 2024"), or null. */
function dateOnly(line: string): chrono.ParsedResult | null {
  // A dateline is short and writes its year; chrono (costly) need not read the rest.
  if (line.length > 40 || !DIGIT.test(line) || !WRITTEN_YEAR.test(line)) return null;
  const parsed = parseHeaderDates(line, false)[0];
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
