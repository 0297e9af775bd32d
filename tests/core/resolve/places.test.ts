// Where places lie: "Oval Office" < "White House" < "Washington" < US, so that
// mentions at different precision can be one meeting place, and two different
// cities or two rooms cannot.
import { describe, expect, it } from 'vitest';
import type { EntityFacts } from '../../../src/core/extract/context.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { mostSpecific, placeChain, placesCompatible } from '../../../src/core/resolve/places.ts';

const knowledge = loadDefaultKnowledge();
/** Facts as the gazetteer gives them, plus two rooms the gazetteer does not know. */
const extra: EntityFacts[] = [
  { key: 'venue:State Dining Room', label: 'State Dining Room', kind: 'venue', country: null, roles: [], placeKind: 'building' },
  { key: 'venue:East Room', label: 'East Room', kind: 'venue', country: null, roles: [], placeKind: 'building', within: 'venue:White House' },
];
const facts = (key: string): EntityFacts | undefined => {
  const x = extra.find((f) => f.key === key);
  if (x) return x;
  const e = knowledge.entities.get(key);
  return e && { key: e.key, label: e.name, kind: e.kind, country: e.country, roles: e.roles, ...(e.within ? { within: e.within } : {}), ...(e.placeKind ? { placeKind: e.placeKind } : {}) };
};

describe('placeChain', () => {
  it.each([
    ['venue:Oval Office', ['venue:Oval Office', 'venue:White House', 'venue:Washington', 'country:US']],
    ['venue:Anchorage', ['venue:Anchorage', 'venue:Alaska', 'country:US']],
    ['venue:Helsinki', ['venue:Helsinki', 'country:FI']],
    ['country:FI', ['country:FI']],
    ['venue:State Dining Room', ['venue:State Dining Room']],
    ['venue:Nowhere', ['venue:Nowhere']],
  ])('%s', (key, chain) => {
    expect(placeChain(key, facts)).toEqual(chain);
  });
});

describe('mostSpecific', () => {
  it.each([
    [['venue:Washington', 'venue:White House'], 'venue:White House'],
    [['country:US', 'venue:Oval Office', 'venue:Washington'], 'venue:Oval Office'],
    [['venue:Helsinki', 'country:FI'], 'venue:Helsinki'],
    [[], null],
  ])('%j -> %s', (keys, expected) => {
    expect(mostSpecific(keys, facts)).toBe(expected);
  });
});

describe('placesCompatible', () => {
  it.each([
    ['the same place', 'venue:Helsinki', 'venue:Helsinki', true],
    ['a place and nothing', 'venue:Helsinki', null, true],
    ['a room and its city', 'venue:Oval Office', 'venue:Washington', true],
    ['a building and its city', 'venue:White House', 'venue:Washington', true],
    ['a city and its country', 'venue:Helsinki', 'country:FI', true],
    ['a city in a region', 'venue:Anchorage', 'venue:Alaska', true],
    ['a building of unknown city and a city', 'venue:State Dining Room', 'venue:Washington', true],
    ['two cities', 'venue:Helsinki', 'venue:Moscow', false],
    ['a city and another country', 'venue:Helsinki', 'country:US', false],
    ['two buildings of one city', 'venue:White House', 'venue:Blair House', false],
    ['two rooms', 'venue:State Dining Room', 'venue:East Room', false],
    // The gold of dev/09 has the Oval Office meeting apart from the White House visit.
    ['a room and the building around it are told apart', 'venue:Oval Office', 'venue:White House', false],
    ['a building and a city elsewhere', 'venue:White House', 'venue:Moscow', false],
  ])('%s', (_, a, b, expected) => {
    expect(placesCompatible(a, b, facts)).toBe(expected);
    expect(placesCompatible(b, a, facts)).toBe(expected);
  });
});
