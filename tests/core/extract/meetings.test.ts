// Meeting frames: who meets whom, what kind of encounter, where, when, and
// whether it was held, is planned or only proposed, as the graph shows them.
import { describe, expect, it } from 'vitest';
import { article, build, meetings, meetingsBetween } from '../../fixtures/core/graph.ts';

describe('a held meeting with date and venue', () => {
  const { graph } = build(article('Helsinki summit', '20 Jul 2018, 01:22',
    'Trump met Putin in Helsinki, Finland, on July 16, 2018. Critics said he gave too much away.'));

  it('is one meeting between the two, held, on the day the text gives', () => {
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ participants: ['Donald Trump', 'Vladimir Putin'], status: 'held', date: '2018-07-16' });
  });

  it('is held at Helsinki', () => {
    expect(meetings(graph)[0]!.venues).toContain('Helsinki');
  });
});

describe('status from the words around the meeting and from its date', () => {
  it.each([
    ['"intended to speak with ... in the coming hours": a planned phone call',
      article('Macron to call Scholz', '12 Feb 2025, 10:00', 'French President Emmanuel Macron intended to speak with German Chancellor Olaf Scholz in the coming hours, the Elysée said.'),
      ['Emmanuel Macron', 'Olaf Scholz'], { type: 'phone call', status: 'planned' }],
    ['"will meet ... on September 3": planned, dated after publication',
      article('Plan', '20 Jul 2018, 01:22', 'Trump will meet Putin in Washington on September 3.'),
      ['Donald Trump', 'Vladimir Putin'], { status: 'planned', date: '2018-09-03' }],
    ['"wants a second meeting": proposed',
      article('Second', '20 Jul 2018, 01:22', 'Trump said he wants a second meeting with Putin.'),
      ['Donald Trump', 'Vladimir Putin'], { status: 'proposed' }],
    ['"held a call this morning": a phone call held on the day of publication',
      article('Call', '12 Feb 2025, 10:00', 'US President Trump and Russian President Putin held a nearly hour-and-a-half call this morning.'),
      ['Donald Trump', 'Vladimir Putin'], { type: 'phone call', status: 'held', date: '2025-02-12' }],
  ])('%s', (_, text, participants, attrs) => {
    const { graph } = build(text);
    const found = meetingsBetween(graph, ...participants);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(attrs);
  });
});

describe('lists, negations, speakers', () => {
  it('"Putin met with Bill Clinton, George W. Bush and Barack Obama": three separate meetings', () => {
    const { graph } = build(article('Putin and US presidents', null, 'Over the years, Putin met with Bill Clinton, George W. Bush and Barack Obama.'));
    const found = meetings(graph).map((m) => m.participants);
    expect(found).toHaveLength(3);
    expect(found).toEqual(expect.arrayContaining([
      ['Bill Clinton', 'Vladimir Putin'], ['George W. Bush', 'Vladimir Putin'], ['Barack Obama', 'Vladimir Putin'],
    ]));
  });

  it('"never a formal state visit": no visit, while the same sentence without "never" has one', () => {
    const negated = build(article('Modi in Washington', '20 Jun 2023, 10:00', 'Modi came to Washington to see Biden, but it was never a formal state visit.'));
    const affirmed = build(article('Modi in Washington', '20 Jun 2023, 10:00', 'Modi came to Washington to see Biden, and it was a formal state visit.'));
    expect(meetings(negated.graph).filter((m) => m.type === 'visit')).toEqual([]);
    expect(meetings(affirmed.graph).filter((m) => m.type === 'visit')).toHaveLength(1);
  });

  it('"Trump did not meet Putin": no meeting', () => {
    const { graph } = build(article('No meeting', null, 'Trump did not meet Putin in Hamburg.'));
    expect(meetings(graph)).toEqual([]);
  });

  it('a spokesman reporting a meeting is not a participant in it', () => {
    const { graph } = build(article('Summit set', null, 'Kremlin spokesman Dmitry Peskov said Putin and Trump would meet in Helsinki.'));
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('general talk of meetings is not a meeting', () => {
    const { graph } = build(article('Diplomacy', null, 'Meetings often take place at summits, and bilateral relations matter.'));
    expect(meetings(graph)).toEqual([]);
  });

  // "Both leaders" and "the two presidents" are leaders: the press secretary or
  // aide who says so is a source, never one of "the two". (extract/context.ts
  // principals() falls back to any two people when the article names fewer than two leaders.)
  it.each([
    ['a press secretary reporting "both leaders"', 'Trump’s press secretary Sarah Sanders said both leaders talked about meeting at the White House.', 'Sarah Sanders'],
    ['an aide reporting "the two presidents"', 'Putin aide Yuri Ushakov said the two presidents spoke by phone.', 'Yuri Ushakov'],
  ])('does not make the speaker one of "the two": %s', (_, body, speaker) => {
    const { graph } = build(article('White House', null, body));
    for (const m of meetings(graph)) expect(m.participants).not.toContain(speaker);
  });
});

describe('kinds of encounter', () => {
  it.each([
    ['a meeting', 'Trump met Putin in Helsinki.', 'bilateral meeting'],
    ['a summit', 'Trump and Putin held a summit in Helsinki.', 'summit'],
    ['a phone call', 'Trump spoke with Putin by phone on Tuesday.', 'phone call'],
    ['a state visit', 'Modi arrived in Washington for a state visit hosted by Biden.', 'visit'],
    ['a dinner', 'Trump hosted Netanyahu for dinner in the State Dining Room of the White House.', 'bilateral meeting'],
  ])('%s', (_, body, type) => {
    const { graph } = build(article('Encounter', null, body));
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe(type);
    expect(found[0]!.participants).toHaveLength(2);
  });

  // With a role phrase between the verb and the name, the call is still found.
  it('finds "spoke with his Russian counterpart Vladimir Putin"', () => {
    const { graph } = build(article('Call', null, 'Trump spoke with his Russian counterpart Vladimir Putin on Tuesday.'));
    expect(meetingsBetween(graph, 'Donald Trump', 'Vladimir Putin')).toHaveLength(1);
  });
});
