-- What an article's transaction pays per row, measured on one worker over
-- 40,000 generated articles (EXPLAIN ANALYZE, pg_stat_statements):
--
-- A foreign key checks each evidence and fragment row against articles, one
-- lookup and row lock per row: 9 to 17 µs a row, about 2 ms of an article's
-- 4 to 6 ms of SQL, and costlier as the store grows. Those rows are written
-- only in the transaction that writes their article's row, and taken out
-- (removeFragments) before it changes; no article is ever deleted. So the
-- writer keeps them consistent, and the checks go. extractions keeps its key:
-- one row an article.
ALTER TABLE evidence DROP CONSTRAINT IF EXISTS evidence_article_id_fkey;
ALTER TABLE entity_fragments DROP CONSTRAINT IF EXISTS entity_fragments_article_id_fkey;
ALTER TABLE meeting_fragments DROP CONSTRAINT IF EXISTS meeting_fragments_article_id_fkey;
ALTER TABLE edge_fragments DROP CONSTRAINT IF EXISTS edge_fragments_article_id_fkey;

-- Nothing reads entity fragments by (entity_key, published): the sums of a
-- key are recomputed through the primary key (entity_key, article_id).
DROP INDEX IF EXISTS entity_fragments_seen;
