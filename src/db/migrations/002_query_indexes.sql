-- Indexes for the read queries on a large store (measured by bench/db-queries.ts:
-- 5 million names, a node with a million evidence rows). Runs on PostgreSQL 15 and PGlite.

-- Name search by prefix reads every matching name and keeps the most written:
-- with the name, its entity and its articles in the index, that is an
-- index-only scan rather than a heap read per name.
DROP INDEX aliases_prefix;
CREATE INDEX aliases_prefix ON aliases (lower(alias) text_pattern_ops) INCLUDE (alias, entity_key, articles);

-- A node's neighbours, the most stated first in each relation and direction:
-- the first few of each group read in index order instead of all sorted.
CREATE INDEX edges_source_ranked ON edges (source, relation, count DESC, target);
DROP INDEX edges_target;
CREATE INDEX edges_target ON edges (target, relation, count DESC, source);

-- Meetings in a time range: their year, a prefix of any date (YYYY, YYYY-MM or YYYY-MM-DD), narrows the scan.
-- It replaces the index on the date, which the planner walked in order, filtering out most of the table.
DROP INDEX meetings_date;
CREATE INDEX meetings_year ON meetings (left(date, 4));

-- A node's evidence, newest month first, a page at a time: in the index's
-- order, each month's partition is read from its start, not sorted whole.
DROP INDEX evidence_subject;
CREATE INDEX evidence_subject ON evidence (node, relation, target, month DESC NULLS LAST, article_id, start_at);
