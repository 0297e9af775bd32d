// Role phrases around a name: "Kremlin spokesman Dmitry Peskov",
// "Trump's press secretary Sarah Sanders", "Steven Pifer, a former US ambassador
// to Ukraine". A phrase gives the person's role and kind, their country (from a
// demonym or country before the role) and whom they serve (a person or
// organization named in it, or the office a possessive names).
import type { Knowledge } from '../knowledge.ts';
import { type PersonKind, moreSenior } from '../schema.ts';
import type { Token } from '../text/segment.ts';
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

export class RoleReader {
  readonly #k: Knowledge;
  readonly #roleWords: Set<string>;

  static #cache = new WeakMap<Knowledge, RoleReader>();
  /** One reader per knowledge: building its word set is not free. */
  static of(knowledge: Knowledge): RoleReader {
    let r = RoleReader.#cache.get(knowledge);
    if (!r) RoleReader.#cache.set(knowledge, (r = new RoleReader(knowledge)));
    return r;
  }

  constructor(knowledge: Knowledge) {
    this.#k = knowledge;
    this.#roleWords = new Set([...knowledge.roleKinds.keys()].flatMap((r) => r.split(' ')));
  }

  isRoleWord(token: Token): boolean {
    return this.#roleWords.has(token.lower.replace(/\.$/, '')) || this.#k.sets.honorifics.has(token.lower);
  }

  /** A full stop that closes an honorific written apart from it ("Maj" "."). */
  #isAbbreviationStop(tokens: Token[], i: number): boolean {
    return tokens[i]!.text === '.' && i > 0 && tokens[i - 1]!.end === tokens[i]!.start && this.#k.sets.honorifics.has(tokens[i - 1]!.lower);
  }

  /** The role phrase that ends right before token `at` (the name's first token). */
  before(tokens: Token[], at: number, sentenceStart: number, known: Map<number, Mention>): RolePhrase | null {
    let j = at - 1;
    // "the US President's special envoy, Steve Witkoff": a comma may part role and name.
    if (j > sentenceStart && tokens[j]!.text === ',' && this.isRoleWord(tokens[j - 1]!)) j--;
    const end = j + 1;
    let start = end;
    while (j >= sentenceStart && end - j <= 12) {
      const t = tokens[j]!;
      const m = known.get(j);
      if (m) { j = m.tokenStart - 1; start = m.tokenStart; continue; }
      if (this.#isAbbreviationStop(tokens, j)) { start = j; j--; continue; } // "Maj." split as "Maj" "." 
      // "Ambassador and Special Envoy", "Director of the CIA": links only between role words.
      const hyphenated = t.start === tokens[j - 1]?.end && t.end === tokens[j + 1]?.start && (t.text === '-' || tokens[j - 1]?.text === '-'); // "chief-of-staff"
      const linkOk = hyphenated || (LINKS.has(t.lower) && (!['and', '&', 'of'].includes(t.lower) || (j > sentenceStart && this.isRoleWord(tokens[j - 1]!))));
      const ok = this.isRoleWord(t) || linkOk || this.#k.countryWords.has(t.lower) || this.#k.sets.former.has(t.lower)
        || (t.cap && t.pos !== 'VERB' && /^\p{L}[\p{L}.'’-]*$/u.test(t.text));
      if (!ok) break;
      start = j;
      j--;
    }
    return this.#read(tokens, start, end, known);
  }

  /** An apposition after the name: ", a former US ambassador to Ukraine," or " is a professor of ...". */
  after(tokens: Token[], end: number, sentenceEnd: number, known: Map<number, Mention>, isPerson: (key: string) => boolean = () => false): RolePhrase | null {
    let i = end;
    const t = tokens[i];
    if (!t) return null;
    if (t.text === ',') i++;
    else if ((t.lower === 'is' || t.lower === 'was') && /^(a|an|the)$/.test(tokens[i + 1]?.lower ?? '')) i++;
    else return null;
    const start = i;
    let depth = 0;
    while (i < sentenceEnd && i - start < 16) {
      const x = tokens[i]!;
      if (x.text === '(') depth++;
      else if (x.text === ')') { if (depth === 0) break; depth--; }
      else if (depth === 0 && /^[,;:.!?"“”—–]$/.test(x.text) && !this.#isAbbreviationStop(tokens, i)) break;
      else if (depth === 0 && (x.pos === 'VERB' || x.pos === 'AUX') && i > start) break;
      else if (known.has(i) && isPerson(known.get(i)!.key)) return null; // a list of people: the role is the next one's
      else if (x.cap && i > start && !known.has(i) && !this.isRoleWord(x) && x.pos === 'PROPN' && tokens[i + 1]?.cap && tokens[i + 1]?.pos === 'PROPN' && !this.isRoleWord(tokens[i + 1]!)) break;
      i++;
    }
    const phrase = this.#read(tokens, start, i, known);
    return phrase && phrase.role ? phrase : null;
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
        const possessive = /^['’]s$/.test(tokens[m.tokenEnd]?.text ?? '');
        if (entity?.kind === 'country') { if (firstRole < 0 || possessive) country ??= entity.country; }
        else if (m.key && (firstRole < 0 || tokens[i - 1]?.lower === 'of' || tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.text === '(')) principal ??= m.key;
        i = m.tokenEnd - 1;
        continue;
      }
      if (k.sets.former.has(t.lower)) former = true;
      const cw = k.countryWords.get(t.lower);
      if (cw && firstRole < 0 && t.cap) { country = cw; continue; }
      // Longest role at i.
      let matched = 0;
      for (let n = Math.min(6, end - i); n >= 1; n--) {
        const key = tokens.slice(i, i + n).filter((x) => x.text !== '-').map((x) => x.lower).join(' ');
        const roleKind = k.roleKinds.get(key);
        if (!roleKind) continue;
        const after = tokens[i + n];
        const possessive = after !== undefined && /^['’]s$/.test(after.text);
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
        matched = n;
        break;
      }
      if (matched) { i += matched - 1; continue; }
      if (k.sets.honorifics.has(t.lower)) honorific = true;
    }
    if (headIndex < 0) {
      return honorific ? { role: '', kind: null, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end } : null;
    }
    // The role as written: from the first role word to the end of the phrase, dropping a trailing link word.
    let roleEnd = end;
    while (roleEnd > lastRoleEnd && LINKS.has(tokens[roleEnd - 1]!.lower)) roleEnd--;
    const text = tokens.slice(firstRole, roleEnd).map((t, idx, arr) => (idx > 0 && arr[idx - 1]!.end < t.start ? ' ' : '') + t.text).join('');
    const role = text.replace(/\s*\(.*$/, '').replace(/\s+(to|for|on|at)\s.*$/i, '').replace(/(\s+(of|at|the|and|in|for|to))+$/i, '');
    return { role, kind, country, principal, principalLeaderOf, former, serving, tokenStart: start, tokenEnd: end };
  }
}
