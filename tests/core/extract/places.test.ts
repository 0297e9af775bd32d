// Places from geographic data: cities from GeoNames only in a place context,
// countries from world-countries with the gazetteer's hand spellings, buildings
// found from the text placed in their city, and coordinates on venues and countries.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/core/extract/document.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { article, build, edges, meetings, node } from '../../fixtures/core/graph.ts';

const k = loadDefaultKnowledge();

/** The places (venue facts) an article's text names, as "label/country". */
function placesOf(body: string): string[] {
  const x = extractDocument({ id: 'a.txt', text: article('Places', null, body) }, k);
  const keys = new Set(x.mentions.map((m) => m.key));
  return [...keys].map((key) => x.facts.get(key)).filter((f) => f?.kind === 'venue').map((f) => `${f!.label}/${f!.country}`);
}

describe('cities from the city data, in a place context only', () => {
  it.each([
    ['after "in"', 'The ministers talked in Surabaya on Monday.', ['Surabaya/ID']],
    ['after "from"', 'The envoy flew back from Porto after the talks.', ['Porto/PT']],
    ['after "visited"', 'The chancellor visited Kraków last spring.', ['Kraków/PL']],
    ['written without its diacritics', 'The chancellor visited Krakow last spring.', ['Kraków/PL']],
    ['before its country', 'Split, Croatia, will host the forum.', ['Split/HR']],
    ['a common word at the start of a sentence', 'Nice weather greeted the delegates.', []],
    ['a common word in the middle of one', 'The talks were a nice change, and a split decision followed.', []],
    ['a city name that begins a longer name', 'The minister spoke to Florence Nightingale Academy students.', []],
  ])('%s', (_, body, expected) => {
    expect(placesOf(body).filter((p) => !p.startsWith('Places'))).toEqual(expected);
  });

  it('"Nice" after "in" is the French city', () => {
    expect(placesOf('The two leaders met in Nice on Friday.')).toEqual(['Nice/FR']);
  });

  it('a dateline city', () => {
    const x = extractDocument({ id: 'a.txt', text: 'Talks open\nSURABAYA (AP) — Delegates gathered for a second day.' }, k);
    expect(x.mentions.map((m) => x.facts.get(m.key)?.label)).toContain('Surabaya');
  });

  it('a gazetteer place keeps priority over the city data', () => {
    expect(placesOf('Officials arrived in Helsinki on Sunday.')).toEqual(['Helsinki/FI']);
  });
});

describe('buildings found from the text, placed in their city', () => {
  it('"X in <city>": a building lies in the city named beside it', () => {
    const { graph } = build(article('Talks', null, 'Trump met Putin at the Grand Harbour Hotel in Porto on Friday.'));
    const [meeting] = meetings(graph);
    expect(meeting?.venues).toContain('Grand Harbour Hotel');
    expect(node(graph, 'Grand Harbour Hotel').attrs.country).toBe('PT');
    expect(edges(graph, 'located_in').map((e) => `${e.source} > ${e.target}`)).toContain('Grand Harbour Hotel > Porto');
  });

  it('a building named with "of the": "the Great Hall of the Nations"', () => {
    const { graph } = build(article('Talks', null, 'Xi met Putin at the Great Hall of the Nations on Tuesday.'));
    expect(meetings(graph)[0]?.venues).toContain('Great Hall of the Nations');
  });

  it('a building where a dateline names the city lies in that city', () => {
    const { graph } = build('Talks in Surabaya\nSURABAYA: Xi met Putin at the Harbour View Palace here today.');
    expect(meetings(graph)[0]?.venues).toContain('Harbour View Palace');
    expect(edges(graph, 'located_in').map((e) => `${e.source} > ${e.target}`)).toContain('Harbour View Palace > Surabaya');
  });

  it('a building named without a preposition ends in a word for buildings only', () => {
    const x = extractDocument({ id: 'a.txt', text: article('Talks', null, 'Seaside State Guesthouse hosted the talks. Tom Hall said so.') }, k);
    const labels = [...x.facts.values()].map((f) => `${f.kind}:${f.label}`);
    expect(labels).toContain('venue:Seaside State Guesthouse');
    expect(labels).not.toContain('venue:Tom Hall');
  });
});

describe('countries from the country data', () => {
  it('a country the hand list lacks, by name and demonym', () => {
    const x = extractDocument({ id: 'a.txt', text: article('Talks', null, 'The Uruguayan president flew to Paraguay.') }, k);
    expect(x.mentions.map((m) => m.key)).toContain('country:PY');
    expect(k.countryWords.get('uruguayan')).toBe('UY');
  });

  it('hand spellings stay: "the United States", "U.S.", "America"', () => {
    for (const w of ['the united states', 'u.s.', 'america', 'us']) expect(k.countryWords.get(w)).toBe('US');
  });
});

describe('coordinates', () => {
  it('a city venue and its country carry lat and lon', () => {
    const { graph } = build(article('Summit', null, 'Trump met Putin in Porto, Portugal, on Friday.'));
    const porto = node(graph, 'Porto', 'venue').attrs;
    expect(porto.lat).toBeCloseTo(41.15, 1);
    expect(porto.lon).toBeCloseTo(-8.61, 1);
    const portugal = node(graph, 'Portugal', 'country').attrs;
    expect(typeof portugal.lat).toBe('number');
    expect(typeof portugal.lon).toBe('number');
  });

  it('a gazetteer city takes its coordinates from the city data', () => {
    const { graph } = build(article('Summit', null, 'Trump met Putin in Helsinki on July 16, 2018.'));
    expect(node(graph, 'Helsinki', 'venue').attrs.lat).toBeCloseTo(60.17, 1);
  });
});
