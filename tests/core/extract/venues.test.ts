// Venues: places where a meeting is held, whether the gazetteer knows them
// ("Helsinki", "White House") or the text names them ("the State Dining Room").
import { describe, expect, it } from 'vitest';
import { article, build, findNode, meetings, node } from '../../fixtures/core/graph.ts';

describe('venues found from the text', () => {
  it.each([
    ['a room of a known building', 'Trump hosted Netanyahu for dinner in the State Dining Room of the White House on Tuesday.', 'State Dining Room'],
    ['a hyphenated base', 'Trump will meet Putin at Joint Base Elmendorf-Richardson in Anchorage on Friday.', 'Joint Base Elmendorf-Richardson'],
  ])('%s', (_, body, venue) => {
    const { graph } = build(article('Venue', null, body));
    expect(node(graph, venue).attrs.kind).toBe('venue');
    const [meeting] = meetings(graph);
    expect(meeting?.venues).toContain(venue);
  });
});

describe('places that are venues only where a meeting is', () => {
  it('a city named without a meeting there is not a venue node', () => {
    const { graph } = build(article('Speech', null, 'Putin spoke in Moscow about the economy. Sochi is warm in winter.'));
    expect(findNode(graph, 'Moscow')).toBeUndefined();
    expect(findNode(graph, 'Sochi')).toBeUndefined();
    expect(meetings(graph)).toEqual([]);
  });

  it('the place of the meeting is a venue, another place in the sentence is not its venue', () => {
    const { graph } = build(article('Talks', null, 'Trump, back from Moscow, met Putin in Helsinki.'));
    const [meeting] = meetings(graph);
    expect(meeting?.venues).toContain('Helsinki');
    expect(meeting?.venues).not.toContain('Moscow');
  });

  it('"U.S. media" is not a place where something happens', () => {
    const { graph } = build(article('Media', null, 'Trump lashed out at U.S. media after he met Putin in Helsinki.'));
    expect(meetings(graph).map((m) => m.venues)).toEqual([['Helsinki']]);
  });

  it('a venue lies in its country: "Helsinki, Finland" gives a located_in edge', () => {
    const { graph } = build(article('Summit', null, 'Trump met Putin in Helsinki, Finland, on July 16, 2018.'));
    const located = graph.filterEdges((_, a) => a.relation === 'located_in').map((e) => [graph.getSourceAttribute(e, 'label'), graph.getTargetAttribute(e, 'label')]);
    expect(located).toContainEqual(['Helsinki', 'Finland']);
  });
});
