-- The store: articles, what each states (its fragments, keyed by article so
-- that re-ingesting one replaces its own rows only), the entities, meetings
-- and edges those add up to, their evidence, user corrections, and the queue.
-- Runs on PostgreSQL 15 and on PGlite (PostgreSQL 18): nothing newer than 15.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE articles (
  id text PRIMARY KEY,
  content_hash text NOT NULL,      -- sha256 of the text as read: a changed file is re-ingested
  same_text_hash text NOT NULL,    -- sha256 of the text as compared (line ends, trailing blanks): copies
  text text NOT NULL,
  bytes integer NOT NULL,
  title text NOT NULL,
  outlet text,
  url text,
  published date,
  duplicate_of text,               -- an earlier article with the same text, which stands for both
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_same_text ON articles (same_text_hash);

-- What the extraction found, whole (structured clone): the export rebuilds the graph from these.
CREATE TABLE extractions (
  article_id text PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  data bytea NOT NULL
);

-- Entities: one row per key, the sum of their fragments.
CREATE TABLE entities (
  key text PRIMARY KEY,
  label text NOT NULL,
  kind text NOT NULL,
  country text,
  roles text[] NOT NULL DEFAULT '{}',
  lat double precision,
  lon double precision,
  articles integer NOT NULL,
  mentions integer NOT NULL,
  first_seen date,
  last_seen date
);
CREATE INDEX entities_label_trgm ON entities USING gin (label gin_trgm_ops);
CREATE INDEX entities_label_prefix ON entities (lower(label) text_pattern_ops);

CREATE TABLE entity_fragments (
  entity_key text NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  label text NOT NULL,
  kind text NOT NULL,
  country text,
  roles text[] NOT NULL DEFAULT '{}',
  lat double precision,
  lon double precision,
  aliases text[] NOT NULL DEFAULT '{}',
  mentions integer NOT NULL,
  published date,
  PRIMARY KEY (entity_key, article_id)
);
CREATE INDEX entity_fragments_article ON entity_fragments (article_id);
CREATE INDEX entity_fragments_seen ON entity_fragments (entity_key, published);

-- The names each entity goes by, and in how many articles: the alias index.
CREATE TABLE aliases (
  entity_key text NOT NULL,
  alias text NOT NULL,
  articles integer NOT NULL,
  PRIMARY KEY (entity_key, alias)
);
CREATE INDEX aliases_trgm ON aliases USING gin (alias gin_trgm_ops);
CREATE INDEX aliases_prefix ON aliases (lower(alias) text_pattern_ops);

-- Meetings, keyed by their event key (participants, and the day or the venue).
CREATE TABLE meetings (
  key text PRIMARY KEY,
  label text NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  date text,
  participants text[] NOT NULL,
  venues text[] NOT NULL,
  articles integer NOT NULL,
  first_seen date,
  last_seen date
);
CREATE INDEX meetings_date ON meetings (date);

CREATE TABLE meeting_fragments (
  meeting_key text NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  label text NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  date text,
  participants text[] NOT NULL,
  venues text[] NOT NULL,
  published date,
  PRIMARY KEY (meeting_key, article_id)
);
CREATE INDEX meeting_fragments_article ON meeting_fragments (article_id);

CREATE TABLE edges (
  source text NOT NULL,
  relation text NOT NULL,
  target text NOT NULL,
  count integer NOT NULL,          -- sentences stating it
  articles integer NOT NULL,
  first_seen date,
  last_seen date,
  PRIMARY KEY (source, relation, target)
);
CREATE INDEX edges_target ON edges (target, relation);

CREATE TABLE edge_fragments (
  source text NOT NULL,
  relation text NOT NULL,
  target text NOT NULL,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  count integer NOT NULL,
  published date,
  PRIMARY KEY (source, relation, target, article_id)
);
CREATE INDEX edge_fragments_article ON edge_fragments (article_id);

-- Evidence spans of nodes (relation and target null) and edges, by publication month.
CREATE TABLE evidence (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  month date,
  node text NOT NULL,
  relation text,
  target text,
  start_at integer NOT NULL,
  end_at integer NOT NULL,
  mention_start integer,
  mention_end integer
) PARTITION BY RANGE (month);
CREATE TABLE evidence_undated PARTITION OF evidence DEFAULT;
CREATE INDEX evidence_subject ON evidence (node, relation, target);
CREATE INDEX evidence_article ON evidence (article_id);

-- What users have corrected (a name, a kind, a merge), kept apart from what the extraction found.
CREATE TABLE corrections (
  id bigserial PRIMARY KEY,
  subject text NOT NULL,
  field text NOT NULL,
  value jsonb,
  note text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX corrections_subject ON corrections (subject);

-- The queue: one job per article to (re)ingest. A job being worked on is row-locked
-- by its worker's transaction; others skip it (FOR UPDATE SKIP LOCKED).
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  article_id text NOT NULL,
  text text,                       -- dropped once the job is done
  bytes integer NOT NULL,
  content_hash text NOT NULL,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'parked')),
  attempts integer NOT NULL DEFAULT 0,
  run_after timestamptz NOT NULL DEFAULT now(),
  error text,
  worker text,
  extract_ms real,                 -- how long the extraction took, and storing what it found
  store_ms real,
  enqueued_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_runnable ON jobs (run_after, id) WHERE state = 'queued';
CREATE UNIQUE INDEX jobs_one_pending ON jobs (article_id) WHERE state = 'queued';
