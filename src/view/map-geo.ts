// The world the map draws: Natural Earth's country shapes (world-atlas,
// 1:110m, bundled with the map's chunk: nothing is fetched), which shape a
// country node is, and where on a shape its mark goes. Loaded with the map
// only (a dynamic import), never in the first bundle.
import { geoArea, geoCentroid, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import countryData from '../../data/countries.json';
import type { NodeAttributes } from '../core/schema.ts';

export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }>;

export interface World {
  shapes: CountryShape[];
  /** The shape of each ISO alpha-2 code that has one. */
  byCode: ReadonlyMap<string, CountryShape>;
  /** Shapes by folded name (see nameKey). */
  byName: ReadonlyMap<string, CountryShape>;
}

// Natural Earth shortens long names ("Dem. Rep. Congo", "Solomon Is.").
const SHORT_WORDS: Readonly<Record<string, string>> = { 'dem.': 'democratic', 'rep.': 'republic', 'is.': 'islands', 'eq.': 'equatorial', 'fr.': 'french', 's.': 'south', 'n.': 'north', 'w.': 'western', 'herz.': 'herzegovina' };
// The one shape whose name none of the country data's spellings has (it says "Türkiye", "Republic of Turkey").
const SHAPE_CODES: Readonly<Record<string, string>> = { turkey: 'TR' };
const FILLER = new Set(['of', 'the', 'and']);

/** A name as the matching reads it: lower case, no diacritics, short words spelt out, "of", "the" and "and" left out. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => SHORT_WORDS[w] ?? w)
    .map((w) => w.replace(/[^a-z]/g, ''))
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/** The country shapes, indexed by name and by the ISO codes the country data spells them with. */
export function loadWorld(): World {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const shapes = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
  const byName = new Map<string, CountryShape>();
  for (const shape of shapes) byName.set(nameKey(shape.properties.name), shape);
  const byCode = new Map<string, CountryShape>();
  for (const country of countryData.countries) {
    const shape = [country.name, ...country.aliases].map((n) => byName.get(nameKey(n))).find((s) => s !== undefined);
    if (shape) byCode.set(country.code, shape);
  }
  for (const [name, code] of Object.entries(SHAPE_CODES)) {
    const shape = byName.get(name);
    if (shape && !byCode.has(code)) byCode.set(code, shape);
  }
  return { shapes, byCode, byName };
}

/** The shape a country node stands for: by its ISO code, else by its name or one of its spellings. */
export function shapeOfCountry(world: World, attrs: Pick<NodeAttributes, 'label' | 'aliases' | 'country'>): CountryShape | undefined {
  const byCode = attrs.country ? world.byCode.get(attrs.country) : undefined;
  return byCode ?? [attrs.label, ...attrs.aliases].map((n) => world.byName.get(nameKey(n))).find((s) => s !== undefined);
}

/**
 * Where a country's mark goes: the centre of its largest piece of land, so
 * that the United States' is not pulled north by Alaska, nor France's into
 * the Atlantic by French Guiana. [lon, lat].
 */
export function shapeCentre(shape: CountryShape): [number, number] {
  const g = shape.geometry;
  if (g.type === 'Polygon') return geoCentroid(shape);
  const pieces = g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const largest = pieces.reduce((best, p) => (geoArea(p) > geoArea(best) ? p : best));
  return geoCentroid(largest);
}

/** The whole world fitted into a width × height box, with a margin. */
export function worldProjection(width: number, height: number, margin = 8): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [margin, margin],
      [Math.max(margin + 1, width - margin), Math.max(margin + 1, height - margin)],
    ],
    { type: 'Sphere' },
  );
}
