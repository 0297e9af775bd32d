// Meeting dates as spans of time at their precision, and the time range of
// the timeline's brush as the address and the workspace file hold it.
import { describe, expect, it } from 'vitest';
import { compareDates, dateInRange, dateInterval, parseTimeRange, timeRangeText, checkTimeRange } from '../../src/app/lib/timeline-dates.ts';
import { rangeOfTimes } from '../../src/app/lib/timeline-brush.ts';
import { parseViewHash, viewHash } from '../../src/app/lib/view-link.ts';
import { checkViewState } from '../../src/app/lib/workspace-file.ts';

const utc = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe('dateInterval', () => {
  it.each([
    { date: '2018-07-16', precision: 'day', start: '2018-07-16', end: '2018-07-17' },
    { date: '2018-07', precision: 'month', start: '2018-07-01', end: '2018-08-01' },
    { date: '2018-12', precision: 'month', start: '2018-12-01', end: '2019-01-01' },
    { date: '2018', precision: 'year', start: '2018-01-01', end: '2019-01-01' },
    { date: '2024-02-29', precision: 'day', start: '2024-02-29', end: '2024-03-01' },
    { date: '2018-07-16T10:00:00Z', precision: 'day', start: '2018-07-16', end: '2018-07-17' },
  ])('$date is a $precision', ({ date, precision, start, end }) => {
    expect(dateInterval(date)).toEqual({ precision, start: utc(start), end: utc(end) });
  });

  it.each([null, undefined, '', 'July 2018', '2018-13', '2018-00', '2023-02-29', '2018-04-31', '2018-7-1', '20181'])('%s is no date', (date) => {
    expect(dateInterval(date)).toBeNull();
  });
});

describe('time ranges', () => {
  const y2018 = { from: '2018-01-01', to: '2018-12-31' };

  it('holds a meeting whose span shares a day with the range', () => {
    expect(dateInRange('2018-07-16', y2018)).toBe(true);
    expect(dateInRange('2018', y2018)).toBe(true);
    expect(dateInRange('2018-12', y2018)).toBe(true);
    expect(dateInRange('2017-12-31', y2018)).toBe(false);
    expect(dateInRange('2019-01-01', y2018)).toBe(false);
    expect(dateInRange('2019', y2018)).toBe(false);
    // A year is in a range of one of its days; a day at the range's ends is in it.
    expect(dateInRange('2018', { from: '2018-06-01', to: '2018-06-01' })).toBe(true);
    expect(dateInRange('2018-06-01', { from: '2018-06-01', to: '2018-06-01' })).toBe(true);
    expect(dateInRange(null, y2018)).toBe(false);
  });

  it('rounds a brushed span to whole days', () => {
    expect(rangeOfTimes(utc('2018-01-01') + 3_600_000, utc('2019-01-01') - 3_600_000)).toEqual(y2018);
    // Either way round; never less than a day.
    expect(rangeOfTimes(utc('2019-01-01'), utc('2018-01-01'))).toEqual(y2018);
    expect(rangeOfTimes(utc('2018-05-05') + 1000, utc('2018-05-05') + 2000)).toEqual({ from: '2018-05-05', to: '2018-05-05' });
  });

  it('is written FROM..TO and read back strictly', () => {
    expect(timeRangeText(y2018)).toBe('2018-01-01..2018-12-31');
    expect(parseTimeRange('2018-01-01..2018-12-31')).toEqual(y2018);
    for (const bad of ['2018..2019', '2018-12-31..2018-01-01', '2018-02-30..2018-03-01', '2018-01-01', '2018-01-01..2018-12-31..2019-01-01', '']) expect(parseTimeRange(bad)).toBeNull();
    expect(checkTimeRange({ from: '2018-01-01', to: 5 })).toBeNull();
  });

  it('goes in the view link as t= and in the workspace file as timeRange', () => {
    const defaults = { kinds: ['leader'], statuses: ['held'] };
    const hash = viewHash({ timeRange: y2018 }, defaults);
    expect(new URLSearchParams(hash.slice(1)).get('t')).toBe('2018-01-01..2018-12-31');
    expect(parseViewHash(hash)).toEqual({ timeRange: y2018 });
    expect(parseViewHash('#t=2019..2018')).toBeNull();
    expect(viewHash({ timeRange: null }, defaults)).toBe('');
    expect(checkViewState({ timeRange: y2018 }).timeRange).toEqual(y2018);
    expect(checkViewState({ timeRange: null }).timeRange).toBeNull();
    expect('timeRange' in checkViewState({ timeRange: { from: 'x', to: 'y' } })).toBe(false);
  });

  it('sorts dates earliest first, a year before its days, undated last', () => {
    const dates = ['2018-07-16', null, '2017', '2018', '2018-07', '2001-11'];
    expect([...dates].sort(compareDates)).toEqual(['2001-11', '2017', '2018', '2018-07', '2018-07-16', null]);
  });
});
