// Bodies the gazetteer does not know, found from the text: a run of
// capitalised words ending in a word that names a body ("Foreign Ministry",
// "Central Bank", "Ministry of Foreign Affairs"), with the country a demonym
// or possessive before it gives ("China's Foreign Ministry"). Officials'
// role phrases name them as whom they serve.
import { type Knowledge, Word } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import type { EntityFacts } from './context.ts';
import type { Mention } from './mentions.ts';

const NAME_WORD = /^\p{Lu}[\p{L}'’&-]*$/u;
/** Outlets name themselves ("The Times", "Daily News"): the gazetteer's list of outlets holds those. */
const NOT_BODIES = new Set(['news', 'times', 'post', 'press', 'media', 'network', 'group', 'company', 'corporation']);
const POSSESSIVE = new Set(["'s", '’s']);

export function findOrganizations(tokens: Token[], text: string, k: Knowledge, taken: boolean[]): { mentions: Mention[]; facts: EntityFacts[] } {
  const mentions: Mention[] = [];
  const facts = new Map<string, EntityFacts>();
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !isNameWord(tokens[i]!, k) || (i > 0 && isNameWord(tokens[i - 1]!, k) && !taken[i - 1] && tokens[i - 1]!.sentence === tokens[i]!.sentence)) continue;
    const end = bodyEnd(tokens, i, k, taken);
    if (end === null) continue;
    const country = countryBefore(tokens, i, k);
    const surface = text.slice(tokens[i]!.start, tokens[end - 1]!.end);
    const key = `org:${surface}${country ? `|${country}` : ''}`;
    if (!facts.has(key)) facts.set(key, { key, label: surface, kind: 'organization', country, roles: [] });
    mentions.push({ key, tokenStart: i, tokenEnd: end, start: tokens[i]!.start, end: tokens[end - 1]!.end, sentence: tokens[i]!.sentence, surface });
    for (let j = i; j < end; j++) taken[j] = true;
    i = end - 1;
  }
  return { mentions, facts: [...facts.values()] };
}

/** Words that never open a body's name though written with a capital ("The", "In", "President"). */
const isNameWord = (t: Token, k: Knowledge) => t.cap && NAME_WORD.test(t.text) && !(t.word & (Word.honorific | Word.country)) && !(k.sets.notNames.has(t.lower) && t.pos !== 'ADJ' && t.pos !== 'PROPN');

/** Where the body's name that starts at `s` ends (its head word included), or null when it names no body. */
function bodyEnd(tokens: Token[], s: number, k: Knowledge, taken: boolean[]): number | null {
  let e = s;
  let head = -1;
  let end = -1;
  let afterOf = false;
  const sentence = tokens[s]!.sentence;
  while (e < tokens.length && e - s < 7 && !taken[e] && tokens[e]!.sentence === sentence) {
    const t = tokens[e]!;
    if (t.cap && NAME_WORD.test(t.text)) {
      if (k.sets.orgHeads.has(t.lower) && !NOT_BODIES.has(t.lower)) { head = e; end = e + 1; }
      else if (afterOf) end = e + 1; // "Ministry of Foreign Affairs"
      else if (head >= 0) break; // "Foreign Ministry Spokesman Wang Wenbin": the name ends at its head word
      e++;
    } else if ((t.lower === 'of' || t.lower === 'for') && head >= 0 && tokens[e + 1]?.cap) { afterOf = true; e++; }
    else if (t.lower === 'the' && tokens[e - 1]?.lower === 'of' && tokens[e + 1]?.cap) e++;
    else break;
  }
  // A body of one word ("Ministry") names none; "the Foreign Ministry" or "Ministry of Finance" does.
  return head >= 0 && end - s >= 2 ? end : null;
}

/** "China's Foreign Ministry", "the Malaysian Foreign Ministry": the country before the name. */
function countryBefore(tokens: Token[], s: number, k: Knowledge): string | null {
  let j = s - 1;
  if (j >= 0 && POSSESSIVE.has(tokens[j]!.text)) j--;
  const t = tokens[j];
  return t && t.word & Word.country ? k.countryWords.get(t.lower) ?? null : null;
}
