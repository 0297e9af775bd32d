// Stores one article in one transaction: its row, its extraction, and its
// fragments, after taking out those of its earlier version. The sums in
// entities, aliases, meetings and edges are updated for the keys it touches
// only: adding is an upsert per key (so the cost grows with what the article
// mentions, not with the corpus); taking out an earlier version recomputes
// the keys it had from their remaining fragments. Keys are written in sorted
// order so that two workers lock shared rows in the same order.
import type { DocumentExtraction } from '../core/index.ts';
import { encodeExtraction } from './extraction-codec.ts';
import type { ArticleFragments } from './fragments.ts';
import type { Queryable } from './store.ts';

export interface ArticleVersion {
  id: string;
  text: string;
  bytes: number;
  contentHash: string;
  sameTextHash: string;
}

const byKey = <T>(rows: T[], key: (row: T) => string): T[] => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const json = (rows: unknown[]): string => JSON.stringify(rows);
const isoDay = (day: string | null): string | null => (day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null);

/** The first day of the month evidence of an article published on `day` is filed under (null: the undated partition). */
export const monthOf = (day: string | null): string | null => (isoDay(day) ? `${day!.slice(0, 7)}-01` : null);

/** The evidence partition of a month; made outside the article's transaction (see ensureMonthPartition). */
export const partitionName = (month: string): string => `evidence_${month.slice(0, 4)}_${month.slice(5, 7)}`;

/**
 * Makes the evidence partition of `month` if there is none; `seen` holds the
 * months of the store known to have one (partitions are never dropped). In a transaction
 * of its own, before the article's: creating a partition locks the parent
 * table, and two workers making the same one at once is caught, not fatal.
 */
export async function ensureMonthPartition(db: Queryable, month: string | null, seen: Set<string>): Promise<void> {
  if (month === null || seen.has(month)) return;
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const name = partitionName(month);
  const exists = await db.query('SELECT 1 FROM pg_class WHERE relname = $1', [name]);
  if (exists.length > 0) {
    seen.add(month);
    return;
  }
  try {
    // Identifiers and bounds come from a validated date, never from article text.
    await db.exec(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF evidence FOR VALUES FROM ('${month}') TO ('${next}')`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') throw error; // made meanwhile by another worker
  }
  // Not added to `seen` here: the transaction around it may still roll back; it is looked up again next time.
}

/** Writes `version` with its extraction and fragments, replacing what the store had of this article. */
export async function writeArticle(tx: Queryable, version: ArticleVersion, extraction: DocumentExtraction, fragments: ArticleFragments): Promise<{ duplicateOf: string | null }> {
  const { id } = version;
  const published = isoDay(extraction.meta.published);
  // Copies of one text are decided one at a time.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [version.sameTextHash]);
  const earlier = await tx.query('SELECT 1 FROM articles WHERE id = $1', [id]);
  if (earlier.length > 0) await removeFragments(tx, id);
  // As `kg build` does, the copy whose id sorts first stands for all (ids compared as JavaScript does).
  const copies = (await tx.query<{ id: string; duplicate_of: string | null }>('SELECT id, duplicate_of FROM articles WHERE same_text_hash = $1 AND id <> $2', [version.sameTextHash, id]));
  const first = copies.map((c) => c.id).reduce((a, b) => (b < a ? b : a), id);
  const duplicateOf = first === id ? null : first;
  for (const copy of copies) {
    if (copy.duplicate_of === null && duplicateOf === null) await removeFragments(tx, copy.id);
    if (duplicateOf === null) await tx.query('UPDATE articles SET duplicate_of = $1 WHERE id = $2', [id, copy.id]);
  }
  const { meta } = extraction;
  await tx.query(
    `INSERT INTO articles (id, content_hash, same_text_hash, text, bytes, title, outlet, url, published, duplicate_of, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now())
     ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, same_text_hash = excluded.same_text_hash, text = excluded.text,
       bytes = excluded.bytes, title = excluded.title, outlet = excluded.outlet, url = excluded.url, published = excluded.published,
       duplicate_of = excluded.duplicate_of, ingested_at = now()`,
    [id, version.contentHash, version.sameTextHash, version.text, version.bytes, meta.title, meta.outlet, meta.url, published, duplicateOf],
  );
  await tx.query('INSERT INTO extractions (article_id, data) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET data = excluded.data', [id, encodeExtraction(extraction)]);
  if (duplicateOf === null) await addFragments(tx, id, published, fragments);
  return { duplicateOf };
}

const PERSON_ORDER = `ARRAY['leader', 'official', 'person']`;
const STATUS_ORDER = `ARRAY['held', 'planned', 'proposed']`;

async function addFragments(tx: Queryable, article: string, published: string | null, f: ArticleFragments): Promise<void> {
  const entities = json(byKey(f.entities, (e) => e.key));
  const entityColumns = 'x(key text, label text, kind text, country text, roles text[], lat float8, lon float8, aliases text[], mentions int)';
  await tx.query(
    `INSERT INTO entity_fragments (entity_key, article_id, label, kind, country, roles, lat, lon, aliases, mentions, published)
     SELECT key, $2, label, kind, country, roles, lat, lon, aliases, mentions, $3 FROM jsonb_to_recordset($1::jsonb) AS ${entityColumns}`,
    [entities, article, published],
  );
  await tx.query(
    `INSERT INTO entities AS e (key, label, kind, country, roles, lat, lon, articles, mentions, first_seen, last_seen)
     SELECT key, label, kind, country, roles, lat, lon, 1, mentions, $2::date, $2::date FROM jsonb_to_recordset($1::jsonb) AS ${entityColumns} ORDER BY key
     ON CONFLICT (key) DO UPDATE SET
       articles = e.articles + 1, mentions = e.mentions + excluded.mentions,
       kind = CASE WHEN array_position(${PERSON_ORDER}, excluded.kind) < array_position(${PERSON_ORDER}, e.kind) THEN excluded.kind ELSE e.kind END,
       country = coalesce(e.country, excluded.country), lat = coalesce(e.lat, excluded.lat), lon = coalesce(e.lon, excluded.lon),
       roles = e.roles || ARRAY(SELECT r FROM unnest(excluded.roles) AS r WHERE NOT (lower(r) = ANY (SELECT lower(o) FROM unnest(e.roles) AS o))),
       first_seen = least(e.first_seen, excluded.first_seen), last_seen = greatest(e.last_seen, excluded.last_seen)`,
    [entities, published],
  );
  await tx.query(
    `INSERT INTO aliases AS a (entity_key, alias, articles)
     SELECT DISTINCT x.key, n, 1 FROM jsonb_to_recordset($1::jsonb) AS x(key text, aliases text[]), unnest(x.aliases) AS n ORDER BY 1, 2
     ON CONFLICT (entity_key, alias) DO UPDATE SET articles = a.articles + 1`,
    [entities],
  );
  const meetings = json(byKey(f.meetings, (m) => m.key));
  const meetingColumns = 'x(key text, label text, type text, status text, date text, participants text[], venues text[])';
  await tx.query(
    `INSERT INTO meeting_fragments (meeting_key, article_id, label, type, status, date, participants, venues, published)
     SELECT key, $2, label, type, status, date, participants, venues, $3 FROM jsonb_to_recordset($1::jsonb) AS ${meetingColumns}`,
    [meetings, article, published],
  );
  await tx.query(
    `INSERT INTO meetings AS m (key, label, type, status, date, participants, venues, articles, first_seen, last_seen)
     SELECT key, label, type, status, date, participants, venues, 1, $2::date, $2::date FROM jsonb_to_recordset($1::jsonb) AS ${meetingColumns} ORDER BY key
     ON CONFLICT (key) DO UPDATE SET
       articles = m.articles + 1,
       status = CASE WHEN array_position(${STATUS_ORDER}, excluded.status) < array_position(${STATUS_ORDER}, m.status) THEN excluded.status ELSE m.status END,
       date = CASE WHEN length(coalesce(excluded.date, '')) > length(coalesce(m.date, '')) THEN excluded.date ELSE m.date END,
       venues = m.venues || ARRAY(SELECT v FROM unnest(excluded.venues) AS v WHERE NOT (v = ANY (m.venues))),
       first_seen = least(m.first_seen, excluded.first_seen), last_seen = greatest(m.last_seen, excluded.last_seen)`,
    [meetings, published],
  );
  const edges = json(byKey(f.edges, (e) => `${e.source}\u0000${e.relation}\u0000${e.target}`));
  await tx.query(
    `INSERT INTO edge_fragments (source, relation, target, article_id, count, published)
     SELECT source, relation, target, $2, count, $3 FROM jsonb_to_recordset($1::jsonb) AS x(source text, relation text, target text, count int)`,
    [edges, article, published],
  );
  await tx.query(
    `INSERT INTO edges AS e (source, relation, target, count, articles, first_seen, last_seen)
     SELECT source, relation, target, count, 1, $2::date, $2::date FROM jsonb_to_recordset($1::jsonb) AS x(source text, relation text, target text, count int)
     ORDER BY source, relation, target
     ON CONFLICT (source, relation, target) DO UPDATE SET
       count = e.count + excluded.count, articles = e.articles + 1,
       first_seen = least(e.first_seen, excluded.first_seen), last_seen = greatest(e.last_seen, excluded.last_seen)`,
    [edges, published],
  );
  await tx.query(
    `INSERT INTO evidence (article_id, month, node, relation, target, start_at, end_at, mention_start, mention_end)
     SELECT $2, $3::date, node, relation, target, start_at, end_at, mention_start, mention_end
     FROM jsonb_to_recordset($1::jsonb) AS x(node text, relation text, target text, start_at int, end_at int, mention_start int, mention_end int)`,
    [json(f.evidence.map((e) => ({ node: e.node, relation: e.relation, target: e.target, start_at: e.start, end_at: e.end, mention_start: e.mentionStart, mention_end: e.mentionEnd }))), article, monthOf(published)],
  );
}

/** Takes an article's fragments out of the store, and recomputes the sums of the keys they touched. */
async function removeFragments(tx: Queryable, article: string): Promise<void> {
  await tx.query('DELETE FROM evidence WHERE article_id = $1', [article]);
  const entities = await tx.query<{ entity_key: string; aliases: string[] }>('DELETE FROM entity_fragments WHERE article_id = $1 RETURNING entity_key, aliases', [article]);
  if (entities.length > 0) {
    const keys = entities.map((e) => e.entity_key).sort();
    await tx.query(
      `UPDATE aliases AS a SET articles = a.articles - 1
       FROM (SELECT DISTINCT x.key, n FROM jsonb_to_recordset($1::jsonb) AS x(key text, aliases text[]), unnest(x.aliases) AS n) AS g
       WHERE a.entity_key = g.key AND a.alias = g.n`,
      [json(entities.map((e) => ({ key: e.entity_key, aliases: e.aliases })))],
    );
    await tx.query('DELETE FROM aliases WHERE entity_key = ANY ($1::text[]) AND articles <= 0', [keys]);
    await tx.query(
      `UPDATE entities AS e SET articles = s.articles, mentions = s.mentions, first_seen = s.first_seen, last_seen = s.last_seen,
         kind = (SELECT f.kind FROM entity_fragments f WHERE f.entity_key = e.key ORDER BY array_position(${PERSON_ORDER}, f.kind) NULLS LAST, f.article_id LIMIT 1),
         -- Roles compared without case, as adding them does; the spelling of the article whose id sorts first.
         roles = coalesce((SELECT array_agg(r) FROM (SELECT DISTINCT ON (lower(r)) r FROM entity_fragments f, unnest(f.roles) AS r
                                                       WHERE f.entity_key = e.key ORDER BY lower(r), f.article_id) AS spelt), '{}')
       FROM (SELECT entity_key, count(*)::int AS articles, sum(mentions)::int AS mentions, min(published) AS first_seen, max(published) AS last_seen
             FROM entity_fragments WHERE entity_key = ANY ($1::text[]) GROUP BY entity_key) AS s
       WHERE e.key = s.entity_key`,
      [keys],
    );
    await tx.query('DELETE FROM entities AS e WHERE key = ANY ($1::text[]) AND NOT EXISTS (SELECT 1 FROM entity_fragments f WHERE f.entity_key = e.key)', [keys]);
  }
  const meetings = (await tx.query<{ meeting_key: string }>('DELETE FROM meeting_fragments WHERE article_id = $1 RETURNING meeting_key', [article])).map((m) => m.meeting_key).sort();
  if (meetings.length > 0) {
    await tx.query(
      `UPDATE meetings AS m SET articles = s.articles, first_seen = s.first_seen, last_seen = s.last_seen,
         status = (SELECT f.status FROM meeting_fragments f WHERE f.meeting_key = m.key ORDER BY array_position(${STATUS_ORDER}, f.status) NULLS LAST LIMIT 1),
         date = (SELECT f.date FROM meeting_fragments f WHERE f.meeting_key = m.key ORDER BY length(coalesce(f.date, '')) DESC LIMIT 1),
         venues = coalesce((SELECT array_agg(DISTINCT v) FROM meeting_fragments f, unnest(f.venues) AS v WHERE f.meeting_key = m.key), '{}')
       FROM (SELECT meeting_key, count(*)::int AS articles, min(published) AS first_seen, max(published) AS last_seen
             FROM meeting_fragments WHERE meeting_key = ANY ($1::text[]) GROUP BY meeting_key) AS s
       WHERE m.key = s.meeting_key`,
      [meetings],
    );
    await tx.query('DELETE FROM meetings AS m WHERE key = ANY ($1::text[]) AND NOT EXISTS (SELECT 1 FROM meeting_fragments f WHERE f.meeting_key = m.key)', [meetings]);
  }
  const edges = await tx.query<{ source: string; relation: string; target: string }>('DELETE FROM edge_fragments WHERE article_id = $1 RETURNING source, relation, target', [article]);
  if (edges.length > 0) {
    const ends = json(byKey(edges, (e) => `${e.source}\u0000${e.relation}\u0000${e.target}`));
    await tx.query(
      `UPDATE edges AS e SET count = s.count, articles = s.articles, first_seen = s.first_seen, last_seen = s.last_seen
       FROM (SELECT f.source, f.relation, f.target, sum(f.count)::int AS count, count(*)::int AS articles, min(f.published) AS first_seen, max(f.published) AS last_seen
             FROM edge_fragments f JOIN jsonb_to_recordset($1::jsonb) AS x(source text, relation text, target text)
               ON (f.source, f.relation, f.target) = (x.source, x.relation, x.target)
             GROUP BY f.source, f.relation, f.target) AS s
       WHERE (e.source, e.relation, e.target) = (s.source, s.relation, s.target)`,
      [ends],
    );
    await tx.query(
      `DELETE FROM edges AS e USING jsonb_to_recordset($1::jsonb) AS x(source text, relation text, target text)
       WHERE (e.source, e.relation, e.target) = (x.source, x.relation, x.target)
         AND NOT EXISTS (SELECT 1 FROM edge_fragments f WHERE (f.source, f.relation, f.target) = (e.source, e.relation, e.target))`,
      [ends],
    );
  }
}
