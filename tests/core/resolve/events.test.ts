// Event coreference: the same real-world meeting, mentioned in several
// sentences or articles, is one meeting node with all that evidence; different
// meetings of the same people stay apart.
import { describe, expect, it } from 'vitest';
import { article, build, meetings, meetingsBetween, spanText } from '../../fixtures/core/graph.ts';

const TRUMP_PUTIN = ['Donald Trump', 'Vladimir Putin'];

describe('across articles', () => {
  it('one Helsinki meeting of the same pair in two articles is one node with evidence from both', () => {
    const { graph } = build(
      article('Trump and Putin meet in Helsinki', '17 Jul 2018, 09:00', 'Trump met Putin in Helsinki on Monday.'),
      article('After Helsinki', '20 Jul 2018, 01:22', 'The summit between Trump and Putin in Helsinki drew criticism. Trump met Putin in Helsinki, Finland, on July 16, 2018.'),
    );
    const found = meetingsBetween(graph, ...TRUMP_PUTIN);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ docs: ['a.txt', 'b.txt'], status: 'held', date: '2018-07-16' });
    expect(found[0]!.venues).toContain('Helsinki');
    // Participant edges carry the evidence of both articles too.
    const participant = graph.filterInEdges(found[0]!.key, (_, a) => a.relation === 'participant');
    for (const e of participant) expect(new Set(graph.getEdgeAttribute(e, 'evidence').map((ev) => ev.doc))).toEqual(new Set(['a.txt', 'b.txt']));
  });

  it('joins on the same venue without dates', () => {
    const { graph } = build(article('A', null, 'Trump met Putin in Helsinki.'), article('B', null, 'Putin and Trump held talks in Helsinki.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN)).toHaveLength(1);
  });

  it('keeps calls on different days apart', () => {
    const { graph } = build(
      article('A', '17 Jul 2018, 09:00', 'Trump spoke with Putin by phone on July 16, 2018.'),
      article('B', '20 Mar 2018, 09:00', 'Trump spoke with Putin by phone on March 20, 2018.'),
    );
    const found = meetingsBetween(graph, ...TRUMP_PUTIN).map((m) => m.date).sort();
    expect(found).toEqual(['2018-03-20', '2018-07-16']);
  });

  it('keeps meetings in different cities apart', () => {
    const { graph } = build(article('A', null, 'Trump met Putin in Helsinki.'), article('B', null, 'Trump met Putin in Hamburg.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN)).toHaveLength(2);
  });

  it('does not join two articles’ meetings with no shared venue or day', () => {
    const { graph } = build(article('A', null, 'Trump met Putin.'), article('B', null, 'Trump met Putin.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN)).toHaveLength(2);
  });
});

describe('within an article', () => {
  it('"the Helsinki summit" later in the article is the meeting already told of', () => {
    const { graph, docs } = build(article('Summit', null, 'Trump met Putin in Helsinki on Monday. The Helsinki summit lasted four hours.'));
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]!.type).toBe('summit');
    const sentences = graph.getNodeAttribute(found[0]!.key, 'evidence').map((ev) => spanText(docs, ev));
    expect(sentences).toEqual(['Trump met Putin in Helsinki on Monday.', 'The Helsinki summit lasted four hours.']);
  });

  it('a phone call and a meeting of the same pair are two events', () => {
    const { graph } = build(article('Calls', null, 'Trump spoke with Putin by phone on Tuesday. Trump met Putin in Helsinki.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN).map((m) => m.type).sort()).toEqual(['bilateral meeting', 'phone call']);
  });

  it('"a second meeting" is not the first one', () => {
    const { graph } = build(article('Second', '20 Jul 2018, 01:22', 'Trump met Putin in Helsinki on July 16. Trump said he wants a second meeting with Putin.'));
    const found = meetingsBetween(graph, ...TRUMP_PUTIN).map((m) => m.status).sort();
    expect(found).toEqual(['held', 'proposed']);
  });

  it('meetings in two cities in one article are two events', () => {
    const { graph } = build(article('Two meetings', null, 'Trump met Putin in Helsinki in July. Trump met Putin in Hamburg in 2017.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN).map((m) => m.venues).sort()).toEqual([['Hamburg'], ['Helsinki']]);
  });

  // placesCompatible takes a country for a building of unknown city, so a
  // meeting "in Japan" absorbs a later one "in Helsinki".
  it('a meeting in a country and one in a city of another country are two events', () => {
    const { graph } = build(article('Two meetings', null, 'Trump met Putin in Japan. Trump also met Putin in Helsinki.'));
    expect(meetingsBetween(graph, ...TRUMP_PUTIN).map((m) => m.venues).sort()).toEqual([['Helsinki'], ['Japan']]);
  });

  it('an invitation to the visit the article reports is that visit', () => {
    const { graph } = build(article('Visit', '20 Jul 2018, 01:22', 'Putin has invited Trump to Moscow. Trump is expected to visit Moscow in the fall.'));
    const visits = meetingsBetween(graph, ...TRUMP_PUTIN);
    expect(visits).toHaveLength(1);
    expect(visits[0]!.venues).toEqual(['Moscow']);
  });
});
