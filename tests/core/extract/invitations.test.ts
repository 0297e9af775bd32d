// Invitations: an invited edge from inviter to invitee, and the visit it
// proposes as a meeting node in which both take part, at its venue.
import { describe, expect, it } from 'vitest';
import { article, build, edges, meetings, node } from '../../fixtures/core/graph.ts';

describe('"Putin has invited Trump for an official state visit to Moscow."', () => {
  const { graph } = build(article('Putin invites Trump', '20 Jul 2018, 01:22',
    'Putin has invited Trump for an official state visit to Moscow. The Kremlin did not say when.'));

  it('gives an invited edge from Putin to Trump', () => {
    expect(edges(graph, 'invited').map((e) => [e.source, e.target])).toEqual([['Vladimir Putin', 'Donald Trump']]);
  });

  it('gives a proposed visit to Moscow in which both take part', () => {
    const found = meetings(graph);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'visit', status: 'proposed', participants: ['Donald Trump', 'Vladimir Putin'], venues: ['Moscow'] });
  });

  it('names the proposed visit on the invited edge', () => {
    const [invited] = edges(graph, 'invited');
    expect(invited!.meeting).toBe(meetings(graph)[0]!.key);
  });

  it('has Moscow as a venue node', () => {
    expect(node(graph, 'Moscow').attrs.kind).toBe('venue');
  });
});

describe('who invites', () => {
  it.each([
    ['"X asked Y to invite Z to Washington": X invites, not the messenger',
      'Trump asked Bolton to invite Putin to Washington in the fall.', [['Donald Trump', 'Vladimir Putin']], 'Washington'],
    ['"X has asked <role> Y to invite <role> Z" (seed 004)',
      'White House spokesperson Sarah Sanders said Thursday that President Donald Trump has asked National Security Advisor John Bolton to invite Russian President Vladimir Putin to Washington in autumn this year.',
      [['Donald Trump', 'Vladimir Putin']], 'Washington'],
    ['"Putin accepted Modi’s invitation to visit New Delhi": Modi invites Putin',
      'Putin accepted Modi’s invitation to visit New Delhi.', [['Narendra Modi', 'Vladimir Putin']], 'New Delhi'],
  ])('%s', (_, body, pairs, venue) => {
    const { graph } = build(article('Invitation', '20 Jul 2018, 01:22', body));
    expect(edges(graph, 'invited').map((e) => [e.source, e.target])).toEqual(pairs);
    const visit = meetings(graph).find((m) => m.key === edges(graph, 'invited')[0]!.meeting);
    expect(visit?.venues).toContain(venue);
    expect(visit?.status).toBe('proposed');
  });

  it('"mutual invitations": each invites the other', () => {
    const { graph } = build(article('Mutual', null, 'Trump and Putin extended mutual invitations to visit each other’s countries.'));
    const pairs = edges(graph, 'invited').map((e) => `${e.source} -> ${e.target}`).sort();
    expect(pairs).toEqual(['Donald Trump -> Vladimir Putin', 'Vladimir Putin -> Donald Trump']);
  });

  it('"did not invite": no invitation', () => {
    const { graph } = build(article('No', null, 'Trump did not invite Putin to Washington.'));
    expect(edges(graph, 'invited')).toEqual([]);
    expect(meetings(graph)).toEqual([]);
  });

  it('dates the proposed visit from the words after the invitation', () => {
    const { graph } = build(article('Fall', '20 Jul 2018, 01:22', 'Trump asked Bolton to invite Putin to Washington in the fall.'));
    expect(meetings(graph)[0]!.date).toBe('2018');
  });
});

describe('the usual forms of an invitation', () => {
  const PUBLISHED = '14 Mar 2024, 09:00';
  it.each([
    ['"invited X to visit Z"', 'Olaf Scholz invited Narendra Modi to visit Berlin.', ['Olaf Scholz', 'Narendra Modi'], 'Berlin'],
    ['"extended an invitation to X"', 'Emmanuel Macron extended an invitation to Justin Trudeau to visit Paris.', ['Emmanuel Macron', 'Justin Trudeau'], 'Paris'],
    ['"Y accepted an invitation from X"', 'Fumio Kishida accepted an invitation from Joe Biden to visit Washington.', ['Joe Biden', 'Fumio Kishida'], 'Washington'],
    ['"Y accepted his invitation" (his: the other person)', 'Xi Jinping said Keir Starmer had accepted his invitation to visit Beijing.', ['Xi Jinping', 'Keir Starmer'], 'Beijing'],
    ['"at the invitation of X"', 'Narendra Modi will visit Tokyo at the invitation of Fumio Kishida.', ['Fumio Kishida', 'Narendra Modi'], null],
    ['"X invites Y to the White House"', 'Joe Biden invites Giorgia Meloni to the White House.', ['Joe Biden', 'Giorgia Meloni'], 'White House'],
    ['"handed over a letter of invitation"', 'Vladimir Putin handed over a letter of invitation to Narendra Modi.', ['Vladimir Putin', 'Narendra Modi'], null],
  ])('%s', (_, body, [inviter, invitee], venue) => {
    const { graph } = build(article('An invitation', PUBLISHED, body));
    expect(edges(graph, 'invited').map((e) => [e.source, e.target])).toEqual([[inviter, invitee]]);
    const visit = meetings(graph).find((m) => m.participants.includes(inviter!) && m.participants.includes(invitee!));
    expect(visit, JSON.stringify(meetings(graph))).toBeDefined();
    if (venue) expect(visit!.venues).toContain(venue);
  });
});
