// Find-as-you-type over labels and aliases. Matching ignores case and accents;
// ranking prefers the label over an alias, a whole name over a prefix, a
// prefix over a word prefix over a substring, then busier nodes.
import type { KnowledgeGraph, NodeKind } from '../../core/schema.ts';

export interface SearchEntry {
  id: string;
  label: string;
  kind: NodeKind;
  degree: number;
  /** [normalized name, original name, is the label] */
  names: Array<[string, string, boolean]>;
}

export interface SearchHit {
  id: string;
  label: string;
  kind: NodeKind;
  /** The alias that matched when it is not the label. */
  via: string | null;
  score: number;
}

export const normalize = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export function buildSearchIndex(graph: KnowledgeGraph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, attrs) => {
    if (attrs.kind === 'document') return;
    const names: Array<[string, string, boolean]> = [[normalize(attrs.label), attrs.label, true]];
    const seen = new Set([names[0]![0]]);
    for (const alias of attrs.aliases ?? []) {
      const n = normalize(alias);
      if (n && !seen.has(n)) {
        seen.add(n);
        names.push([n, alias, false]);
      }
    }
    // Edges to articles ("mentions") are not drawn: they would rank the most cited names by their articles.
    let degree = 0;
    graph.forEachEdge(id, (_e, _a, _s, _t, sa, ta) => { if (sa.kind !== 'document' && ta.kind !== 'document') degree++; });
    entries.push({ id, label: attrs.label, kind: attrs.kind, degree, names });
  });
  return entries;
}

function scoreName(name: string, q: string): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80;
  if (name.split(/[\s\-.'’]+/).some((w) => w.startsWith(q))) return 60;
  if (name.includes(q)) return 30;
  return 0;
}

export function search(index: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best = 0;
    let via: string | null = null;
    let labelMatches = false;
    for (const [name, original, isLabel] of entry.names) {
      const raw = scoreName(name, q);
      if (raw === 0) continue;
      if (isLabel) labelMatches = true;
      const s = raw + (isLabel ? 5 : 0);
      if (s > best) {
        best = s;
        via = isLabel ? null : original;
      }
    }
    // Name the alias only when the label itself does not show why this matched.
    if (labelMatches) via = null;
    if (best > 0) hits.push({ id: entry.id, label: entry.label, kind: entry.kind, via, score: best + Math.min(9, Math.log2(1 + entry.degree)) });
  }
  hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  return hits.slice(0, limit);
}

/** The two names of a "who is connected to whom" query. */
export interface PathQuery {
  from: string;
  to: string;
  /** Written with an arrow: "to" may also be part of a name ("visit to Washington"). */
  arrow: boolean;
}

// "A → B", "A -> B", "A to B": the separator with text on both sides; an arrow before "to".
const ARROW = /\s*(?:→|⟶|->|=>)\s*/;
const TO = /\s+to\s+/i;

/** "Sanders → Putin" (also "->", "to") as its two names; null when the query is not one. */
export function parsePathQuery(query: string): PathQuery | null {
  const arrow = ARROW.exec(query);
  const match = arrow ?? TO.exec(query);
  if (!match) return null;
  const from = query.slice(0, match.index).trim();
  const to = query.slice(match.index + match[0].length).trim();
  return from && to ? { from, to, arrow: arrow !== null } : null;
}
