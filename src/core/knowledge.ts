// Knowledge the extractor reasons with: the gazetteer of widely known entities
// and the lexicon of role words, triggers and cues. Both live in data/ as JSON;
// this module types them and compiles them into lookup tables once.
import gazetteerJson from '../../data/gazetteer.json';
import lexiconJson from '../../data/lexicon.json';
import givenNamesJson from '../../data/given-names.json';
import type { MeetingType, PersonKind } from './schema.ts';

export interface GazetteerPerson { name: string; aliases: string[]; kind: PersonKind; country: string | null; roles: string[] }
export interface GazetteerPlace { name: string; aliases: string[]; kind: string; country: string | null; within?: string }
export interface GazetteerOrganization { name: string; aliases: string[]; country: string | null; within?: string }
export interface GazetteerCountry { code: string; name: string; aliases: string[]; demonyms: string[] }
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
  /** countries (ISO codes) whose names are written family name first */
  familyNameFirst: string[];
}

export interface KnowledgeSource { gazetteer: Gazetteer; lexicon: Lexicon; givenNames: string[] }

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
  givenNames: Set<string>;
  roleKinds: Map<string, PersonKind>;
  maxRoleTokens: number;
  sets: {
    honorifics: Set<string>; serving: Set<string>; former: Set<string>; speech: Set<string>; credit: Set<string>;
    negations: Set<string>; newEvent: Set<string>; invite: Set<string>; ask: Set<string>; multilateral: Set<string>;
    venueHeads: Set<string>; orgHeads: Set<string>; connectors: Set<string>; notNames: Set<string>;
    explicitBilateral: Set<string>; callNeedsObject: Set<string>; leaderDescriptions: Set<string>;
    proposed: Set<string>; planned: Set<string>; held: Set<string>; locative: Set<string>; genericPlurals: Set<string>; needsWith: Set<string>; needsGuest: Set<string>;
  };
  triggers: Map<string, MeetingType>;
}

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

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

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
  for (const c of gazetteer.countries) {
    const e: KnownEntity = { key: `country:${c.code}`, name: c.name, kind: 'country', country: c.code, roles: [], aliases: c.aliases };
    countryByCode.set(c.code, e);
    for (const w of [...c.aliases, ...c.demonyms, c.name]) countryWords.set(aliasKey(w), c.code);
  }
  for (const p of gazetteer.people) add({ key: `person:${p.name}`, name: p.name, kind: p.kind, country: p.country, roles: p.roles, aliases: p.aliases });
  for (const p of gazetteer.places) add({ key: `venue:${p.name}`, name: p.name, kind: 'venue', placeKind: p.kind, country: p.country, roles: [], aliases: p.aliases, ...(p.within ? { within: `venue:${p.within}` } : {}) });
  for (const o of gazetteer.organizations) add({ key: `org:${o.name}`, name: o.name, kind: 'organization', country: o.country, roles: [], aliases: o.aliases, ...(o.within ? { within: `venue:${o.within}` } : {}) });
  // Countries last: a person or place alias ("Georgia", "Jordan") keeps its entry.
  for (const c of countryByCode.values()) add(c);

  const roleKinds = new Map<string, PersonKind>();
  for (const kind of ['person', 'official', 'leader'] as const) for (const r of lexicon.roles[kind]) roleKinds.set(aliasKey(r), kind);
  const triggers = new Map<string, MeetingType>();
  for (const [type, words] of Object.entries(lexicon.meetingTriggers) as [MeetingType, string[]][]) for (const w of words) triggers.set(w.toLowerCase(), type);

  const maxTokens = (keys: Iterable<string>) => Math.max(1, ...[...keys].map((k) => k.split(' ').length));
  return {
    lexicon,
    aliases,
    maxAliasTokens: maxTokens(aliases.keys()),
    aliasPrefixes: new Set([...aliases.keys()].flatMap((k) => k.split(' ').slice(0, -1).map((_, i, words) => words.slice(0, i + 1).join(' ')))),
    entities,
    countryWords,
    countryByCode,
    givenNames: new Set(source.givenNames),
    roleKinds,
    maxRoleTokens: maxTokens(roleKinds.keys()),
    sets: {
      honorifics: lower(lexicon.honorifics), serving: lower(lexicon.servingRoles), former: lower(lexicon.formerMarkers),
      speech: lower(lexicon.speechVerbs), credit: lower(lexicon.creditMarkers), negations: lower(lexicon.negations),
      newEvent: lower(lexicon.newEventCues), invite: lower(lexicon.inviteVerbs), ask: lower(lexicon.askVerbs),
      multilateral: lower(lexicon.multilateralOrgs), venueHeads: lower(lexicon.venueHeads), orgHeads: lower(lexicon.orgHeads),
      connectors: lower(lexicon.nameConnectors), notNames: lower(lexicon.notNames),
      explicitBilateral: lower(lexicon.explicitBilateral), callNeedsObject: lower(lexicon.callNeedsObject),
      leaderDescriptions: lower(lexicon.leaderDescriptions),
      proposed: lower(lexicon.statusCues.proposed), planned: lower(lexicon.statusCues.planned), held: lower(lexicon.statusCues.held),
      locative: lower(lexicon.locativePrepositions), genericPlurals: lower(lexicon.genericPlurals),
      needsWith: lower(lexicon.needsWith), needsGuest: lower(lexicon.needsGuest),
    },
    triggers,
  };
}

let defaultKnowledge: Knowledge | undefined;
/** The knowledge in data/, compiled once. */
export function loadDefaultKnowledge(): Knowledge {
  defaultKnowledge ??= compileKnowledge({
    gazetteer: gazetteerJson as Gazetteer,
    lexicon: lexiconJson as unknown as Lexicon,
    givenNames: givenNamesJson as string[],
  });
  return defaultKnowledge;
}
