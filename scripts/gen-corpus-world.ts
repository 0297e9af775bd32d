// The cast of a synthetic news corpus: countries, their leaders and officials,
// venues, analysts. Well-known leaders and places come from data/gazetteer.json;
// the rest are made from first-name and surname parts, so that a corpus of N
// articles names thousands of distinct people and its graph grows with N.
// Everything is drawn from a seeded generator: the same seed, the same world.
import type { Random } from '../src/core/seeded-random.ts';

export const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

export interface Person {
  name: string;
  /** The name a second mention uses ("Putin", "Kalvoda"). */
  short: string;
  country: Country;
  /** "president", "foreign minister", "political analyst" … */
  role: string;
}

export interface Country {
  code: string;
  name: string;
  demonym: string;
  leaders: Person[];
  officials: Person[];
  cities: string[];
}

export interface World {
  countries: Country[];
  venues: string[];
  analysts: Person[];
  outlets: string[];
  thinkTanks: string[];
}

interface Gazetteer {
  countries: { code: string; name: string; demonyms?: string[] }[];
  people: { name: string; aliases: string[]; kind: string; country: string | null; roles?: string[] }[];
  places: { name: string; kind: string; country: string | null }[];
}

// Surname parts: prefix + suffix gives about a thousand surnames.
const SURNAME_HEADS = ['Kal', 'Mor', 'Vel', 'Bran', 'Dor', 'Hal', 'Lind', 'Mar', 'Nov', 'Ost', 'Pel', 'Rad', 'Sal', 'Tor', 'Ver', 'Wal', 'Zar', 'Bel', 'Cor', 'Fen', 'Gar', 'Hel', 'Kor', 'Lam', 'Mon', 'Nel', 'Par', 'Ros', 'Sten', 'Tam', 'Ul', 'Vos', 'Ash', 'Bur', 'Cal', 'Dan', 'Est', 'Fal', 'Gal', 'Har'];
const SURNAME_TAILS = ['voda', 'enko', 'berg', 'stein', 'ova', 'ini', 'ander', 'sen', 'ström', 'ez', 'opoulos', 'ić', 'escu', 'wood', 'field', 'ton', 'ley', 'mann', 'ard', 'ovich', 'elli', 'ida', 'ura', 'aki', 'ham'];
const LEADER_TITLES = [
  { role: 'president', title: 'President' },
  { role: 'prime minister', title: 'Prime Minister' },
  { role: 'chancellor', title: 'Chancellor' },
] as const;
export const OFFICIAL_ROLES = [
  { role: 'foreign minister', title: 'Foreign Minister' },
  { role: 'defence minister', title: 'Defence Minister' },
  { role: 'spokesman', title: 'spokesman' },
  { role: 'national security adviser', title: 'National Security Adviser' },
  { role: 'ambassador', title: 'Ambassador' },
  { role: 'special envoy', title: 'special envoy' },
  { role: 'chief of staff', title: 'chief of staff' },
] as const;
const VENUE_NAMES = ['Grand', 'Royal', 'Imperial', 'Palace', 'Harbour', 'Lakeside', 'Park', 'Summit', 'Unity', 'Liberty', 'Crown', 'Pearl', 'Riverside', 'Garden', 'Victory', 'Northern', 'Golden', 'Cedar', 'Marble', 'Silver'];
const VENUE_HEADS = ['Hotel', 'Palace', 'Conference Center', 'Hall', 'Castle', 'Residence', 'Villa', 'Manor'];
const OUTLETS = ['Daily Courier', 'Evening Post', 'World Times', 'Morning Herald', 'Global Press', 'National News'];
const THINK_TANKS = ['Institute for Strategic Studies', 'Center for Foreign Policy', 'Council on Global Affairs', 'Institute of International Relations'];

function makeName(rnd: Random, given: readonly string[]): { name: string; short: string } {
  const surname = pick(rnd, SURNAME_HEADS) + pick(rnd, SURNAME_TAILS);
  return { name: `${pick(rnd, given)} ${surname}`, short: surname };
}

/** A world sized for `docs` articles: about one invented person for every article, spread over the countries. */
export function makeWorld(rnd: Random, docs: number, gazetteer: Gazetteer, given: readonly string[]): World {
  const cities = new Map<string, string[]>();
  for (const p of gazetteer.places) if (p.kind === 'city' && p.country) cities.set(p.country, [...(cities.get(p.country) ?? []), p.name]);
  const countries: Country[] = gazetteer.countries
    .filter((c) => c.code !== 'SU' && cities.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, demonym: c.demonyms?.[0] ?? c.name, leaders: [], officials: [], cities: cities.get(c.code)! }));
  const byCode = new Map(countries.map((c) => [c.code, c]));
  // Well-known leaders and officials, as the gazetteer knows them.
  for (const p of gazetteer.people) {
    const country = p.country ? byCode.get(p.country) : undefined;
    if (!country || (p.kind !== 'leader' && p.kind !== 'official')) continue;
    const short = p.aliases.find((a) => !a.includes(' ') && !a.startsWith('@')) ?? p.name.split(' ').at(-1)!;
    const person = { name: p.name, short, country, role: p.kind === 'leader' ? 'president' : 'foreign minister' };
    (p.kind === 'leader' ? country.leaders : country.officials).push(person);
  }
  // Invented people: enough that the graph grows with the corpus.
  const seen = new Set(gazetteer.people.map((p) => p.name));
  const invented = Math.max(60, Math.round(docs * 1.2));
  const analysts: Person[] = [];
  for (let i = 0; i < invented; i++) {
    const { name, short } = makeName(rnd, given);
    if (seen.has(name)) continue;
    seen.add(name);
    const country = pick(rnd, countries);
    const r = rnd();
    if (r < 0.12) country.leaders.push({ name, short, country, role: pick(rnd, LEADER_TITLES).role });
    else if (r < 0.75) country.officials.push({ name, short, country, role: pick(rnd, OFFICIAL_ROLES).role });
    else analysts.push({ name, short, country, role: 'analyst' });
  }
  for (const c of countries) {
    if (c.leaders.length === 0) {
      const { name, short } = makeName(rnd, given);
      c.leaders.push({ name, short, country: c, role: 'president' });
    }
  }
  const venues: string[] = ['White House', 'Oval Office', 'Camp David', 'Élysée Palace', 'Blair House'];
  for (const a of VENUE_NAMES) for (const b of VENUE_HEADS) if (rnd() < 0.5) venues.push(`${a} ${b}`);
  return { countries, venues, analysts, outlets: OUTLETS, thinkTanks: THINK_TANKS };
}

/** The title a role takes before a name ("Foreign Minister", "President"). */
export function titleOf(role: string): string {
  const known = [...LEADER_TITLES, ...OFFICIAL_ROLES].find((r) => r.role === role);
  return known ? known.title.replace(/^\w/, (c) => c.toUpperCase()) : role;
}
