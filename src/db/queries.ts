// The read queries `kg serve` answers, on the query tables: names by prefix
// and by trigrams, a node, its neighbourhood (capped per relation, with what
// was left out counted), its evidence or one of its edges' (paged), meetings
// in a time range, and a shortest path. Each checks its input and throws BadRequest with the
// reason; they never write.
import { RELATIONS } from '../core/schema.ts';
import type { Queryable } from './store.ts';

export class BadRequest extends Error {}

export const MIN_SEARCH = 3;
const MAX_ID = 500;
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkId(id: string, what = 'id'): string {
  // Keys are the extraction's: printable, and short. Anything else cannot name a node.
  if (id === '' || id.length > MAX_ID || /[\u0000-\u001f\u007f]/.test(id)) throw new BadRequest(`bad ${what}: a node key is 1 to ${MAX_ID} printable characters`);
  return id;
}

export function wholeNumber(text: string | null, name: string, fallback: number, min: number, max: number): number {
  if (text === null || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new BadRequest(`bad ${name}: a whole number from ${min} to ${max}`);
  return n;
}

export interface SearchHit { key: string; label: string; kind: string; alias: string; prefix: boolean; similarity: number; articles: number }

/**
 * Names starting with `q`, the most written first; when none does, names like
 * it (trigram similarity), the most alike first; one hit per entity. Steps
 * rather than one ranked query: in a large store a short prefix matches
 * hundreds of thousands of names, which are read from the index alone
 * (migration 002), and a low similarity threshold tens of thousands, each
 * compared: trigrams only rescue a misspelling, starting strict (similarHits).
 */
export async function searchNames(db: Queryable, q: string, limit: number): Promise<SearchHit[]> {
  const text = q.trim();
  if ([...text].length < MIN_SEARCH) throw new BadRequest(`search needs at least ${MIN_SEARCH} characters, got ${[...text].length}`);
  const prefix = `${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const hits = await prefixHits(db, text, prefix, limit);
  return hits.length > 0 ? hits : similarHits(db, text, limit);
}

/** Entities with a name starting with `prefix`, by that name's articles; names are read in growing batches until `limit` entities are found. */
async function prefixHits(db: Queryable, text: string, prefix: string, limit: number): Promise<SearchHit[]> {
  const best = new Map<string, string>(); // entity → its most written matching name
  for (let take = limit * 2; ; take *= 4) {
    const rows = await db.query<{ entity_key: string; alias: string }>(
      'SELECT entity_key, alias FROM aliases WHERE lower(alias) LIKE $1 ORDER BY articles DESC, entity_key, alias LIMIT $2', [prefix, take]);
    best.clear();
    for (const r of rows) if (!best.has(r.entity_key) && best.size < limit) best.set(r.entity_key, r.alias);
    if (best.size >= limit || rows.length < take) break;
  }
  if (best.size === 0) return [];
  const found = await db.query<SearchHit>(
    `SELECT e.key, e.label, e.kind, n.alias, true AS prefix, similarity(n.alias, $1)::float8 AS similarity, e.articles
     FROM unnest($2::text[], $3::text[]) AS n (key, alias) JOIN entities e ON e.key = n.key`,
    [text, [...best.keys()], [...best.values()]],
  );
  const order = [...best.keys()];
  return found.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/**
 * Similarity thresholds tried in turn, the strictest first; the last is
 * pg_trgm's default. The trigram index finds few candidates at a high one,
 * and a slip in a full name ("Vladimr Puttin", 0.58) is found at the second.
 */
const LIKENESS = ['0.6', '0.45', '0.3'];

/** Entities with a name like `text` (pg_trgm's %), the most alike first: those of the strictest threshold that finds any. */
async function similarHits(db: Queryable, text: string, limit: number): Promise<SearchHit[]> {
  for (const threshold of LIKENESS) {
    // Session-wide, but set before every use of %: nothing else reads it.
    await db.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, false)`, [threshold]);
    const hits = await db.query<SearchHit>(
      `SELECT key, label, kind, alias, false AS prefix, similarity, articles FROM (
         SELECT DISTINCT ON (e.key) e.key, e.label, e.kind, a.alias, similarity(a.alias, $1)::float8 AS similarity, e.articles
         FROM aliases a JOIN entities e ON e.key = a.entity_key
         WHERE a.alias % $1
         ORDER BY e.key, similarity(a.alias, $1) DESC
       ) AS hits ORDER BY similarity DESC, articles DESC, key LIMIT $2`,
      [text, limit],
    );
    if (hits.length > 0) return hits;
  }
  return [];
}

export interface NodeRow { key: string; kind: string; label: string; [attribute: string]: unknown }

/** An entity, meeting or document with its attributes, or null. */
export async function nodeOf(db: Queryable, id: string): Promise<NodeRow | null> {
  checkId(id);
  if (id.startsWith('doc:')) {
    const [doc] = await db.query<NodeRow>(
      `SELECT 'doc:' || id AS key, 'document' AS kind, title AS label, title, outlet, url, published::text AS published, bytes, duplicate_of FROM articles WHERE id = $1`, [id.slice(4)]);
    return doc ?? null;
  }
  const [meeting] = await db.query<NodeRow>(
    `SELECT key, 'meeting' AS kind, label, type, status, date, participants, venues, articles, first_seen::text AS first_seen, last_seen::text AS last_seen FROM meetings WHERE key = $1`, [id]);
  if (meeting) return meeting;
  const [entity] = await db.query<NodeRow>(
    `SELECT key, kind, label, country, roles, lat, lon, articles, mentions, first_seen::text AS first_seen, last_seen::text AS last_seen,
            coalesce((SELECT array_agg(alias ORDER BY articles DESC, alias) FROM aliases WHERE entity_key = key), '{}') AS aliases
     FROM entities WHERE key = $1`, [id]);
  return entity ?? null;
}

export interface Neighbours {
  relation: string;
  direction: 'out' | 'in';
  total: number;
  /** the most stated first */
  shown: { key: string; count: number; articles: number }[];
  omitted: number;
}

/**
 * A node's edges by relation and direction, the `per` most stated of each; `total - shown` were left out.
 * Each group's total is counted, and its first `per` read in the order of an index (migration 002):
 * a node with tens of thousands of edges is not sorted whole.
 */
async function around(db: Queryable, keys: string[], per: number, relation: string | null): Promise<Map<string, Neighbours[]>> {
  const rows = await db.query<{ node: string; relation: string; direction: 'out' | 'in'; other: string; count: number; articles: number; total: number }>(
    `WITH groups AS (
       SELECT source AS node, relation, 'out' AS direction, count(*)::int AS total FROM edges WHERE source = ANY ($1::text[]) AND ($3::text IS NULL OR relation = $3) GROUP BY source, relation
       UNION ALL
       SELECT target, relation, 'in', count(*)::int FROM edges WHERE target = ANY ($1::text[]) AND ($3::text IS NULL OR relation = $3) GROUP BY target, relation
     )
     SELECT g.node, g.relation, g.direction, t.other, t.count, t.articles, g.total
     FROM groups g CROSS JOIN LATERAL (
       (SELECT target AS other, count, articles FROM edges WHERE g.direction = 'out' AND source = g.node AND relation = g.relation ORDER BY count DESC, target LIMIT $2)
       UNION ALL
       (SELECT source, count, articles FROM edges WHERE g.direction = 'in' AND target = g.node AND relation = g.relation ORDER BY count DESC, source LIMIT $2)
     ) AS t
     ORDER BY g.node, g.relation, g.direction, t.count DESC, t.other`,
    [keys, per, relation],
  );
  const out = new Map<string, Neighbours[]>();
  for (const r of rows) {
    const groups = out.get(r.node) ?? [];
    out.set(r.node, groups);
    let g = groups.find((x) => x.relation === r.relation && x.direction === r.direction);
    if (!g) groups.push((g = { relation: r.relation, direction: r.direction, total: r.total, shown: [], omitted: 0 }));
    g.shown.push({ key: r.other, count: r.count, articles: r.articles });
    g.omitted = g.total - g.shown.length;
  }
  return out;
}

/** What a client needs to draw a node before it asks for the node itself. */
export interface NodeBrief { key: string; label: string; kind: string; type?: string; status?: string; date?: string | null }

/** The label and kind (a meeting's type, status and date too) of each of these keys that names a node. */
export async function briefsOf(db: Queryable, keys: readonly string[]): Promise<NodeBrief[]> {
  if (keys.length === 0) return [];
  const docs = keys.filter((k) => k.startsWith('doc:')).map((k) => k.slice(4));
  const rows = await db.query<NodeBrief & { type: string | null; status: string | null }>(
    `SELECT key, label, kind, NULL AS type, NULL AS status, NULL AS date FROM entities WHERE key = ANY ($1::text[])
     UNION ALL SELECT key, label, 'meeting', type, status, date FROM meetings WHERE key = ANY ($1::text[])
     UNION ALL SELECT 'doc:' || id, title, 'document', NULL, NULL, published::text FROM articles WHERE id = ANY ($2::text[])`,
    [keys, docs],
  );
  return rows.map(({ type, status, date, ...r }) => (r.kind === 'meeting' ? { ...r, type: type!, status: status!, date } : r.kind === 'document' ? { ...r, date } : r));
}

export interface Neighbourhood {
  key: string;
  hops: { key: string; edges: Neighbours[] }[][];
  /** every node named above, briefly */
  nodes: NodeBrief[];
}

/** The node's neighbours (of one relation, or all), and with `hops` 2 the neighbours' too (of those shown). */
export async function neighbourhood(db: Queryable, id: string, hops: number, per: number, relation: string | null = null): Promise<Neighbourhood> {
  checkId(id);
  if (relation !== null && !/^[a-z_]{1,40}$/.test(relation)) throw new BadRequest('bad relation: a relation name such as participant');
  const first = await around(db, [id], per, relation);
  const result = [[{ key: id, edges: first.get(id) ?? [] }]];
  if (hops === 2) {
    const next = [...new Set((first.get(id) ?? []).flatMap((g) => g.shown.map((s) => s.key)))].filter((k) => k !== id);
    const second = await around(db, next, per, relation);
    result.push(next.map((key) => ({ key, edges: second.get(key) ?? [] })));
  }
  const named = new Set(result.flat().flatMap((n) => [n.key, ...n.edges.flatMap((g) => g.shown.map((s) => s.key))]));
  return { key: id, hops: result, nodes: await briefsOf(db, [...named]) };
}

/** What the store holds, for a client's first screen: counts, and the span of the meetings' dates. */
export async function storeInfo(db: Queryable): Promise<{ entities: number; meetings: number; articles: number; firstMeeting: string | null; lastMeeting: string | null }> {
  const [row] = await db.query<{ entities: number; meetings: number; articles: number; first: string | null; last: string | null }>(
    `SELECT (SELECT count(*)::int FROM entities) AS entities, (SELECT count(*)::int FROM meetings) AS meetings, (SELECT count(*)::int FROM articles) AS articles,
            (SELECT min(date) FROM meetings) AS first, (SELECT max(date) FROM meetings) AS last`,
  );
  return { entities: row!.entities, meetings: row!.meetings, articles: row!.articles, firstMeeting: row!.first, lastMeeting: row!.last };
}

/** Evidence rows are counted up to this many; past it, `total` is this and `atLeast` true. */
export const EVIDENCE_COUNTED = 10_000;

export interface EvidenceItem { article: string; title: string; published: string | null; start: number; end: number; sentence: string; mention: [number, number] | null }

/** One of a node's edges, named from that node (its source): the relation and the other end. */
export interface EdgeEnd { relation: string; target: string }

/** The edge as given, or BadRequest: a relation of the schema, a target that could be a node key. */
export function checkEdge(edge: EdgeEnd): EdgeEnd {
  if (!(RELATIONS as readonly string[]).includes(edge.relation)) throw new BadRequest(`bad relation: one of ${RELATIONS.join(', ')}`);
  checkId(edge.target, 'target');
  return edge;
}

/** Whether the store holds this edge (source, relation, target). */
export async function hasEdge(db: Queryable, source: string, edge: EdgeEnd): Promise<boolean> {
  checkId(source);
  checkEdge(edge);
  const rows = await db.query('SELECT 1 FROM edges WHERE source = $1 AND relation = $2 AND target = $3', [source, edge.relation, edge.target]);
  return rows.length > 0;
}

/** The sentences stating a node (or, with `edge`, one of its edges, the node its source), paged, newest articles first. */
export async function evidenceOf(db: Queryable, id: string, offset: number, limit: number, edge: EdgeEnd | null = null): Promise<{ total: number; atLeast: boolean; offset: number; items: EvidenceItem[] }> {
  checkId(id);
  if (edge) checkEdge(edge);
  // A node's rows have neither relation nor target; equalities either way (not IS NOT DISTINCT FROM), so that the index evidence_subject gives the page's order.
  const subject = edge ? 'node = $1 AND relation = $2 AND target = $3' : 'node = $1 AND relation IS NULL AND target IS NULL';
  const keys = edge ? [id, edge.relation, edge.target] : [id];
  const at = keys.length;
  // Counted up to a bound: counting the million rows of a node like Putin's took a second a page.
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM evidence WHERE ${subject} LIMIT ${EVIDENCE_COUNTED + 1}) AS rows`, keys);
  const atLeast = count!.n > EVIDENCE_COUNTED;
  const rows = await db.query<{ article_id: string; title: string; published: string | null; start_at: number; end_at: number; mention_start: number | null; mention_end: number | null; text: string }>(
    `SELECT v.article_id, a.title, a.published::text AS published, v.start_at, v.end_at, v.mention_start, v.mention_end, a.text
     FROM (SELECT * FROM evidence WHERE ${subject}
           ORDER BY month DESC NULLS LAST, article_id, start_at OFFSET $${at + 1} LIMIT $${at + 2}) AS v
     JOIN articles a ON a.id = v.article_id
     ORDER BY v.month DESC NULLS LAST, v.article_id, v.start_at`,
    [...keys, offset, limit],
  );
  return {
    total: atLeast ? EVIDENCE_COUNTED : count!.n,
    atLeast,
    offset,
    // Offsets count UTF-16 code units, as the extraction did: sliced here, not with SQL's substring (which counts characters).
    items: rows.map((r) => ({
      article: r.article_id, title: r.title, published: r.published, start: r.start_at, end: r.end_at, sentence: r.text.slice(r.start_at, r.end_at),
      mention: r.mention_start === null || r.mention_end === null ? null : [r.mention_start, r.mention_end],
    })),
  };
}

function checkDate(name: string, d: string): void {
  const full = d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
  const date = new Date(`${full}T00:00:00Z`);
  // "2024-02-30" parses (as March 1): a date is good only if it reads back the same.
  if (!DAY.test(d) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== full) throw new BadRequest(`bad range: ${name} must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${d}"`);
}

/** Meetings whose date falls in [from, to] (dates YYYY, YYYY-MM or YYYY-MM-DD; a month's or a year's meetings count when they overlap). */
export async function meetingsBetween(db: Queryable, from: string | null, to: string | null, limit: number): Promise<NodeRow[]> {
  if (!from || !to) throw new BadRequest('a range needs from and to (YYYY, YYYY-MM or YYYY-MM-DD)');
  checkDate('from', from);
  checkDate('to', to);
  if (from > to) throw new BadRequest(`bad range: from ${from} is after to ${to}`);
  // A meeting's date may itself be a month or a year: compared on the length both have. Its year
  // lies in the range's years whenever that holds, and is indexed (meetings_year): the scan reads those years only.
  return db.query<NodeRow>(
    `SELECT key, 'meeting' AS kind, label, type, status, date, participants, venues, articles FROM meetings
     WHERE left(date, 4) BETWEEN left($1, 4) AND left($2, 4) AND left(date, least(length(date), length($1))) >= left($1, least(length(date), length($1)))
       AND left(date, least(length(date), length($2))) <= left($2, least(length(date), length($2)))
     ORDER BY date, key LIMIT $3`,
    [from, to, limit],
  );
}

/** The fewest edges between two nodes (either direction; not through documents, which link everything they mention), or null. */
export async function shortestPath(db: Queryable, from: string, to: string, maxHops: number): Promise<string[] | null> {
  checkId(from, 'from');
  checkId(to, 'to');
  if (from === to) return [from];
  // Breadth-first from both ends at once, a query per step: the frontier grows from each end only as far as half the path.
  const parents = [new Map<string, string | null>([[from, null]]), new Map<string, string | null>([[to, null]])];
  let frontiers = [[from], [to]];
  for (let hop = 0; hop < maxHops; hop++) {
    const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
    const rows = await db.query<{ node: string; other: string }>(
      `SELECT source AS node, target AS other FROM edges WHERE source = ANY ($1::text[]) AND relation <> 'mentions'
       UNION SELECT target, source FROM edges WHERE target = ANY ($1::text[]) AND relation <> 'mentions'`,
      [frontiers[side]],
    );
    const next: string[] = [];
    for (const { node, other } of rows) {
      if (parents[side]!.has(other)) continue;
      parents[side]!.set(other, node);
      if (parents[1 - side]!.has(other)) return joinPath(parents[0]!, parents[1]!, other);
      next.push(other);
    }
    if (next.length === 0) return null;
    frontiers[side] = next;
    frontiers = [...frontiers];
  }
  return null;
}

function joinPath(fromStart: Map<string, string | null>, fromEnd: Map<string, string | null>, meet: string): string[] {
  const path: string[] = [];
  for (let n: string | null | undefined = meet; n; n = fromStart.get(n)) path.unshift(n);
  for (let n = fromEnd.get(meet); n; n = fromEnd.get(n)) path.push(n);
  return path;
}
