// People found from an article's own text. A run of capitalised words is a
// person when something says so: a role before it or an apposition after it,
// an honorific, a common given name, a photo credit or byline, or a speech
// verb beside it. Later mentions by surname ("Peskov", "PESKOV") and @handles
// that spell the name are tied back to the person.
import { type Knowledge, Word, isGivenName } from '../knowledge.ts';
import type { PersonKind } from '../schema.ts';
import type { Segmented, Token } from '../text/segment.ts';
import type { Mention } from './mentions.ts';
import { RoleReader, type RolePhrase } from './roles.ts';

export interface FoundPerson {
  key: string;
  label: string;
  kind: PersonKind | null;
  roles: RolePhrase[];
}

const NAME_TOKEN = /^\p{Lu}[\p{L}'’.-]*$/u;
const INITIAL = /^\p{Lu}\.$/u;
const SPACES = /\s+/g;

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’ ])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export function personKey(label: string): string {
  return `person:${label}`;
}

export class PeopleFinder {
  readonly #k: Knowledge;
  readonly #roles: RoleReader;

  constructor(knowledge: Knowledge, roles: RoleReader) {
    this.#k = knowledge;
    this.#roles = roles;
  }

  #isNameToken(t: Token): boolean {
    // A name token starts with a capital: most tokens are ruled out before any pattern.
    if (!t.cap || (t.word & Word.notName) || !NAME_TOKEN.test(t.text)) return false;
    return !t.text.endsWith('.') || INITIAL.test(t.text);
  }

  /** Runs of name tokens not already inside a known mention: [start, end) token indices. */
  #runs(seg: Segmented, taken: boolean[]): [number, number][] {
    const { tokens } = seg;
    const runs: [number, number][] = [];
    let i = 0;
    while (i < tokens.length) {
      if (taken[i] || !this.#isNameToken(tokens[i]!)) { i++; continue; }
      let j = i + 1;
      while (j < tokens.length && !taken[j] && tokens[j]!.sentence === tokens[i]!.sentence) {
        const t = tokens[j]!;
        const gapOk = t.start - tokens[j - 1]!.end <= 1;
        if (gapOk && this.#isNameToken(t)) { j++; continue; }
        // "Jean-Yves", "CABALLERO-REYNOLDS": the segmenter splits at the hyphen.
        const after = tokens[j + 1];
        if (t.text === '-' && t.start === tokens[j - 1]!.end && after && after.start === t.end && after.cap) { j += 2; continue; }
        const next = tokens[j + 1];
        if (gapOk && this.#k.sets.connectors.has(t.text) && next && this.#isNameToken(next)) { j += 2; continue; }
        break;
      }
      runs.push([i, j]);
      i = j;
    }
    return runs;
  }

  /** Finds the article's people; returns them and their mentions. */
  find(seg: Segmented, text: string, known: Mention[], taken: boolean[]): { people: Map<string, FoundPerson>; mentions: Mention[] } {
    const { tokens, sentences } = seg;
    const k = this.#k;
    const knownAt = new Map<number, Mention>();
    for (const m of known) for (let i = m.tokenStart; i < m.tokenEnd; i++) knownAt.set(i, m);
    const people = new Map<string, FoundPerson>();
    const mentions: Mention[] = [];
    const pending: [number, number][] = [];

    for (const [s, e] of this.#runs(seg, taken)) {
      const words = tokens.slice(s, e).filter((w) => w.text !== '-');
      if (words.length < 2 || words.length > 4) { if (words.length === 1) pending.push([s, e]); continue; }
      const sentence = sentences[words[0]!.sentence]!;
      const allCaps = words.every((w) => w.allCaps);
      const given = isGivenName(k, allCaps ? titleCase(words[0]!.text) : words[0]!.text, words[0]!.pos);
      const last = words[words.length - 1]!.lower;
      if (k.sets.orgHeads.has(last) || k.sets.venueHeads.has(last)) continue;
      const before = this.#roles.before(tokens, s, sentence.tokenStart, knownAt);
      const after = this.#roles.after(tokens, e, sentence.tokenEnd, knownAt);
      const prev = tokens[s - 1];
      const next = tokens[e];
      const credit = this.#isCredit(tokens, s, sentence.tokenStart);
      const speech = (next && k.sets.speech.has(next.lower)) || (prev && k.sets.speech.has(prev.lower) && prev.sentence === words[0]!.sentence);
      const signals = (before ? 2 : 0) + (after?.kind ? 2 : 0) + (given ? 2 : 0) + (credit ? 2 : 0) + (speech ? 1 : 0);
      if (allCaps ? !(given && (credit || before)) : signals < 2) { pending.push([s, e]); continue; }
      const surface = text.slice(words[0]!.start, words[words.length - 1]!.end).replace(SPACES, ' ');
      const label = allCaps ? titleCase(surface) : surface;
      const key = k.aliases.get(label.toLowerCase())?.key ?? personKey(label);
      let person = people.get(key);
      if (!person) { person = { key, label, kind: null, roles: [] }; people.set(key, person); }
      for (const r of [before, after]) if (r && (r.role || r.kind)) person.roles.push(r);
      const byline = credit && tokens[s - 1]?.lower === 'by' && s - 1 === sentence.tokenStart;
      if (credit && !before?.kind && !after?.kind) person.roles.push({ role: byline ? 'author' : 'photographer', kind: 'person', country: null, principal: null, principalLeaderOf: null, former: false, serving: false, tokenStart: s, tokenEnd: s });
      mentions.push(this.#mention(key, tokens, s, e, text));
    }

    // Repeated full names and surnames of the people found. Two people of one
    // surname ("Javier Milei", "Karina Milei"): the bare surname is the one
    // named in full most often, else the first introduced, as news style writes
    // the other in full each time.
    const fullCount = new Map<string, number>();
    for (const m of mentions) fullCount.set(m.key, (fullCount.get(m.key) ?? 0) + 1);
    const bySurname = new Map<string, string>();
    const byFull = new Map<string, string>();
    for (const p of people.values()) {
      byFull.set(p.label.toLowerCase(), p.key);
      const words = p.label.split(' ');
      // "Qin Gang" is "Qin", "Wang Yi" "Wang": where the first word is no given name it may be the family name.
      const surnames = [words[words.length - 1]!.toLowerCase()];
      if (words.length === 2 && !isGivenName(k, words[0]!, 'PROPN')) surnames.push(words[0]!.toLowerCase());
      for (const surname of surnames) {
        const held = bySurname.get(surname);
        if (held === undefined || (fullCount.get(p.key) ?? 0) > (fullCount.get(held) ?? 0)) bySurname.set(surname, p.key);
      }
    }
    for (const [s0, e] of pending) {
      // "Later Wu met ...": a capital that only opens the sentence is no part of the name.
      const opens = s0 === sentences[tokens[s0]!.sentence]!.tokenStart && e - s0 >= 2 && !isGivenName(k, tokens[s0]!.text, tokens[s0]!.pos);
      for (const s of opens ? [s0, s0 + 1] : [s0]) {
        const surface = text.slice(tokens[s]!.start, tokens[e - 1]!.end).toLowerCase();
        const key = byFull.get(surface) ?? (e - s === 1 ? bySurname.get(surface) : undefined);
        if (key) { mentions.push(this.#mention(key, tokens, s, e, text)); break; }
      }
    }
    return { people, mentions };
  }

  /** Photo credits and bylines: "Photo by X", "Copyright X", "Xinhua/Lehtikuva/X", "By X". */
  #isCredit(tokens: Token[], s: number, sentenceStart: number): boolean {
    const credit = this.#k.sets.credit;
    if (tokens[s - 1]?.text === '/') return true;
    for (let j = s - 1; j >= Math.max(sentenceStart, s - 6); j--) {
      const t = tokens[j]!;
      if (t.lower === 'by') return j === sentenceStart || credit.has(tokens[j - 1]?.lower ?? '');
      if (credit.has(t.lower)) return true;
    }
    return false;
  }

  #mention(key: string, tokens: Token[], s: number, e: number, text: string): Mention {
    const first = tokens[s]!;
    const last = tokens[e - 1]!;
    return { key, tokenStart: s, tokenEnd: e, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) };
  }
}
