// The time filter (which nodes a time range leaves in the graph) and the
// timeline's marks (spans, lanes, the meetings a selection concerns).
import { describe, expect, it } from 'vitest';
import { MEETING_STATUSES, type KnowledgeGraph } from '../../src/core/schema.ts';
import { visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { markAt, markLayers, meetingsOfSelection, marksOf, placeMarks, POINT_RADIUS, timelineDomain, timelineMarks } from '../../src/view/timeline-marks.ts';
import { ev, fixtureGraph } from '../fixtures/view/graph.ts';

/** The fixture (Helsinki summit on 2018-07-16, an undated visit) with a meeting of 2017 in Moscow and one of "2018-11". */
function graphWithDates(): KnowledgeGraph {
  const g = fixtureGraph();
  g.addNode('moscow', { label: 'Moscow', kind: 'venue', aliases: [], country: 'RU', evidence: [ev('a.txt', 'Kremlin')] });
  g.addNode('talks2017', { label: 'Talks of 2017', kind: 'meeting', aliases: [], type: 'talks', date: '2017', status: 'held', evidence: [ev('a.txt', 'met')] });
  g.addNode('call', { label: 'Phone call', kind: 'meeting', aliases: [], type: 'phone call', date: '2018-11', status: 'planned', evidence: [ev('a.txt', 'met')] });
  g.addEdgeWithKey('t1', 'peskov', 'talks2017', { relation: 'participant', evidence: [ev('a.txt', 'Dmitry Peskov')] });
  g.addEdgeWithKey('t2', 'talks2017', 'moscow', { relation: 'held_at', evidence: [ev('a.txt', 'Kremlin')] });
  g.addEdgeWithKey('t3', 'trump', 'call', { relation: 'participant', evidence: [ev('a.txt', 'Donald Trump')] });
  return g;
}

const ALL: FilterSettings = { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null, hideUnconnected: false };
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('the time filter', () => {
  const graph = graphWithDates();

  it('keeps the meetings of the range and the people, places and edges they involve', () => {
    const v = visibleElements(graph, { ...ALL, timeRange: { from: '2018-01-01', to: '2018-12-31' } });
    expect(sorted(v.nodes)).toEqual(['call', 'helsinki', 'putin', 'summit', 'trump']);
    // Edges between the nodes kept, not only those to the meetings.
    expect(sorted(v.edges)).toEqual(['e1', 'e2', 'e3', 'e4', 't3']);
  });

  it('keeps a month or year that shares a day with the range', () => {
    expect(sorted(visibleElements(graph, { ...ALL, timeRange: { from: '2017-06-01', to: '2017-06-30' } }).nodes)).toEqual(['moscow', 'peskov', 'talks2017']);
    expect(sorted(visibleElements(graph, { ...ALL, timeRange: { from: '2018-11-30', to: '2019-03-01' } }).nodes)).toEqual(['call', 'trump']);
  });

  it('shows no undated meeting, and nothing when no meeting is in the range', () => {
    expect(visibleElements(graph, { ...ALL, timeRange: { from: '2030-01-01', to: '2030-12-31' } }).nodes.size).toBe(0);
    expect(visibleElements(graph, { ...ALL, timeRange: { from: '2018-01-01', to: '2018-12-31' } }).nodes.has('visit')).toBe(false);
  });

  it('goes with the other filters: a meeting of the range hidden by its status involves nothing', () => {
    const v = visibleElements(graph, { ...ALL, statuses: new Set(['held'] as const), timeRange: { from: '2018-01-01', to: '2018-12-31' } });
    expect(sorted(v.nodes)).toEqual(['helsinki', 'putin', 'summit', 'trump']);
  });

  it('keeps a node a search or selection revealed', () => {
    const v = visibleElements(graph, { ...ALL, shownAnyway: new Set(['bolton']), timeRange: { from: '2017-01-01', to: '2017-12-31' } });
    expect(v.nodes.has('bolton')).toBe(true);
    expect(v.nodes.has('trump')).toBe(false);
  });

  it('is no filter when there is no range', () => {
    expect(visibleElements(graph, { ...ALL, timeRange: null }).nodes.size).toBe(visibleElements(graph, ALL).nodes.size);
  });
});

describe('timeline marks', () => {
  const graph = graphWithDates();
  const marks = timelineMarks(graph);

  it('puts the dated meetings in time order at their precision, the undated apart', () => {
    expect(marks.dated.map((m) => [m.id, m.precision])).toEqual([
      ['talks2017', 'year'],
      ['summit', 'day'],
      ['call', 'month'],
    ]);
    expect(marks.undated.map((m) => m.id)).toEqual(['visit']);
    const [from, to] = timelineDomain(marks.dated);
    expect(from).toBeLessThan(Date.UTC(2017, 0, 1));
    expect(to).toBeGreaterThan(Date.UTC(2018, 11, 1));
  });

  it("places a server's meetings (not the graph's) the same way", () => {
    const served = marksOf([
      { id: 'm2', label: 'Later talks', date: '2019-03', status: 'planned' },
      { id: 'm1', label: 'Summit', date: '2018-07-16', status: 'held' },
      { id: 'm3', label: 'Some visit', date: null, status: undefined },
      { id: 'm4', label: 'A call', date: 'not a date', status: 'proposed' },
    ]);
    expect(served.dated.map((m) => [m.id, m.precision])).toEqual([
      ['m1', 'day'],
      ['m2', 'month'],
    ]);
    expect(served.undated.map((m) => m.id)).toEqual(['m4', 'm3']);
  });

  it('stacks marks that would be drawn over one another', () => {
    // A pixel a day: 2017, the summit and the call are far apart and share the first lane.
    const perDay = (t: number) => (t - Date.UTC(2017, 0, 1)) / 86_400_000;
    const placed = placeMarks(marks.dated, perDay, 3);
    expect(placed.map((p) => p.lane)).toEqual([0, 0, 0]);
    const squeezed = placeMarks(marks.dated, (t) => perDay(t) / 100, 3);
    // A hundred days a pixel: 2017 spans 3.65 px (drawn a point wide), the summit is at 5.6 px, the call at 6.8 px: all overlap.
    expect(squeezed.map((p) => p.lane)).toEqual([0, 1, 2]);
    expect(squeezed[0]!.x1 - squeezed[0]!.x0).toBeCloseTo(2 * POINT_RADIUS);
    // Past the lanes there are, a mark goes where the lanes end earliest: never dropped.
    expect(placeMarks(marks.dated, (t) => perDay(t) / 100, 2).map((p) => p.lane)).toEqual([0, 1, 0]);
  });

  it('draws the marks in view as one path per status and state, lit last with a halo', () => {
    const perDay = (t: number) => (t - Date.UTC(2017, 0, 1)) / 86_400_000;
    const placed = placeMarks(marks.dated, perDay, 3);
    const laneY = (lane: number) => 10 + 15 * lane;
    const { layers, halos } = markLayers(placed, 1000, laneY, new Set(['talks2017', 'call']), new Set(['call']));
    expect(layers.map((l) => [l.key, l.count])).toEqual([
      ['dim:held', 1], // the summit, hidden by the filters
      ['shown:held', 1],
      ['lit:planned', 1],
    ]);
    expect(halos).toBe(1);
    // The summit (a day) is a diamond round its day's middle: 561.5 days in.
    expect(layers[0]!.d).toBe('M561.5,4L567.5,10L561.5,16L555.5,10Z');
    // Out of view, not drawn.
    expect(markLayers(placed, 300, laneY, new Set(), new Set()).layers.reduce((n, l) => n + l.count, 0)).toBe(1);
  });

  it('finds the mark under the pointer by its lane and extent', () => {
    const placed = placeMarks(marks.dated, (t) => (t - Date.UTC(2017, 0, 1)) / 86_400_000, 3);
    expect(placed[markAt(placed, 562, 0)]!.mark.id).toBe('summit');
    expect(placed[markAt(placed, 100, 0)]!.mark.id).toBe('talks2017');
    expect(markAt(placed, 562, 1)).toBe(-1);
    expect(markAt(placed, 450, 0)).toBe(-1);
  });

  it('lights the meetings the selection concerns', () => {
    expect(sorted(meetingsOfSelection(graph, { type: 'node', id: 'summit' }))).toEqual(['summit']);
    expect(sorted(meetingsOfSelection(graph, { type: 'node', id: 'trump' }))).toEqual(['call', 'summit']);
    expect(sorted(meetingsOfSelection(graph, { type: 'edge', id: 'e3' }))).toEqual(['summit']);
    expect(meetingsOfSelection(graph, null).size).toBe(0);
  });
});
