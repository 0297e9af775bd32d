// Role phrases around a name: "Kremlin spokesman Dmitry Peskov",
// "Trump's press secretary Sarah Sanders", "Steven Pifer, a former US ambassador
// to Ukraine". A phrase gives the person's role and kind, their country (from a
// demonym or country before the role) and whom they serve (a person or
// organization named in it, or the office a possessive names).
import { type Knowledge, Word } from '../knowledge.ts';
import { type PersonKind, moreSenior } from '../schema.ts';
import type { Token } from '../text/segment.ts';
import { isPossessive } from './context.ts';
import type { Mention } from './mentions.ts';

export interface RolePhrase {
  /** the role as written, e.g. "press secretary", "Director of the CIA" */
  role: string;
  /** null when the phrase is only an honorific ("Mr.") */
  kind: PersonKind | null;
  country: string | null;
  /** entity key of the person or organization served */
  principal: string | null;
  /** "the US President's envoy": the principal is the leader of this country */
  principalLeaderOf: string | null;
  former: boolean;
  serving: boolean;
  tokenStart: number;
  tokenEnd: number;
}

const LINKS = new Set(['of', 'the', 'and', '&', "'s", '’s', '-', 'senior', 'top', 'acting', 'chief', 'deputy', 'interim', 'new', 'longtime', 'then', 'former', 'ex', 'current', 'outgoing', 'incoming', 'a', 'an', 'his', 'her', 'their', 'its', 'for', 'on', 'to']);

/** "adviser to X", "envoy for X", "spokesman of X": a link word right before a name makes it the principal. */
const NAME_AFTER_LINK = new Set(['to', 'for', 'of']);
/** Punctuation that ends an apposition. */
const APPOSITION_END = new Set([',', ';', ':', '.', '!', '?', '"', '“', '”', '—', '–']);
/** A word of letters, stops, apostrophes and hyphens ("Al-Sisi", "U.S."). */
const PLAIN_WORD = /^\p{L}[\p{L}.'’-]*$/u;
const ARTICLES = new Set(['a', 'an', 'the']);
/** Links that join two roles ("Ambassador and Special Envoy", "Director of the CIA") */
const JOINS = new Set(['and', '&', 'of']);
/** What a role as written drops: a parenthesis, "to Ukraine", trailing links. */
const PARENTHESIS = /\s*\(.*$/;
const OF_WHAT = /\s+(to|for|on|at)\s.*$/i;
const TRAILING_LINKS = /(\s+(of|at|the|and|in|for|to))+$/i;
/** How many tokens a role may span, hyphens included. */
const ROLE_REACH = 6;

/** Does the name at token `at` end a phrase: punctuation or the sentence's end right after it? */
function appositionEndsAfter(tokens: Token[], at: number, known: Map<number, Mention>, connectors: ReadonlySet<string>): boolean {
  let e = known.get(at)?.tokenEnd ?? at + 1;
  // The rest of the name: capitalised words and the links inside names ("Reema bint Bandar").
  while (e < tokens.length && tokens[e]!.sentence === tokens[at]!.sentence && ((tokens[e]!.cap && PLAIN_WORD.test(tokens[e]!.text)) || connectors.has(tokens[e]!.text))) e++;
  const next = tokens[e];
  return !next || next.sentence !== tokens[at]!.sentence || APPOSITION_END.has(next.text) || next.text === ')';
}

/** A word of a role ("secretary", "gen.") or an honorific. */
export const isRoleWord = (token: Token): boolean => (token.word & Word.role) !== 0;

export class RoleReader {
  readonly #k: Knowledge;

  constructor(knowledge: Knowledge) {
    this.#k = knowledge;
  }

  /** A full stop that closes an honorific written apart from it ("Maj" "."). */
  #isAbbreviationStop(tokens: Token[], i: number): boolean {
    return tokens[i]!.text === '.' && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && (tokens[i - 1]!.word & Word.honorific) !== 0;
  }

  /** The role phrase that ends right before token `at` (the name's first token). */
  before(tokens: Token[], at: number, sentenceStart: number, known: Map<number, Mention>): RolePhrase | null {
    let j = at - 1;
    // "the diplomatic adviser to Macron": Macron is whom the adviser serves, not an adviser.
    if (j >= sentenceStart && NAME_AFTER_LINK.has(tokens[j]!.lower)) return null;
    // "ambassador to the US, Princess Reema bint Bandar": an honorific between the apposed role and the name.
    let h = j;
    while (h > sentenceStart && (tokens[h]!.word & Word.honorific) !== 0) h--;
    if (h < j && tokens[h]!.text === ',' && this.#roleEndsAt(tokens, h - 1, sentenceStart)) j = h;
    // "the US President's special envoy, Steve Witkoff": a comma may part role and name.
    // "the Minister of Economy, Luis Caputo;": the role may end in what it is of. The name is in apposition
    // only when the apposition ends after it ("After meeting the king, Biden and his team began" names no king).
    if (j > sentenceStart && tokens[j]!.text === ',' && this.#roleEndsAt(tokens, j - 1, sentenceStart) && appositionEndsAfter(tokens, at, known, this.#k.sets.connectors)) j--;
    const end = j + 1;
    let start = end;
    while (j >= sentenceStart && end - j <= 12) {
      const t = tokens[j]!;
      const m = known.get(j);
      if (m) { j = m.tokenStart - 1; start = m.tokenStart; continue; }
      if (this.#isAbbreviationStop(tokens, j)) { start = j; j--; continue; } // "Maj." split as "Maj" "." 
      // "Ambassador and Special Envoy", "Director of the CIA": links only between role words.
      const hyphenated = t.start === tokens[j - 1]?.end && t.end === tokens[j + 1]?.start && (t.text === '-' || tokens[j - 1]?.text === '-'); // "chief-of-staff"
      const linkOk = hyphenated || (LINKS.has(t.lower) && (!JOINS.has(t.lower) || (j > sentenceStart && isRoleWord(tokens[j - 1]!))));
      const ok = (t.word & (Word.role | Word.country | Word.former)) !== 0 || linkOk
        || (t.cap && t.pos !== 'VERB' && PLAIN_WORD.test(t.text));
      if (!ok) break;
      start = j;
      j--;
    }
    return this.#read(tokens, start, end, known);
  }

  /** Does a role end at token `i`: a role word, or "of" and capitalised words after one ("Minister of Economy")? */
  #roleEndsAt(tokens: Token[], i: number, sentenceStart: number): boolean {
    for (let j = i; j >= Math.max(sentenceStart, i - 4); j--) {
      const t = tokens[j]!;
      // Links first: "the" and "of" are words of longer roles too ("chairman of the joint chiefs").
      if (t.lower === 'of' || t.lower === 'the' || t.lower === 'to') continue;
      if (isRoleWord(t)) return j === i || tokens[j + 1]!.lower === 'of' || tokens[j + 1]!.lower === 'to';
      if (!t.cap) return false;
    }
    return false;
  }

  /** An apposition after the name: ", a former US ambassador to Ukraine," " (Secretary of State)" or " is a professor of ...". */
  after(tokens: Token[], end: number, sentenceEnd: number, known: Map<number, Mention>, isPerson: (key: string) => boolean = () => false): RolePhrase | null {
    let i = end;
    const t = tokens[i];
    if (!t) return null;
    // ", and the ambassador, Y": the next item of a list, whose role is Y's.
    if ((t.text === ',' || t.text === '(') && tokens[i + 1]?.lower !== 'and') i++;
    else if ((t.lower === 'is' || t.lower === 'was') && ARTICLES.has(tokens[i + 1]?.lower ?? '')) i++;
    else return null;
    const start = i;
    let depth = 0;
    while (i < sentenceEnd && i - start < 16) {
      const x = tokens[i]!;
      if (x.text === '(') depth++;
      else if (x.text === ')') { if (depth === 0) break; depth--; }
      else if (depth === 0 && APPOSITION_END.has(x.text) && !this.#isAbbreviationStop(tokens, i)) break;
      else if (depth === 0 && (x.pos === 'VERB' || x.pos === 'AUX') && i > start) break;
      // A list of people: the role is the next one's ("X, Y and Z"); "the adviser to Macron" names whom X serves.
      else if (known.has(i) && isPerson(known.get(i)!.key) && !NAME_AFTER_LINK.has(tokens[i - 1]?.lower ?? '')) return null;
      else if (x.cap && i > start && !known.has(i) && !isRoleWord(x) && x.pos === 'PROPN' && tokens[i + 1]?.cap && tokens[i + 1]?.pos === 'PROPN' && !isRoleWord(tokens[i + 1]!)) break;
      i++;
    }
    const phrase = this.#read(tokens, start, i, known);
    return phrase && phrase.role ? phrase : null;
  }

  /**
   * The longest role among the first `limit` tokens from `i` (hyphens skipped:
   * "chief-of-staff"), as its token count and key. Keys grow a word at a time
   * and stop once no role starts with them.
   */
  #longestRole(tokens: Token[], i: number, limit: number): { n: number; key: string; kind: PersonKind } | null {
    if (tokens[i]!.text !== '-' && !(tokens[i]!.word & Word.roleStart)) return null;
    let key = '';
    let words = 0;
    let longest: { n: number; key: string; kind: PersonKind } | null = null;
    for (let n = 1; n <= limit; n++) {
      const t = tokens[i + n - 1]!;
      if (t.text !== '-') key = words++ === 0 ? t.lower : `${key} ${t.lower}`;
      const kind = this.#k.roleKinds.get(key);
      if (kind) longest = { n, key, kind };
      // A hyphen next leaves the key as it is; otherwise only a prefix of a role can grow into one.
      if (n < limit && tokens[i + n]!.text !== '-' && words > 0 && !this.#k.rolePrefixes.has(key)) break;
    }
    return longest;
  }

  #read(tokens: Token[], start: number, end: number, known: Map<number, Mention>): RolePhrase | null {
    if (end <= start) return null;
    const k = this.#k;
    let kind: PersonKind | null = null;
    let headIndex = -1;
    let firstRole = -1;
    let lastRoleEnd = -1;
    let country: string | null = null;
    let principal: string | null = null;
    let principalLeaderOf: string | null = null;
    let former = false;
    let serving = false;
    let honorific = false;
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      const m = known.get(i);
      if (m) {
        const entity = k.entities.get(m.key);
        const possessive = isPossessive(tokens[m.tokenEnd]);
        // "US Secretary of State", "Russia's envoy", "the Foreign Minister of Portugal" (not "Ambassador to Russia").
        if (entity?.kind === 'country') { if (firstRole < 0 || possessive || tokens[i - 1]?.lower === 'of') country ??= entity.country; }
        else if (m.key && (firstRole < 0 || tokens[i - 1]?.lower === 'of' || tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.text === '(')) principal ??= m.key;
        i = m.tokenEnd - 1;
        continue;
      }
      if (t.word & Word.former) former = true;
      const cw = t.word & Word.country ? k.countryWords.get(t.lower) : undefined;
      if (cw && firstRole < 0 && t.cap) { country = cw; continue; }
      const longest = this.#longestRole(tokens, i, Math.min(ROLE_REACH, end - i));
      if (longest) {
        const { n, key, kind: roleKind } = longest;
        const after = tokens[i + n];
        const possessive = isPossessive(after);
        if (possessive && roleKind === 'leader') {
          // "the US President's envoy": the office served, not this person's role.
          principalLeaderOf = country ?? 'any';
          country = null;
        } else {
          kind = moreSenior(kind, roleKind);
          if (firstRole < 0) firstRole = i;
          lastRoleEnd = i + n;
          headIndex = i;
          if (k.sets.serving.has(key)) serving = true;
        }
        i += n - 1;
        continue;
      }
      if (t.word & Word.honorific) honorific = true;
    }
    if (headIndex < 0) {
      return honorific ? { role: '', kind: null, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end } : null;
    }
    // The role as written: from the first role word to the end of the phrase, dropping a trailing link word.
    let roleEnd = end;
    // Trailing links and honorifics are no part of the role ("Foreign Minister Prince Faisal": the role is "Foreign Minister").
    while (roleEnd > lastRoleEnd && (LINKS.has(tokens[roleEnd - 1]!.lower) || (tokens[roleEnd - 1]!.word & Word.honorific) !== 0)) roleEnd--;
    const text = tokens.slice(firstRole, roleEnd).map((t, idx, arr) => (idx > 0 && arr[idx - 1]!.end < t.start ? ' ' : '') + t.text).join('');
    const role = text.replace(PARENTHESIS, '').replace(OF_WHAT, '').replace(TRAILING_LINKS, '');
    return { role, kind, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end };
  }
}
