// References to a leader by office rather than name: "the Russian leader",
// "his Russian counterpart", "the US president", and handles such as @POTUS.
// Each is resolved to the article's most mentioned leader of that country,
// since an article speaks of one sitting president per country.
import { type Knowledge, Word } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import { isPossessive } from './context.ts';
import type { Mention } from './mentions.ts';

export interface PersonFacts {
  kind: string | null;
  country: string | null;
  roles: string[];
}

/** Mentions per key, for "the most mentioned leader of a country". */
function leaderOf(country: string, mentions: Mention[], facts: (key: string) => PersonFacts | undefined, office?: string): string | null {
  const counts = new Map<string, number>();
  // "the Saudi king" beside "the Saudi crown prince": the leader who holds that office, when one does.
  const holds = office ? new RegExp(`\\b${office}\\b`, 'i') : null;
  const holders = holds ? mentions.filter((m) => facts(m.key)?.country === country && facts(m.key)?.roles.some((r) => holds.test(r))) : [];
  for (const m of holders.length ? holders : mentions) {
    const f = facts(m.key);
    if (f?.kind === 'leader' && f.country === country) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of counts) if (n > most) { best = key; most = n; }
  return best;
}

/** The `len` words after token `at`, lower case and joined by spaces, if its sentence holds them. */
function phraseAfter(tokens: Token[], at: number, len: number): string | null {
  if (at + len >= tokens.length) return null;
  let phrase = '';
  for (let j = at + 1; j <= at + len; j++) {
    if (tokens[j]!.sentence !== tokens[at]!.sentence) return null;
    phrase = j === at + 1 ? tokens[j]!.lower : `${phrase} ${tokens[j]!.lower}`;
  }
  return phrase;
}

/** "the Russian leader", "his Russian counterpart" */
const OFFICE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);

export function resolveOfficeReferences(
  tokens: Token[], text: string, mentions: Mention[], taken: boolean[], knowledge: Knowledge,
  facts: (key: string) => PersonFacts | undefined,
): Mention[] {
  const out: Mention[] = [];
  const k = knowledge;
  const mentionAt = new Array<boolean>(tokens.length + 1).fill(false);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt[i] = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let found: Mention | null = null;
    if (t.text.startsWith('@') && k.lexicon.roleHandles[t.lower] && !mentionAt[i]) found = handleReference(tokens, i, mentions, k, facts);
    else if (t.lower === 'the' && !mentionAt[i + 1]) found = officeReference(tokens, text, i, mentions, k, facts);
    else if (t.cap && t.word & Word.country) found = countryLeaderReference(tokens, text, i, mentions, mentionAt, k, facts);
    if (found) out.push(found);
    else if (t.lower === 'the' && !mentionAt[i + 1]) out.push(...leadersOfCountries(tokens, text, i, mentions, k, facts));
  }
  return out;
}

/** @POTUS and other office handles: the article's leader of that country, or its holder of that role. */
function handleReference(tokens: Token[], i: number, mentions: Mention[], k: Knowledge, facts: (key: string) => PersonFacts | undefined): Mention | null {
  const t = tokens[i]!;
  const office = k.lexicon.roleHandles[t.lower]!;
  let key: string | null = null;
  if (office.kind === 'leader') key = leaderOf(office.country, mentions, facts);
  else if (office.role) {
    const role = office.role;
    key = mentions.find((m) => facts(m.key)?.country === office.country && facts(m.key)?.roles.some((r) => r.toLowerCase().includes(role)))?.key ?? null;
  }
  return key ? { key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text, descriptive: true } : null;
}

/** "the president", "the First Lady" (token `i` is "the"): the one person of the article who holds that office. */
function officeReference(tokens: Token[], text: string, i: number, mentions: Mention[], k: Knowledge, facts: (key: string) => PersonFacts | undefined): Mention | null {
  const t = tokens[i]!;
  for (let len = 2; len >= 1; len--) {
    const office = phraseAfter(tokens, i, len);
    // "the president", "the First Lady"; and an office written as a title, "the Secretary", "the Ambassador".
    const title = len === 1 && tokens[i + 1]?.cap === true && k.roleKinds.get(office ?? '') === 'official';
    if (office === null || !(k.sets.leaderDescriptions.has(office) || office === 'first lady' || title)) continue;
    const next = tokens[i + 1 + len];
    if (next && (next.cap || isPossessive(next) || next.lower === 'of')) return null; // "the president of X", "the president's"
    const holds = new RegExp(`\\b${office}\\b`, 'i');
    let holders = new Set(mentions.filter((m) => m.start < t.start && facts(m.key)?.roles.some((r) => holds.test(r))).map((m) => m.key));
    // Two holders: the one whose first role it is ("Secretary of State", not a "Secretary and State Councilor" read from a list).
    if (holders.size > 1) holders = new Set([...holders].filter((key) => holds.test(facts(key)?.roles[0] ?? '')));
    // "the king" of an article about Saudi Arabia that names him nowhere: the one monarch the gazetteer knows of a country it names.
    if (holders.size === 0 && MONARCHS.has(office)) holders = monarchOf(office, mentions, k);
    if (holders.size !== 1) return null;
    const last = tokens[i + len]!;
    return { key: [...holders][0]!, tokenStart: i, tokenEnd: i + 1 + len, start: t.start, end: last.end, sentence: t.sentence, surface: text.slice(t.start, last.end), descriptive: true };
  }
  return null;
}

/** Is a name given within the apposition that starts at token `from` (", China's State Councilor Qin Gang,")? */
function appositionNamed(tokens: Token[], from: number, mentionAt: boolean[]): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 10) && tokens[j]!.sentence === tokens[from - 1]!.sentence; j++) {
    if (mentionAt[j]) return true;
    if (APPOSITION_END.has(tokens[j]!.text) || tokens[j]!.pos === 'VERB') return false;
  }
  return false;
}
const APPOSITION_END = new Set([',', '.', ';', ':', '"', '“', '”']);

/** "leaders", "prime ministers": the plural of a leader description */
const PLURAL = /s$/;

/**
 * "the prime ministers of Malaysia and Singapore" (token `i` is "the"): each country's leader in the
 * article, a mention of them on the country's name.
 */
function leadersOfCountries(tokens: Token[], text: string, i: number, mentions: Mention[], k: Knowledge, facts: (key: string) => PersonFacts | undefined): Mention[] {
  let of = -1;
  for (let len = 1; len <= 2; len++) {
    // "of" after the office first: this runs at every "the", and most are followed by no "of" there.
    if (tokens[i + len + 1]?.lower !== 'of') continue;
    const office = phraseAfter(tokens, i, len);
    if (office !== null && PLURAL.test(office) && k.sets.leaderDescriptions.has(office.replace(PLURAL, ''))) { of = i + len + 1; break; }
  }
  if (of < 0) return [];
  const out: Mention[] = [];
  for (let j = of + 1; j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence; j++) {
    const t = tokens[j]!;
    const country = t.word & Word.country ? k.countryWords.get(t.lower) : undefined;
    if (country) {
      const key = leaderOf(country, mentions, facts);
      // The first leader's mention holds the office words too: "the prime ministers of Malaysia".
      const first = out.length === 0 ? tokens[i]! : t;
      if (key) out.push({ key, tokenStart: out.length === 0 ? i : j, tokenEnd: j + 1, start: first.start, end: t.end, sentence: t.sentence, surface: text.slice(first.start, t.end), descriptive: true });
    } else if (!(t.text === ',' || t.lower === 'and' || t.lower === 'the')) break;
  }
  return out;
}

const MONARCHS = new Set(['king', 'queen', 'emir', 'sultan']);

/** The one gazetteer leader whose first role is that office, of a country the article names. */
function monarchOf(office: string, mentions: Mention[], k: Knowledge): Set<string> {
  const named = new Set(mentions.map((m) => k.entities.get(m.key)).filter((e) => e?.kind === 'country').map((e) => e!.country));
  const holds = new RegExp(`^${office}\\b`, 'i');
  const found = [...k.entities.values()].filter((e) => e.kind === 'leader' && named.has(e.country) && holds.test(e.roles[0] ?? ''));
  return new Set(found.length === 1 ? [found[0]!.key] : []);
}

/** "the Russian leader", "his Russian counterpart", "the U.S. president" (token `i` is the country word): that country's leader in the article. */
function countryLeaderReference(
  tokens: Token[], text: string, i: number, mentions: Mention[], mentionAt: boolean[], k: Knowledge,
  facts: (key: string) => PersonFacts | undefined,
): Mention | null {
  const t = tokens[i]!;
  const country = k.countryWords.get(t.lower);
  if (!country) return null;
  const det = tokens[i - 1]?.lower ?? '';
  if (!OFFICE_DETERMINERS.has(det)) return null;
  let n = 0;
  let office = '';
  for (let len = 2; len >= 1; len--) {
    const description = phraseAfter(tokens, i, len);
    if (description !== null && k.sets.leaderDescriptions.has(description)) { n = len; office = description; break; }
  }
  if (!n) return null;
  const end = i + 1 + n;
  const next = tokens[end];
  if (next && (mentionAt[end] || (next.cap && !isPossessive(next) && next.pos === 'PROPN'))) return null; // a name follows: the name is the mention
  // "his Chinese counterpart, China's Foreign Minister Qin Gang": the name in apposition is the mention.
  if (next?.text === ',' && appositionNamed(tokens, end + 1, mentionAt)) return null;
  // "his counterpart" is a leader only as a leader's: a minister's counterpart is a minister.
  if (office === 'counterpart') {
    const before = [...mentions].reverse().find((m) => m.sentence === t.sentence && m.tokenEnd <= i);
    if (!before || facts(before.key)?.kind !== 'leader') return null;
  }
  const key = leaderOf(country, mentions, facts, office);
  if (!key) return null;
  const last = tokens[end - 1]!;
  return { key, tokenStart: i - 1, tokenEnd: end, start: tokens[i - 1]!.start, end: last.end, sentence: t.sentence, surface: text.slice(tokens[i - 1]!.start, last.end), descriptive: true };
}
