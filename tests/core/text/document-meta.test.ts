// What an article says about itself: the title shown for it, the publication
// date that relative dates ("last July", "this morning") count from, and who
// published it (outlet and address).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { readDocumentMeta } from '../../../src/core/text/document-meta.ts';

const knowledge = loadDefaultKnowledge();
const meta = (text: string) => readDocumentMeta(text, knowledge);

describe('publication date', () => {
  it.each([
    ['"Published :" marker line with time', 'US to invite Putin to visit Washington in fall\n\nPublished : 20 Jul 2018, 01:22\n\nUpdated : 20 Jul 2018, 03:00\n', '2018-07-20'],
    ['leading " date" marker on the first line', ' date 2025-02-12 The most interesting part of this to me is the breadth of issues discussed.', '2025-02-12'],
    ['"Published:" with a spelled-out month', 'Title\nPublished: July 20, 2018\nBody.', '2018-07-20'],
    ['"date:" with an ISO date', 'Title\ndate: 2025-02-12\nBody.', '2025-02-12'],
    ['"Posted" marker', 'Title\nPosted 12 February 2025\nBody.', '2025-02-12'],
    ['the first marker wins', 'Title\nPublished : 20 Jul 2018, 01:22\nPublished : 21 Jul 2018\n', '2018-07-20'],
    ['a sentence that starts with a date is not a dateline', 'Headline\nApril 18, 2024 was a busy day.\nBody.', null],
    ['a month and year alone is not a dateline', 'July 2024\nHeadline\n', null],
    ['a dateline below the first five lines is not taken', 'A\nB\nC\nD\nE\nJuly 9, 2024\nBody.', null],
    ['"Updated :" is not a marker', 'Title\nUpdated : 20 Jul 2018, 03:00\nBody.', null],
    ['a marker without a day is not a date', 'Title\nPublished : July 2018\nBody.', null],
    ['a body line starting with "Date" is not a marker', 'Title\nDate night in Helsinki ended on July 16, 2018.\n', null],
    ['no marker at all', 'Trump met Putin in Helsinki.\nThey spoke for two hours.', null],
  ])('%s', (_, text, expected) => {
    expect(meta(text).published).toBe(expected);
  });

  // Pages often carry the day they were saved above the day they were written
  // (seed 004): with a marker, the marker wins over any dateline.
  it('takes the marker, not the dateline above it (seed 004)', () => {
    const text = 'Thursday April 18, 2024\n\nAmid criticism, Trump eyes 2nd meeting with Putin\n\nPublished : 20 Jul 2018, 01:22\n';
    expect(meta(text).published).toBe('2018-07-20');
  });

  // Without any marker, a line near the top that is only a date is the
  // publication date (src/core/text/document-meta.ts, since the dateline rule).
  it.each([
    ['a leading dateline line', 'Thursday April 18, 2024\n\nAmid criticism, Trump eyes 2nd meeting with Putin\n', '2024-04-18'],
    ['a dateline under the headline', 'Headline\nJuly 9, 2024\nBody.', '2024-07-09'],
  ])('without a marker, takes a date-only line near the top: %s', (_, text, expected) => {
    expect(meta(text).published).toBe(expected);
  });

});

// The day written after the marker is the publication day, whatever time zone
// is written after it or set on the machine that reads it (run here in UTC and
// in New Zealand time, so that the result does not depend on the machine).
describe.each(['UTC', 'Pacific/Auckland'])('publication date with the machine in %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => { process.env.TZ = zone; });
  afterAll(() => { if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved; });

  it.each([
    ['no zone written', 'Title\nPublished : 1 Dec 2019, 01:22\nBody.', '2019-12-01'],
    ['a dateline', 'December 1, 2019\nTitle\nBody.', '2019-12-01'],
    ['"GMT+8" after the time', 'Title\nPublished : 20 Jul 2018, 01:22 GMT+8\nBody.', '2018-07-20'],
    ['"EST" after a late time', 'Title\nPublished : 20 Jul 2018, 23:30 EST\nBody.', '2018-07-20'],
  ])('keeps the written day: %s', (_, text, expected) => {
    expect(meta(text).published).toBe(expected);
  });
});

describe('title', () => {
  it.each([
    ['the first line', 'Trump Invited Putin to Washington\n\nBody text.', 'Trump Invited Putin to Washington'],
    ['the first non-empty line, trimmed', '\n\n   Eager to meet Putin, Trump makes advisers worried  \nBody.', 'Eager to meet Putin, Trump makes advisers worried'],
    ['a dateline taken as the publication date is not the title', 'Thursday April 18, 2024\n\nAmid criticism, Trump eyes 2nd meeting with Putin\n', 'Amid criticism, Trump eyes 2nd meeting with Putin'],
    ['a dateline is not the title, with a marker too (seed 004)', 'Thursday April 18, 2024\n\nAmid criticism\n\nPublished : 20 Jul 2018, 01:22\n', 'Amid criticism'],
    ['a leading " date" marker and its date are not part of the title (seed 003)', ' date 2025-02-12 The most interesting part of this to me.\nBody.', 'The most interesting part of this to me.'],
    ['a short marker line before the headline is skipped', 'Published : 20 Jul 2018\nHeadline here\nBody.', 'Headline here'],
    ['a CRLF title has no CR', 'Title line\r\nBody.\r\n', 'Title line'],
    ['no text gives a placeholder', '\n \n', '(untitled)'],
  ])('%s', (_, text, expected) => {
    expect(meta(text).title).toBe(expected);
  });

  it.each([
    ['a padded first line', '\n\n   Eager to meet Putin, Trump makes advisers worried  \nBody.'],
    ['a headline under a dateline', 'Thursday April 18, 2024\n\nAmid criticism, Trump eyes 2nd meeting with Putin\n'],
    ['a title after a " date" marker', ' date 2025-02-12 The most interesting part of this to me.\nBody.'],
  ])('gives the span of the title in the text: %s', (_, text) => {
    const { title, titleSpan } = meta(text);
    expect(text.slice(titleSpan[0], titleSpan[1])).toBe(title);
  });

  it('shortens a very long first line at a word boundary, with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { title, titleSpan } = meta(`${words}\nBody.`);
    expect(title.length).toBeLessThanOrEqual(141);
    expect(title.endsWith('…')).toBe(true);
    expect(words.startsWith(title.slice(0, -1))).toBe(true);
    expect(titleSpan[1]).toBeLessThanOrEqual(words.length);
  });

  // The title span is the document node's evidence: it must lie inside the
  // text even when the text has no title line.
  it.each([
    ['blank text', ' \n\t\n'],
    ['only a marker line', 'Published : 20 Jul 2018, 01:22'],
    ['only a marker line and a line break', 'Published : 20 Jul 2018, 01:22\n'],
    ['only a dateline', 'Thursday April 18, 2024'],
  ])('keeps the title span inside the text: %s', (_, text) => {
    const [start, end] = meta(text).titleSpan;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(start).toBeLessThan(end);
  });
});

describe('title: what is not a headline', () => {
  it.each([
    ['a section label above the headline', 'World\nLeaders agree to meet in Geneva next month\nBody.', 'Leaders agree to meet in Geneva next month'],
    ['a label in capitals above the headline', 'BREAKING NEWS\nLeaders agree to meet in Geneva\nBody.', 'Leaders agree to meet in Geneva'],
    ['a breadcrumb above the headline', 'Home › World › Europe\nLeaders agree to meet in Geneva\nBody.', 'Leaders agree to meet in Geneva'],
    ['a "Source:" line above the headline', 'Source: https://example.org/a/b\nLeaders agree to meet in Geneva\nBody.', 'Leaders agree to meet in Geneva'],
    ['a byline above the headline', 'By Jane Roe with Example Wire\nLeaders agree to meet in Geneva\nBody.', 'Leaders agree to meet in Geneva'],
    ['a preamble above a run-in headline', ' date 2024-03-01 I have been waiting for this one. It is long overdue, and it says more than the headline does. Read on to the end, where the real news is, before you judge it.\n\nChancellor Agrees To Visit Paris In May, Says Aide French President Jean Dupont welcomed the news on Friday.\n', 'Chancellor Agrees To Visit Paris In May, Says Aide'],
    ['a long first paragraph with no headline below it is kept', 'The ministers met again on Monday. They spoke for an hour about trade and energy and many other things that will matter. Then they went home without a word to the press, as they had done the time before.\nThe talks will go on.', 'The ministers met again on Monday. They spoke for an hour about trade and energy and many other things that will matter. Then they went…'],
    ['a paragraph opening with a titled name is not a run-in headline', 'The ministers met again on Monday. They spoke for an hour about trade and energy and many other things that will matter. Then they went home without a word to the press.\nUS President John Smith of Ohio said so.', 'The ministers met again on Monday. They spoke for an hour about trade and energy and many other things that will matter. Then they went…'],
  ])('%s', (_, text, expected) => {
    const { title, titleSpan } = meta(text);
    expect(title).toBe(expected);
    if (!title.endsWith('…')) expect(text.slice(titleSpan[0], titleSpan[1])).toBe(title);
  });
});

describe('outlet and address', () => {
  it.each([
    ['a "Source:" address of a known outlet', 'Headline\nSource: https://www.reuters.com/world/some-story-2024-01-01/\nBody.', 'Reuters', 'https://www.reuters.com/world/some-story-2024-01-01/'],
    ['a subdomain of a known outlet', 'Headline\nSource: https://edition.cnn.com/2024/01/01/story\nBody.', 'CNN', 'https://edition.cnn.com/2024/01/01/story'],
    ['an unknown host is the outlet as it is', 'Headline\nSource: https://www.small-town-gazette.example/news/1\nBody.', 'small-town-gazette.example', 'https://www.small-town-gazette.example/news/1'],
    ['a line that is only an address', 'Headline\nhttps://news.example.net/story/7.\nBody.', 'news.example.net', 'https://news.example.net/story/7'],
    ['"Source:" with a name', 'Headline\nSource: Xinhua\nBody.', 'Xinhua', null],
    ['a byline "with" a known outlet and its section', 'Headline\nBy Jane Roe with NBC News World\nBody.', 'NBC News', null],
    ['a byline "for" an outlet not in the list', 'Headline\nBy Jane Roe for Harbour Times\nBody.', 'Harbour Times', null],
    ['a byline with a known outlet after a comma', 'Headline\nBy Jane Roe, Associated Press\nBody.', 'Associated Press', null],
    ['a byline with a job after a comma names no outlet', 'Headline\nBy Jane Roe, Senior Correspondent\nBody.', null, null],
    ['a report line with a desk code', 'Headline\n  AB-Kyodo Report\nBody.', 'Kyodo', null],
    ['a dateline with the agency between slashes', 'Headline\nMOSCOW, March 3. /TASS/. The minister said the talks went well.\n', 'TASS', null],
    ['a dateline with the agency in brackets', 'Headline\nGENEVA (Reuters) - The envoys met on Tuesday.\n', 'Reuters', null],
    ['a named outlet wins over the address', 'Headline\nSource: https://aggregator.example/item/9\nBy Jane Roe with Harbour Times\nBody.', 'Harbour Times', 'https://aggregator.example/item/9'],
    ['a bracket inside a sentence is not a dateline', 'Headline\nThe prime minister of the country (PM) - who spoke first - said so.\n', null, null],
    ['"By" inside the story is not a byline of the page', 'Headline\nA\nB\nC\nD\nE\nF\nG\nH\nI\nJ\nK\nL\nM\nN\nBy John Doe with Harbour Times\n', null, null],
    ['nothing names it', 'Headline\nThe envoys met on Tuesday.\n', null, null],
  ])('%s', (_, text, outlet, url) => {
    const m = meta(text);
    expect(m.outlet).toBe(outlet);
    expect(m.url).toBe(url);
  });
});
