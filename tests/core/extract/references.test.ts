// Leaders named by office ("the Russian leader", "his Russian counterpart",
// "the president", @POTUS): the leader takes part in what the sentence tells,
// but the description is not one of the leader's names, and the sentence is
// not evidence of the name (SCHEMA.md: a named node's spans contain a name).
import { describe, expect, it } from 'vitest';
import { article, build, meetings, meetingsBetween, node, spanText } from '../../fixtures/core/graph.ts';

describe('references to a leader by office', () => {
  it.each([
    ['"the Russian leader"', 'Trump met Putin in Helsinki. The Russian leader said the talks were useful.', 'Vladimir Putin', 'The Russian leader said the talks were useful.', 'The Russian leader'],
    ['"his Russian counterpart"', 'Trump met Putin in Helsinki. Trump later praised his Russian counterpart for the talks.', 'Vladimir Putin', 'Trump later praised his Russian counterpart for the talks.', 'his Russian counterpart'],
    ['"@POTUS"', 'Trump met Putin in Helsinki. @POTUS called it a success.', 'Donald Trump', '@POTUS called it a success.', '@POTUS'],
    ['"the president", when one person in the article holds that office', 'President Joe Biden welcomed Modi. Modi was received by the president at the White House.', 'Joe Biden', 'Modi was received by the president at the White House.', 'the president'],
  ])('%s', (_, body, leader, sentence, surface) => {
    const { graph, docs } = build(article('Office', null, body));
    const { attrs } = node(graph, leader);
    expect(attrs.aliases).not.toContain(surface);
    expect(attrs.evidence.find((ev) => spanText(docs, ev) === sentence), `"${sentence}" cited for ${leader}'s name`).toBeUndefined();
    for (const ev of attrs.evidence) expect(spanText(docs, ev).toLowerCase()).toMatch(new RegExp([attrs.label, ...attrs.aliases].map((a) => a.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  });

  it('makes "the president" a participant of the meeting the sentence tells', () => {
    const { graph } = build(article('Office', null, 'President Joe Biden welcomed Modi. Modi was received by the president at the White House.'));
    const found = meetings(graph).filter((m) => m.venues.includes('White House'));
    expect(found.map((m) => m.participants.sort())).toEqual([['Joe Biden', 'Narendra Modi']]);
  });

  it('does not resolve "the Russian leader" when the article names no Russian leader', () => {
    const { graph } = build(article('Office', null, 'Trump met Merkel in Hamburg. The Russian leader was not there.'));
    expect(graph.someNode((_, a) => a.label === 'Vladimir Putin')).toBe(false);
  });

  it('makes "he and the Russian leader agreed to meet" a meeting of the two', () => {
    const { graph } = build(article('Call', '12 Feb 2025, 10:00', 'Trump spoke with Russian President Vladimir Putin by phone. Later, Trump said he and the Russian leader agreed to meet in Saudi Arabia.'));
    const found = meetings(graph).filter((m) => m.type !== 'phone call');
    expect(found).toHaveLength(1);
    expect(found[0]!.participants).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});

describe('offices and counterparts', () => {
  it('takes a counterpart named in apposition as that person, not the country\'s leader', () => {
    const { graph } = build(article('Talks', null, 'Antony Blinken met his Chinese counterpart, Foreign Minister Wu Tao, in Beijing. Xi Jinping was away.'));
    const found = meetings(graph);
    expect(found.map((m) => m.participants.sort())).toEqual([['Antony Blinken', 'Wu Tao']]);
  });

  it('resolves an office written as a title ("the Secretary") to its one holder', () => {
    const { graph } = build(article('Talks', null, 'US Secretary of State Antony Blinken arrived in Paris. "The Secretary met Foreign Minister Jean Moreau on Monday," a spokesman said.'));
    expect(meetingsBetween(graph, 'Antony Blinken', 'Jean Moreau')).toHaveLength(1);
  });

  it('reads a family name written first ("Wu" for Wu Tao)', () => {
    const { graph } = build(article('Talks', null, 'China\'s Foreign Minister Wu Tao spoke. Later Wu met Antony Blinken in Beijing.'));
    expect(meetingsBetween(graph, 'Wu Tao', 'Antony Blinken')).toHaveLength(1);
  });

  it('takes "their talks" as those of the two sides the sentence names', () => {
    const { graph } = build(article('Talks', null, 'Antony Blinken invited Foreign Minister Wu Tao of China to Washington after their talks in Beijing.'));
    const talks = meetings(graph).filter((m) => m.type === 'talks');
    expect(talks[0]).toMatchObject({ participants: expect.arrayContaining(['Antony Blinken', 'Wu Tao']), venues: ['Beijing'] });
  });
});

describe('the king', () => {
  it('is the one monarch the gazetteer knows of the country the article names, and not the name after an opening clause', () => {
    const { graph } = build(article('Visit', null, 'Joe Biden arrived in Saudi Arabia. After meeting the king, Biden and his team began a working session with King Salman.'));
    expect(node(graph, 'Joe Biden').attrs.roles).not.toContain('king');
    expect(meetingsBetween(graph, 'Joe Biden', 'Salman bin Abdulaziz Al Saud').length).toBeGreaterThanOrEqual(1);
  });
});
