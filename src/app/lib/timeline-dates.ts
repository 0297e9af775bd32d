// Meeting dates as intervals of time, and the time range the timeline's brush
// sets. A date is as precise as the text was: "2018-07-16" is that day,
// "2018-07" the whole month, "2018" the whole year. Times are UTC
// milliseconds; an interval's end is exclusive, a range's `to` day is not.

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateInterval {
  start: number;
  end: number;
  precision: DatePrecision;
}

/** Days, both ends included, as "YYYY-MM-DD". */
export interface TimeRange {
  from: string;
  to: string;
}

export const DAY_MS = 86_400_000;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/;

/** The span a meeting's date covers, or null when it has none or it is not a date. */
export function dateInterval(date: string | null | undefined): DateInterval | null {
  const m = date ? DATE.exec(date) : null;
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision: 'year' };
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3] === undefined) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), precision: 'month' };
  const day = Number(m[3]);
  const start = Date.UTC(year, month, day);
  // Date.UTC rolls "02-30" over into March: such a day does not exist.
  if (day < 1 || new Date(start).getUTCDate() !== day) return null;
  return { start, end: start + DAY_MS, precision: 'day' };
}

/** The range as an interval: from the start of its first day to the end of its last. */
export function rangeInterval(range: TimeRange): { start: number; end: number } {
  return { start: dateInterval(range.from)!.start, end: dateInterval(range.to)!.end };
}

/** A meeting is in the range when its date's span and the range share a day: "2018" is in any range that touches 2018. */
export function dateInRange(date: string | null | undefined, range: TimeRange): boolean {
  const span = dateInterval(date);
  if (!span) return false;
  const { start, end } = rangeInterval(range);
  return span.start < end && span.end > start;
}

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** A range as the address writes it: "2018-01-01..2018-12-31". */
export const timeRangeText = (range: TimeRange): string => `${range.from}..${range.to}`;

/** The range "FROM..TO" names (two real days, FROM not after TO), else null. */
export function parseTimeRange(text: string | null | undefined): TimeRange | null {
  const parts = (text ?? '').split('..');
  if (parts.length !== 2) return null;
  return checkTimeRange({ from: parts[0], to: parts[1] });
}

/** The value as a range, when it is one (a workspace file's field), else null. */
export function checkTimeRange(value: unknown): TimeRange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { from, to } = value as Record<string, unknown>;
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY_TEXT.test(from) || !DAY_TEXT.test(to)) return null;
  const [a, b] = [dateInterval(from), dateInterval(to)];
  return a && b && a.start <= b.start ? { from, to } : null;
}


/** Earliest first by where a date's span starts, the wider span first on a tie; undated last. */
export function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  const [x, y] = [dateInterval(a), dateInterval(b)];
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return x.start - y.start || y.end - x.end;
}
