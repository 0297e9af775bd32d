// Mentions of entities the gazetteer knows: the longest alias that matches at
// each token, in its written case or in all capitals (headlines, wire copy).
import { type Knowledge, type KnownEntity, Word, isGivenName } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';

export interface Mention {
  /** entity key: a gazetteer key, or `person:<label>` for people found in the text */
  key: string;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  sentence: number;
  surface: string;
  /** names the person by office ("the Russian leader"): not an alias */
  descriptive?: boolean;
}

/** Tokens of an alias, split the way the segmenter splits text. */
const tokenCache = new Map<string, string[]>();
function aliasTokens(alias: string): string[] {
  let t = tokenCache.get(alias);
  if (!t) {
    t = alias.replace(/[\u2018\u2019]/g, "'").replace(/([,()])/g, ' $1 ').replace(/(\p{L})-(?=\p{L})/gu, '$1 ').split(/\s+/).filter(Boolean);
    tokenCache.set(alias, t);
  }
  return t;
}

/** Does the written token match an alias token: same text, or all capitals of it? */
function sameWord(token: Token, word: string): boolean {
  if (token.text === word) return true;
  if (token.allCaps && token.text === word.toUpperCase()) return true;
  return token.text.startsWith('@') && token.lower === word.toLowerCase(); // handles ignore case
}

function matchesEntity(words: Token[], entity: KnownEntity): boolean {
  if (matchesAlias(words, entity.name)) return true;
  for (const alias of entity.aliases) if (matchesAlias(words, alias)) return true;
  return false;
}

function matchesAlias(words: Token[], alias: string): boolean {
  const aliasWords = aliasTokens(alias);
  if (aliasWords.length !== words.length) return false;
  for (let j = 0; j < words.length; j++) if (!sameWord(words[j]!, aliasWords[j]!)) return false;
  return true;
}

/** A capital then a small letter: a word of a name, not an acronym. */
export const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** "Novo - Ogaryovo": a hyphen written inside a word. */
export const isInnerHyphen = (tokens: Token[], i: number): boolean => tokens[i]!.text === '-' && tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;

/** The tokens of [from, to) that are words of a name: all but hyphens written inside a word. */
function wordsOf(tokens: Token[], from: number, to: number): Token[] {
  const words: Token[] = [];
  for (let j = from; j < to; j++) if (!isInnerHyphen(tokens, j)) words.push(tokens[j]!);
  return words;
}

const isPersonEntity = (e: KnownEntity) => e.kind === 'leader' || e.kind === 'official' || e.kind === 'person';

const startsWithDigit = (text: string) => { const c = text.charCodeAt(0); return c >= 48 && c <= 57; };

/** Finds gazetteer mentions; `taken[i]` is set for every token inside one. */
export function findKnownMentions(tokens: Token[], knowledge: Knowledge, text: string): { mentions: Mention[]; taken: boolean[] } {
  const mentions: Mention[] = [];
  const taken = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!(first.word & Word.aliasStart)) continue; // no alias starts with this word
    if (!first.cap && !first.text.startsWith('@') && !startsWithDigit(first.text)) continue;
    const m = knownMentionAt(tokens, i, knowledge, text);
    if (!m) continue;
    mentions.push(m);
    for (let j = i; j < m.tokenEnd; j++) taken[j] = true;
    i = m.tokenEnd - 1;
  }
  return { mentions, taken };
}

/** The longest gazetteer mention that starts at token `i`, written as one of the entity's aliases, or null. */
function knownMentionAt(tokens: Token[], i: number, knowledge: Knowledge, text: string): Mention | null {
  const first = tokens[i]!;
  // Keys grow a token at a time while some alias starts with them.
  const ends: { n: number; key: string }[] = [];
  let words = 0;
  let key = '';
  for (let n = 1; n <= Math.min(knowledge.maxAliasTokens * 2, tokens.length - i); n++) {
    const t = tokens[i + n - 1]!;
    if (t.sentence !== first.sentence) break;
    if (isInnerHyphen(tokens, i + n - 1)) continue;
    key = words++ === 0 ? t.lower : `${key} ${t.lower}`;
    if (knowledge.aliases.has(key)) ends.push({ n, key });
    if (!knowledge.aliasPrefixes.has(key)) break;
  }
  for (const { n, key: found } of ends.reverse()) {
    const last = tokens[i + n - 1]!;
    const entity = knowledge.aliases.get(found);
    if (!entity || !matchesEntity(wordsOf(tokens, i, i + n), entity)) continue;
    // A name followed by more capitalised words is part of a longer name ("Washington Post" aside, which the gazetteer knows).
    const next = tokens[i + n];
    if (n === 1 && entity.kind !== 'country' && next && next.sentence === first.sentence && next.cap && !next.allCaps
      && next.start === last.end + 1 && CAPITALISED.test(next.text) && next.pos === 'PROPN' && !knowledge.sets.notNames.has(next.lower)
      && isPersonEntity(entity) && !knowledge.aliases.has(next.lower)) {
      return null;
    }
    // "Karina Milei" beside "Milei": a given name before a known person's surname names a relative.
    const prev = tokens[i - 1];
    if (n === 1 && isPersonEntity(entity) && prev && prev.sentence === first.sentence && prev.end + 1 === first.start && prev.cap && !prev.allCaps
      && isGivenName(knowledge, prev.text, prev.pos) && !(prev.word & Word.notName)) {
      return null;
    }
    return { key: entity.key, tokenStart: i, tokenEnd: i + n, start: first.start, end: last.end, sentence: first.sentence, surface: text.slice(first.start, last.end) };
  }
  return null;
}
