// The brush's side of time ranges: a brushed span as whole days. Apart from
// timeline-dates.ts so that it goes in the timeline's own chunk, not the
// first bundle.
import { DAY_MS, type TimeRange } from './timeline-dates.ts';

/** "YYYY-MM-DD" of the UTC day a time falls in. */
export const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** The whole days a brushed span covers, its ends rounded to the nearest midnight. */
export function rangeOfTimes(start: number, end: number): TimeRange {
  const [a, b] = start <= end ? [start, end] : [end, start];
  const from = Math.round(a / DAY_MS) * DAY_MS;
  const to = Math.max(from + DAY_MS, Math.round(b / DAY_MS) * DAY_MS);
  return { from: isoDay(from), to: isoDay(to - DAY_MS) };
}

export const sameRange = (a: TimeRange | null, b: TimeRange | null): boolean => a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
