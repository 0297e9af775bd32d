// The map's placement and the place filter: where a venue goes (its own
// coordinates, or the place it lies in), which world-atlas shape a country
// node is, and what the graph shows when places are picked.
import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { MEETING_STATUSES, type KnowledgeGraph } from '../../src/core/schema.ts';
import { buildGraph } from '../../src/core/index.ts';
import { framing, mapContent, meetingsByPlace, placeLabels, placePoint, placesInBox, slicePath, statusSlices } from '../../src/app/lib/map-marks.ts';
import { meetingsIn, placeScope } from '../../src/app/lib/map-places.ts';
import { visibleElements, type FilterSettings } from '../../src/app/lib/visibility.ts';
import { DRAWN_KINDS } from '../../src/app/state/filters.svelte.ts';
import { loadWorld, nameKey, shapeCentre, shapeOfCountry, worldProjection } from '../../src/view/map-geo.ts';
import { readCorpus, SEEDS_DIR } from '../fixtures/core/graph.ts';
import { ev, fixtureGraph } from '../fixtures/view/graph.ts';

/** The view fixture with places the map has to deal with. */
function placesGraph(): KnowledgeGraph {
  const g = fixtureGraph();
  g.mergeNodeAttributes('helsinki', { lat: 60.1695, lon: 24.9355 });
  g.mergeNodeAttributes('washington', { lat: 38.8951, lon: -77.0364 });
  g.addNode('white-house', { label: 'White House', kind: 'venue', aliases: [], country: 'US', evidence: [ev('b.txt', 'Washington')] });
  g.addNode('nowhere', { label: 'Camp Nowhere', kind: 'venue', aliases: [], country: null, evidence: [ev('b.txt', 'Washington')] });
  g.addNode('finland', { label: 'Finland', kind: 'country', aliases: [], country: 'FI', lat: 64, lon: 26, evidence: [ev('a.txt', 'Helsinki')] });
  g.addNode('singapore', { label: 'Singapore', kind: 'country', aliases: [], country: 'SG', lat: 1.37, lon: 103.8, evidence: [ev('a.txt', 'Helsinki')] });
  g.addNode('talks', { label: 'White House talks', kind: 'meeting', aliases: [], type: 'talks', date: null, status: 'planned', evidence: [ev('b.txt', 'invite')] });
  g.addEdgeWithKey('w1', 'white-house', 'washington', { relation: 'located_in', evidence: [ev('b.txt', 'Washington')] });
  g.addEdgeWithKey('w2', 'helsinki', 'finland', { relation: 'located_in', evidence: [ev('a.txt', 'Helsinki')] });
  g.addEdgeWithKey('w3', 'talks', 'white-house', { relation: 'held_at', evidence: [ev('b.txt', 'invite')] });
  g.addEdgeWithKey('w4', 'bolton', 'talks', { relation: 'participant', evidence: [ev('b.txt', 'John Bolton')] });
  return g;
}

const ALL: FilterSettings = { kinds: new Set(DRAWN_KINDS), statuses: new Set(MEETING_STATUSES), articles: null };
const world = loadWorld();

describe('where a place goes on the map', () => {
  const g = placesGraph();

  it('puts a venue at its own coordinates, else at those of the place it lies in', () => {
    expect(placePoint(g, 'helsinki')).toEqual({ lat: 60.1695, lon: 24.9355, via: 'helsinki' });
    expect(placePoint(g, 'white-house')).toEqual({ lat: 38.8951, lon: -77.0364, via: 'washington' });
    expect(placePoint(g, 'nowhere')).toBeNull();
  });

  it('makes one mark per point, with its meetings by status, and lists the places it cannot put', () => {
    const content = mapContent(g, { shapeOf: (_id, a) => shapeOfCountry(world, a)?.properties.name });
    const byLabel = new Map(content.marks.map((m) => [m.label, m]));
    // The White House shares Washington's point (one meeting each: by name).
    expect(byLabel.get('Washington, White House')?.meetings.sort()).toEqual(['talks', 'visit']);
    expect(byLabel.get('Washington, White House')?.byStatus).toEqual({ held: 0, planned: 1, proposed: 1 });
    expect(byLabel.get('Helsinki')?.meetings).toEqual(['summit']);
    // Finland is drawn as its shape; Singapore has none at 1:110m, so it gets a mark at its coordinates.
    expect(content.countries.get('finland')).toBe('Finland');
    expect(content.countries.get('russia')).toBe('Russia');
    expect(byLabel.get('Singapore')?.meetings).toEqual([]);
    expect(content.unplaced).toEqual([{ id: 'nowhere', label: 'Camp Nowhere', kind: 'venue', reason: 'no coordinates' }]);
  });

  it('counts only the meetings the other filters let through', () => {
    const content = mapContent(g, { counts: (_id, a) => a.status === 'held' });
    expect(content.marks.find((m) => m.label === 'Washington, White House')?.meetings).toEqual([]);
    expect(content.marks.find((m) => m.label === 'Helsinki')?.meetings).toEqual(['summit']);
  });

  it('projects Helsinki north-east of Washington, inside the view', () => {
    const projection = worldProjection(800, 400);
    const [hx, hy] = projection([24.9355, 60.1695])!;
    const [wx, wy] = projection([-77.0364, 38.8951])!;
    expect(hx).toBeGreaterThan(wx);
    expect(hy).toBeLessThan(wy);
    for (const x of [hx, wx]) expect(x > 0 && x < 800).toBe(true);
    for (const y of [hy, wy]) expect(y > 0 && y < 400).toBe(true);
  });

  it('finds the places whose marks lie in a box', () => {
    const content = mapContent(g);
    const at = (m: { lon: number; lat: number }): [number, number] => [m.lon, -m.lat];
    // Boxes in these "screen" coordinates (y grows southward), drawn either way: around Helsinki, then
    // around northern Europe (Finland, without its shape here, is a mark at its coordinates).
    expect(placesInBox(content.marks, at, [[20, -62], [30, -58]])).toEqual(['helsinki']);
    expect(placesInBox(content.marks, at, [[40, -50], [0, -70]]).sort()).toEqual(['finland', 'helsinki']);
    expect(placesInBox(content.marks, at, [[-10, 10], [10, 20]])).toEqual([]);
  });
});

describe('country nodes and world-atlas shapes', () => {
  it('spells out Natural Earth short names', () => {
    expect(nameKey('Dem. Rep. Congo')).toBe(nameKey('Democratic Republic of the Congo'));
    expect(nameKey('Bosnia and Herz.')).toBe(nameKey('Bosnia and Herzegovina'));
    expect(nameKey("Côte d'Ivoire")).toBe(nameKey("Cote d'Ivoire"));
  });

  it.each([
    [{ label: 'United States', aliases: [], country: 'US' }, 'United States of America'],
    [{ label: 'Russia', aliases: [], country: 'RU' }, 'Russia'],
    [{ label: 'Finland', aliases: [], country: 'FI' }, 'Finland'],
    [{ label: 'Turkey', aliases: [], country: 'TR' }, 'Turkey'],
    [{ label: 'DRC', aliases: [], country: 'CD' }, 'Dem. Rep. Congo'],
    // Without a code, by name.
    [{ label: 'North Korea', aliases: [], country: null }, 'North Korea'],
    [{ label: 'Solomon Islands', aliases: [], country: null }, 'Solomon Is.'],
  ])('%o is the shape %s', (attrs, name) => {
    expect(shapeOfCountry(world, attrs)?.properties.name).toBe(name);
  });

  it('matches every code to the shape with its ISO number, and leaves out only what 1:110m does not draw', () => {
    const numeric = new Map(worldCountries.map((c) => [c.cca2, c.ccn3]));
    const wrong = [...world.byCode].filter(([code, shape]) => shape.id !== undefined && numeric.get(code) !== shape.id);
    expect(wrong).toEqual([]);
    const shapeIds = new Set(world.shapes.map((s) => s.id));
    const missed = [...numeric].filter(([code, ccn3]) => shapeIds.has(ccn3) && !world.byCode.has(code)).map(([code]) => code);
    // French Southern Lands, New Caledonia, Antarctica and the Falklands are not among the 200 countries of data/countries.json.
    expect(missed.sort()).toEqual(['AQ', 'FK', 'NC', 'TF']);
  });

  it("puts a country's mark on its largest piece of land", () => {
    const [lon, lat] = shapeCentre(shapeOfCountry(world, { label: 'United States', aliases: [], country: 'US' })!);
    // The contiguous states, not Alaska.
    expect(lon).toBeGreaterThan(-110);
    expect(lon).toBeLessThan(-85);
    expect(lat).toBeGreaterThan(33);
    expect(lat).toBeLessThan(45);
  });
});

describe('the place filter', () => {
  const g = placesGraph();

  it('finds the meetings held in a place or in a venue within it', () => {
    expect([...meetingsIn(g, new Set(['helsinki']))]).toEqual(['summit']);
    expect([...meetingsIn(g, new Set(['finland']))]).toEqual(['summit']);
    expect([...meetingsIn(g, new Set(['washington']))].sort()).toEqual(['talks', 'visit']);
    expect([...meetingsIn(g, new Set(['white-house']))]).toEqual(['talks']);
    expect([...meetingsIn(g, new Set(['russia']))]).toEqual([]);
    // All places at once, as the list beside the map counts them.
    const byPlace = meetingsByPlace(g);
    for (const place of ['helsinki', 'finland', 'washington', 'white-house', 'russia']) expect([...(byPlace.get(place) ?? [])].sort()).toEqual([...meetingsIn(g, new Set([place]))].sort());
  });

  it('shows the meetings there with their people and places, and the edges among them', () => {
    const v = visibleElements(g, { ...ALL, places: new Set(['finland']) });
    expect([...v.nodes].sort()).toEqual(['finland', 'helsinki', 'putin', 'summit', 'trump']);
    expect([...v.edges].sort()).toEqual(['e1', 'e2', 'e3', 'e4', 'w2']);
    // Asked again with the same set (each filter change asks), the answer is not worked out again.
    const picked = new Set(['finland']);
    expect(placeScope(g, picked)).toBe(placeScope(g, picked));
  });

  it('goes with the other filters: a place filter and held meetings only', () => {
    const v = visibleElements(g, { ...ALL, statuses: new Set(['held'] as const), places: new Set(['washington']) });
    expect([...v.nodes].sort()).toEqual(['bolton', 'putin', 'washington', 'white-house']);
  });

  it('shows everything when no place is picked', () => {
    expect(visibleElements(g, { ...ALL, places: null }).nodes).toEqual(visibleElements(g, ALL).nodes);
  });

  it('reads the seed corpus: Helsinki holds the Helsinki summit, Finland too', () => {
    const seeds = buildGraph(readCorpus(SEEDS_DIR));
    const id = (label: string) => seeds.findNode((_n, a) => a.label === label)!;
    const summit = seeds.findNode((_n, a) => a.kind === 'meeting' && /summit in Helsinki/.test(a.label))!;
    expect([...meetingsIn(seeds, new Set([id('Helsinki')]))]).toEqual([summit]);
    expect([...meetingsIn(seeds, new Set([id('Finland')]))]).toEqual([summit]);
    const content = mapContent(seeds, { shapeOf: (_id, a) => shapeOfCountry(world, a)?.properties.name });
    expect(content.unplaced).toEqual([]);
    expect(content.marks.map((m) => m.label).sort()).toEqual(['Hamburg', 'Helsinki', 'Moscow', 'Washington, White House']);
    // Every country of the seeds has its shape.
    expect(content.countries.size).toBe(seeds.filterNodes((_n, a) => a.kind === 'country').length);
  });
});

describe('drawing the marks', () => {
  it('splits a mark by status, in the schema order', () => {
    expect(statusSlices({ held: 1, planned: 0, proposed: 3 }).map(([s, a, b]) => [s, +a.toFixed(3), +b.toFixed(3)])).toEqual([
      ['held', 0, +(Math.PI / 2).toFixed(3)],
      ['proposed', +(Math.PI / 2).toFixed(3), +(2 * Math.PI).toFixed(3)],
    ]);
    expect(statusSlices({ held: 0, planned: 0, proposed: 0 })).toEqual([]);
  });

  it('draws a whole disc as two half arcs and a slice as a wedge', () => {
    expect(slicePath(5, 0, 2 * Math.PI)).toBe('M0 -5A5 5 0 1 1 0 5A5 5 0 1 1 0 -5Z');
    expect(slicePath(5, 0, Math.PI / 2)).toBe('M0 0L0.00 -5.00A5 5 0 0 1 5.00 -0.00Z');
  });

  it('keeps labels apart: right, else left, else none', () => {
    const sides = placeLabels([
      { key: 'a', x: 100, y: 100, r: 5, text: 'Hamburg' },
      { key: 'b', x: 110, y: 104, r: 5, text: 'Helsinki' },
      { key: 'c', x: 60, y: 100, r: 5, text: 'Moscow' },
      { key: 'd', x: 100, y: 200, r: 5, text: 'Geneva' },
    ]);
    expect(Object.fromEntries(sides)).toEqual({ a: 'right', b: 'left', d: 'right' });
  });

  it('frames a box, never zooming out past the world nor in past the cap', () => {
    expect(framing([[100, 50], [300, 150]], 800, 400, { margin: 0 })).toEqual({ k: 4, x: 400 - 4 * 200, y: 200 - 4 * 100 });
    expect(framing([[0, 0], [800, 400]], 800, 400).k).toBe(1);
  });
});
