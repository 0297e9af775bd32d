// References to a leader by office rather than name: "the Russian leader",
// "his Russian counterpart", "the US president", and handles such as @POTUS.
// Each is resolved to the article's most mentioned leader of that country,
// since an article speaks of one sitting president per country.
import type { Knowledge } from '../knowledge.ts';
import type { Token } from '../text/segment.ts';
import type { Mention } from './mentions.ts';

export interface PersonFacts {
  kind: string | null;
  country: string | null;
  roles: string[];
}

/** Mentions per key, for "the most mentioned leader of a country". */
function leaderOf(country: string, mentions: Mention[], facts: (key: string) => PersonFacts | undefined): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const f = facts(m.key);
    if (f?.kind === 'leader' && f.country === country) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of counts) if (n > most) { best = key; most = n; }
  return best;
}

export function resolveOfficeReferences(
  tokens: Token[], text: string, mentions: Mention[], taken: boolean[], knowledge: Knowledge,
  facts: (key: string) => PersonFacts | undefined,
): Mention[] {
  const out: Mention[] = [];
  const k = knowledge;
  const mentionAt = new Set(mentions.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, i) => m.tokenStart + i)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // @POTUS and other office handles.
    const office = t.text.startsWith('@') ? k.lexicon.roleHandles[t.lower] : undefined;
    if (office && !mentionAt.has(i)) {
      let key: string | null = null;
      if (office.kind === 'leader') key = leaderOf(office.country, mentions, facts);
      else if (office.role) {
        const role = office.role;
        key = mentions.find((m) => facts(m.key)?.country === office.country && facts(m.key)?.roles.some((r) => r.toLowerCase().includes(role)))?.key ?? null;
      }
      if (key) out.push({ key, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, sentence: t.sentence, surface: t.text, descriptive: true });
      continue;
    }
    // "the president", "the First Lady": the one person of the article who holds that office.
    if (t.lower === 'the' && !mentionAt.has(i + 1)) {
      for (const len of [2, 1]) {
        const words = tokens.slice(i + 1, i + 1 + len);
        const office = words.map((w) => w.lower).join(' ');
        if (words.length !== len || !words.every((w) => w.sentence === t.sentence) || !(k.sets.leaderDescriptions.has(office) || office === 'first lady')) continue;
        const next = tokens[i + 1 + len];
        if (next && (next.cap || /^['’]s$/.test(next.text) || next.lower === 'of')) break; // "the president of X", "the president's"
        const holders = new Set(mentions.filter((m) => m.start < t.start && facts(m.key)?.roles.some((r) => new RegExp(`\\b${office}\\b`, 'i').test(r))).map((m) => m.key));
        if (holders.size === 1) {
          const last = words[words.length - 1]!;
          out.push({ key: [...holders][0]!, tokenStart: i, tokenEnd: i + 1 + len, start: t.start, end: last.end, sentence: t.sentence, surface: text.slice(t.start, last.end), descriptive: true });
        }
        break;
      }
      continue;
    }
    // "the Russian leader", "his Russian counterpart", "the U.S. president".
    const country = t.cap ? k.countryWords.get(t.lower) : undefined;
    if (!country || taken[i] && !k.countryWords.has(t.lower)) continue;
    const det = tokens[i - 1]?.lower ?? '';
    if (!['the', 'his', 'her', 'their', 'its'].includes(det)) continue;
    let n = 0;
    for (const len of [2, 1]) {
      const words = tokens.slice(i + 1, i + 1 + len);
      if (words.length === len && words.every((w) => w.sentence === t.sentence) && k.sets.leaderDescriptions.has(words.map((w) => w.lower).join(' '))) { n = len; break; }
    }
    if (!n) continue;
    const end = i + 1 + n;
    const next = tokens[end];
    if (next && (mentionAt.has(end) || (next.cap && !/^['’]s$/.test(next.text) && next.pos === 'PROPN'))) continue; // a name follows: the name is the mention
    const key = leaderOf(country, mentions, facts);
    if (!key) continue;
    const last = tokens[end - 1]!;
    out.push({ key, tokenStart: i - 1, tokenEnd: end, start: tokens[i - 1]!.start, end: last.end, sentence: t.sentence, surface: text.slice(tokens[i - 1]!.start, last.end), descriptive: true });
  }
  return out;
}
