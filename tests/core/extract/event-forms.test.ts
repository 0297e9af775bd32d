// The forms in which articles tell of meetings, each in a sentence written for
// this table (not taken from any article): who took part, where, when and in
// what status, as the graph shows the meeting.
import { describe, expect, it } from 'vitest';
import { article, build, edges, meetings, meetingsBetween } from '../../fixtures/core/graph.ts';

const PUBLISHED = '14 Mar 2024, 09:00'; // a Thursday

interface Case { form: string; body: string; people: string[]; expected: Record<string, unknown> }

const cases: Case[] = [
  { form: 'X met Y', body: 'Olaf Scholz met Emmanuel Macron in Berlin on Tuesday.', people: ['Olaf Scholz', 'Emmanuel Macron'], expected: { status: 'held', date: '2024-03-12' } },
  { form: 'Y was received by X', body: 'Narendra Modi was received by Joe Biden at the White House on Monday.', people: ['Narendra Modi', 'Joe Biden'], expected: { status: 'held', date: '2024-03-11' } },
  { form: 'X hosted Y for talks', body: 'Giorgia Meloni hosted Keir Starmer for talks in Rome last week.', people: ['Giorgia Meloni', 'Keir Starmer'], expected: { status: 'held' } },
  { form: 'talks between X and Y', body: 'Talks between Recep Tayyip Erdogan and Vladimir Putin took place in Sochi.', people: ['Recep Tayyip Erdogan', 'Vladimir Putin'], expected: { status: 'held' } },
  { form: "X's meeting with Y", body: "Fumio Kishida's meeting with Xi Jinping lasted an hour.", people: ['Fumio Kishida', 'Xi Jinping'], expected: { status: 'held' } },
  { form: 'X spoke by phone with Y', body: 'Justin Trudeau spoke by phone with Volodymyr Zelensky on Wednesday.', people: ['Justin Trudeau', 'Volodymyr Zelensky'], expected: { type: 'phone call', status: 'held', date: '2024-03-13' } },
  { form: 'X welcomed Y to Z', body: 'Emmanuel Macron welcomed Narendra Modi to the Élysée Palace on Friday.', people: ['Emmanuel Macron', 'Narendra Modi'], expected: {} },
  { form: 'X arrived in Z, where Y greeted him', body: 'Joe Biden arrived in Tokyo, where Fumio Kishida greeted him.', people: ['Joe Biden', 'Fumio Kishida'], expected: { status: 'held' } },
  { form: 'will meet: planned', body: 'Olaf Scholz will meet Keir Starmer in London on March 20.', people: ['Olaf Scholz', 'Keir Starmer'], expected: { status: 'planned', date: '2024-03-20' } },
  { form: 'is expected to meet: planned', body: 'Joe Biden is expected to meet Xi Jinping in San Francisco.', people: ['Joe Biden', 'Xi Jinping'], expected: { status: 'planned' } },
  { form: 'is set to: planned', body: 'Narendra Modi is set to hold talks with Fumio Kishida in Tokyo.', people: ['Narendra Modi', 'Fumio Kishida'], expected: { status: 'planned' } },
  { form: 'plans to visit: planned', body: 'Keir Starmer plans to visit Washington to meet Joe Biden.', people: ['Keir Starmer', 'Joe Biden'], expected: { status: 'planned' } },
  { form: 'ahead of: planned', body: 'Aides briefed Joe Biden ahead of his meeting with Benjamin Netanyahu on Friday.', people: ['Joe Biden', 'Benjamin Netanyahu'], expected: { status: 'planned', date: '2024-03-15' } },
  { form: 'proposed a meeting', body: 'Vladimir Putin proposed a meeting with Volodymyr Zelensky.', people: ['Vladimir Putin', 'Volodymyr Zelensky'], expected: { status: 'proposed' } },
  { form: 'offered talks', body: 'Recep Tayyip Erdogan offered to host talks between Vladimir Putin and Volodymyr Zelensky.', people: ['Vladimir Putin', 'Volodymyr Zelensky'], expected: { status: 'proposed' } },
  { form: 'could meet: proposed', body: 'Joe Biden could meet Xi Jinping later this year, officials said.', people: ['Joe Biden', 'Xi Jinping'], expected: { status: 'proposed' } },
  { form: '"took place in Z": the place of the meeting', body: 'The Scholz-Macron summit took place in Strasbourg.', people: ['Olaf Scholz', 'Emmanuel Macron'], expected: { type: 'summit', venues: ['Strasbourg'] } },
  { form: '"said X and Y would meet": planned, not proposed', body: 'A spokesman said Olaf Scholz and Keir Starmer would meet in London next week.', people: ['Olaf Scholz', 'Keir Starmer'], expected: { status: 'planned', venues: ['London'] } },
  { form: 'X called Y on Sunday', body: 'Emmanuel Macron called Vladimir Putin on Sunday, the Elysee said.', people: ['Emmanuel Macron', 'Vladimir Putin'], expected: { type: 'phone call', status: 'held', date: '2024-03-10' } },
  { form: 'X and Y discussed trade during a phone call on Monday', body: 'Justin Trudeau and Joe Biden discussed trade during a phone call on Monday.', people: ['Justin Trudeau', 'Joe Biden'], expected: { type: 'phone call', status: 'held', date: '2024-03-11' } },
  { form: '"to visit Z later this month, where he is expected to meet Y"', body: 'Antony Blinken is scheduled to visit Beijing later this month, where he is expected to meet Foreign Minister Wang Yi.', people: ['Antony Blinken', 'Wang Yi'], expected: { status: 'planned', venues: ['Beijing'] } },
  { form: 'X and Y held talks in Z on Sunday', body: 'Olaf Scholz and Emmanuel Macron held talks in Paris on Sunday.', people: ['Olaf Scholz', 'Emmanuel Macron'], expected: { type: 'talks', status: 'held', date: '2024-03-10', venues: ['Paris'] } },
  { form: 'X is scheduled to meet Y on Monday', body: 'Joe Biden is scheduled to meet Justin Trudeau in Ottawa on Monday.', people: ['Joe Biden', 'Justin Trudeau'], expected: { status: 'planned', date: '2024-03-18', venues: ['Ottawa'] } },
  { form: 'X spoke with Y by phone', body: 'Emmanuel Macron spoke with Vladimir Putin by phone on Tuesday.', people: ['Emmanuel Macron', 'Vladimir Putin'], expected: { type: 'phone call', status: 'held', date: '2024-03-12' } },
  { form: 'X hosted a dinner for Y', body: 'Joe Biden hosted a state dinner for Fumio Kishida at the White House on Wednesday.', people: ['Joe Biden', 'Fumio Kishida'], expected: { status: 'held', venues: ['White House'] } },
  { form: 'a possible meeting between X and Y', body: 'Officials discussed a possible meeting between Joe Biden and Xi Jinping.', people: ['Joe Biden', 'Xi Jinping'], expected: { status: 'proposed' } },
  { form: 'sideline meeting at a summit', body: 'Joe Biden met Xi Jinping on the sidelines of the G20 summit in Bali on Monday.', people: ['Joe Biden', 'Xi Jinping'], expected: { status: 'held', venues: ['Bali'] } },
];

describe.each(cases)('$form', ({ body, people, expected }) => {
  it('is one meeting of those named, with its status and date', () => {
    const { graph } = build(article('A meeting', PUBLISHED, body));
    const found = meetingsBetween(graph, ...people);
    expect(found, JSON.stringify(meetings(graph))).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

it('"called Y a liar" is no call', () => {
  const { graph } = build(article('Words', PUBLISHED, 'Joe Biden called Vladimir Putin a killer.'));
  expect(meetings(graph)).toEqual([]);
});

describe('who takes part', () => {
  it('keeps a spokesperson who speaks of the meeting out of it', () => {
    const { graph } = build(article('Talks', PUBLISHED, 'Joe Biden met Olaf Scholz in Berlin on Tuesday, spokesman John Kirby told reporters.'));
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).not.toContain('John Kirby');
  });

  it('takes "the two leaders" of a later sentence as the two named before', () => {
    const { graph } = build(article('Talks', PUBLISHED, 'Joe Biden arrived in Berlin on Tuesday to see Olaf Scholz. The two leaders held talks for an hour.'));
    expect(meetingsBetween(graph, 'Joe Biden', 'Olaf Scholz').length).toBeGreaterThanOrEqual(1);
  });

  it('gives a visit of one person to each country listed', () => {
    const { graph } = build(article('Trips', PUBLISHED, 'Keir Starmer has travelled to France, Germany and Poland since taking office.'));
    const visits = meetings(graph).filter((m) => m.type === 'visit');
    expect(visits.map((v) => v.venues).sort()).toEqual([['France'], ['Germany'], ['Poland']]);
    for (const v of visits) expect(v.participants).toEqual(['Keir Starmer']);
  });

  it('puts the members of a delegation in the visit', () => {
    const { graph } = build(article('Visit', PUBLISHED, 'Olaf Scholz arrived in Paris accompanied by Finance Minister Lars Klingbeil and Foreign Minister Annalena Baerbock.'));
    const visit = meetings(graph).find((m) => m.type === 'visit');
    expect(visit?.participants).toEqual(expect.arrayContaining(['Olaf Scholz', 'Lars Klingbeil', 'Annalena Baerbock']));
  });
});

describe('what did not happen', () => {
  it('a meeting called off is not held', () => {
    const { graph } = build(article('Off', PUBLISHED, 'A planned meeting between Joe Biden and Xi Jinping was called off on Tuesday.'));
    for (const m of meetingsBetween(graph, 'Joe Biden', 'Xi Jinping')) expect(m.status).not.toBe('held');
  });

  it('a meeting that did not take place is not held', () => {
    const { graph } = build(article('Never', PUBLISHED, 'The one-on-one meeting between Joe Biden and Xi Jinping never took place.'));
    for (const m of meetingsBetween(graph, 'Joe Biden', 'Xi Jinping')) expect(m.status).not.toBe('held');
  });
});


describe('a visit of one person', () => {
  it.each([
    ['"will travel to Z": planned', 'Keir Starmer will travel to India next month.', { status: 'planned', venues: ['India'] }],
    ['"arrived in Z": held', 'Narendra Modi arrived in Paris on Tuesday.', { status: 'held', venues: ['Paris'], date: '2024-03-12' }],
  ])('%s', (_, body, expected) => {
    const { graph } = build(article('A visit', PUBLISHED, body));
    const visits = meetings(graph).filter((m) => m.type === 'visit');
    expect(visits, JSON.stringify(meetings(graph))).toHaveLength(1);
    expect(visits[0]).toMatchObject(expected);
  });
});

describe('dates from the publication', () => {
  it('dates the held meeting an article leads with, undated in the text, by the day it was published', () => {
    const { graph } = build(article('Scholz meets Macron in Paris', PUBLISHED, 'Olaf Scholz met Emmanuel Macron in Paris. They spoke about trade.'));
    expect(meetingsBetween(graph, 'Olaf Scholz', 'Emmanuel Macron')[0]).toMatchObject({ status: 'held', date: '2024-03-14' });
  });

  it('leaves undated a meeting told further down the article', () => {
    const lead = 'Trade dominated the day. Prices rose. Markets fell. Analysts worried. Traders waited. Banks hesitated. Farmers protested.';
    const { graph } = build(article('Markets', PUBLISHED, `${lead} Olaf Scholz met Emmanuel Macron in Paris.`));
    expect(meetingsBetween(graph, 'Olaf Scholz', 'Emmanuel Macron')[0]).toMatchObject({ date: null });
  });
});

describe('says who', () => {
  const { graph } = build(article('Talks', PUBLISHED, 'Joe Biden will hold talks with Olaf Scholz on Monday, according to spokesman John Kirby.'));

  it('keeps the source of "according to X" out of the meeting', () => {
    expect(meetingsBetween(graph, 'Joe Biden', 'Olaf Scholz')).toHaveLength(1);
    expect(meetings(graph).flatMap((m) => m.participants)).not.toContain('John Kirby');
  });

  it('links the source to the meeting with a stated edge, on the quoted sentence', () => {
    const stated = edges(graph, 'stated');
    expect(stated.map((e) => e.source)).toEqual(['John Kirby']);
    expect(stated[0]!.target).toMatch(/talks/);
  });
});

describe('trips and the meetings on them', () => {
  it('makes a trip its visitor\'s alone, apart from the meeting told with it', () => {
    const { graph } = build(article('Trip', PUBLISHED, 'Joe Biden greeted Olaf Scholz warmly on Tuesday during a trip to Germany.'));
    const trip = meetings(graph).find((m) => m.venues.includes('Germany'));
    expect(trip).toMatchObject({ type: 'visit', participants: ['Joe Biden'] });
    expect(meetingsBetween(graph, 'Joe Biden', 'Olaf Scholz')).toHaveLength(1);
  });

  it('gives the visit invited to the guest\'s trip told before the invitation', () => {
    const { graph } = build(article('Trip', PUBLISHED, 'Officials spoke of a Modi visit to Paris. Emmanuel Macron invited Narendra Modi to visit Paris.'));
    const visits = meetings(graph).filter((m) => m.type === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ participants: expect.arrayContaining(['Emmanuel Macron', 'Narendra Modi']), venues: ['Paris'] });
  });
});

describe('an undated article with a dated caption', () => {
  const body = 'Keir Starmer walks with Olaf Scholz in Berlin, Germany, Sunday, June 9, 2024.\n\nStarmer will meet Scholz again on Monday.';

  it('reads "on Monday" against the day the caption gives', () => {
    const { graph } = build(article('Talks', null, body));
    const dated = meetingsBetween(graph, 'Keir Starmer', 'Olaf Scholz').map((m) => m.date);
    expect(dated).toContain('2024-06-10');
  });

});

describe('who is met only perhaps', () => {
  it('gives "and potentially Y" a proposed meeting of its own', () => {
    const { graph } = build(article('Talks', PUBLISHED, 'Antony Blinken will meet Wang Yi and potentially Xi Jinping on Monday.'));
    expect(meetingsBetween(graph, 'Antony Blinken', 'Wang Yi')[0]).toMatchObject({ status: 'planned' });
    expect(meetingsBetween(graph, 'Antony Blinken', 'Xi Jinping')[0]).toMatchObject({ status: 'proposed' });
  });
});

describe('hyphenated event words', () => {
  it.each([
    ['"a sit-down"', 'Joe Biden had a sit-down with Olaf Scholz in Berlin on Tuesday.'],
    ['"a face-to-face"', 'Joe Biden held a face-to-face with Olaf Scholz in Berlin on Tuesday.'],
  ])('%s is a meeting', (_, body) => {
    const { graph } = build(article('Talks', PUBLISHED, body));
    expect(meetingsBetween(graph, 'Joe Biden', 'Olaf Scholz')).toHaveLength(1);
  });

  it('"the one-on-one ... never took place": the two leaders\' meeting, announced, not held', () => {
    const { graph } = build(article('Talks', PUBLISHED, 'Joe Biden met Olaf Scholz for lunch. However, the one-on-one sit-down at the Chancellery never took place.'));
    const statuses = meetingsBetween(graph, 'Joe Biden', 'Olaf Scholz').map((m) => m.status).sort();
    expect(statuses).toEqual(['held', 'planned']);
  });
});
