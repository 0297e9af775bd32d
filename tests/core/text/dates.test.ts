// Date mentions at the precision the text supports, resolved against the
// article's publication date. Meeting dates in the graph come from here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/text/dates.ts';
import { referenceDate } from '../../../src/core/text/document-meta.ts';

const PUBLISHED = referenceDate('2018-07-20')!;
const values = (text: string, reference: Date | null) => findDates(text, 0, reference).map((d) => d.value);

describe('findDates with a publication date (2018-07-20)', () => {
  it.each([
    ['a full date', 'Trump met Putin in Helsinki on July 16, 2018.', ['2018-07-16']],
    ['a full date without year, read in the publication year', 'Trump met Putin in Helsinki on July 16.', ['2018-07-16']],
    ['a season this year', 'Putin is to visit Washington in autumn this year.', ['2018']],
    ['"in the fall": the next fall from publication', 'Putin is to visit Washington in the fall.', ['2018']],
    ['a season with its year', 'They met in the spring of 2017.', ['2017']],
    ['"last May": the past May, before the July of publication', 'They last met last May.', ['2018-05']],
    ['"last July" in July: a year back', 'They met last July.', ['2017-07']],
    ['"last December": the past December', 'They spoke last December.', ['2017-12']],
    ['"this morning": the day of publication', 'The two presidents spoke by phone this morning.', ['2018-07-20']],
    ['"later in the day": the day of publication', 'Trump is to call Putin later in the day.', ['2018-07-20']],
    ['a month and year', 'They first met in November 2001.', ['2001-11']],
    ['two dates in one sentence, in order', 'They met in November 2001 and again on July 16, 2018.', ['2001-11', '2018-07-16']],
    ['"in the day" is not a date', 'Meetings are held in the day.', []],
    ['"half an hour later" is not a date', 'He left half an hour later.', []],
    ['a count is not a year', 'He expelled 60 Russian diplomats.', []],
    ['no date at all', 'Trump met Putin in Helsinki.', []],
    ['"2 days ago": counted back from publication', 'Trump met Putin in Helsinki 2 days ago.', ['2018-07-18']],
    ['a weekday with a full date, as captions write it', 'Trump met Putin in Helsinki, Finland, Monday, July 16, 2018.', ['2018-07-16']],
  ])('%s', (_, text, expected) => {
    expect(values(text, PUBLISHED)).toEqual(expected);
  });

  it('gives the span of the date words, offset by where the sentence starts', () => {
    const sentence = 'They met last July in Helsinki.';
    const [d] = findDates(sentence, 100, PUBLISHED);
    expect(d).toBeDefined();
    expect(sentence.slice(d!.start - 100, d!.end - 100)).toBe('last July');
  });

  it('gives a span that covers the written date', () => {
    const sentence = 'Trump met Putin in Helsinki, Finland, on July 16, 2018.';
    const [d] = findDates(sentence, 0, PUBLISHED);
    expect(sentence.slice(d!.start, d!.end)).toContain('July 16, 2018');
  });

  // Timezone abbreviations must not move the day the text names: "11 pm EST on
  // July 16" is still July 16 to the reader (chrono converts it to UTC).
  it('keeps the written day when a time zone follows the time', () => {
    expect(values('They met on July 16, 2018 at 11 pm EST.', PUBLISHED)).toEqual(['2018-07-16']);
  });
});

describe('findDates without a publication date', () => {
  it.each([
    ['a day without year is nothing', 'They met on March 20.', []],
    ['a month with its year', 'They first met in November 2001.', ['2001-11']],
    ['a full date', 'Trump met Putin in Helsinki on July 16, 2018.', ['2018-07-16']],
    ['a relative month is nothing', 'They met last May.', []],
    ['a season without year is nothing', 'Putin is to visit Washington in the fall.', []],
    ['"this morning" is nothing', 'The two presidents spoke by phone this morning.', []],
    ['"in the day" is nothing', 'He spoke in the day.', []],
  ])('%s', (_, text, expected) => {
    expect(values(text, null)).toEqual(expected);
  });
});

// The machine's time zone must not move a written date. Without a publication
// date chrono reads the text in local time, and the value is taken in UTC: in
// New Zealand summer time (UTC+13) "December 1, 2019" became 2019-11-30.
describe('findDates does not depend on the machine time zone', () => {
  const saved = process.env.TZ;
  beforeAll(() => { process.env.TZ = 'Pacific/Auckland'; });
  afterAll(() => { if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved; });

  it('is in New Zealand time for this test', () => {
    expect(new Date('2019-12-01T00:00:00Z').getHours()).toBe(13);
  });

  it.each([
    ['a full date, no publication date', 'They met on December 1, 2019.', null, ['2019-12-01']],
    ['a month and year, no publication date', 'They first met in November 2001.', null, ['2001-11']],
    ['a full date, with a publication date', 'They met on December 1, 2019.', referenceDate('2019-12-05'), ['2019-12-01']],
    ['"this morning", with a publication date', 'They spoke this morning.', referenceDate('2019-12-05'), ['2019-12-05']],
  ])('%s', (_, text, reference, expected) => {
    expect(values(text, reference)).toEqual(expected);
  });
});

describe('referenceDate', () => {
  it('is noon UTC of the publication day, or null', () => {
    expect(referenceDate('2018-07-20')!.toISOString()).toBe('2018-07-20T12:00:00.000Z');
    expect(referenceDate(null)).toBeNull();
  });
});
