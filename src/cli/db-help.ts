// The store's commands in `npm run kg -- --help` (kept apart from db-args.ts,
// which args.ts cannot import without a cycle).
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BASE_MS } from '../db/queue.ts';
import { DEFAULT_PORT } from './serve-port.ts';

export const DB_HELP = `
The store (PostgreSQL, or PGlite in a folder):
  npm run kg -- ingest <folder> --db <store> [--budget-seconds <s>] [--enqueue-only] [--retry-parked]
  npm run kg -- worker --db <store> [--budget-seconds <s>]
  npm run kg -- status --db <store> [--json]
  npm run kg -- export --db <store> --out <file>
  npm run kg -- serve --db <store> [--port <n>] [--app <folder>] [--token <t>]

  --db <store>       a folder (PGlite, made if needed: no server) or a
                     postgres://user@host:port/database address
ingest: queues the folder's new and changed articles (by the hash of their
text; unchanged ones are not extracted again) and works the queue until it is
empty. --enqueue-only leaves the work to \`kg worker\` processes.
--retry-parked queues again articles parked with the same text.
worker: works the queue until no job is left; run as many as you like on a
server. A failing article is retried (--max-attempts <n>, default
${DEFAULT_MAX_ATTEMPTS}; waits of --retry-base-ms <ms>, default ${DEFAULT_RETRY_BASE_MS}, doubled each time), then parked.
status: articles stored, jobs queued, running, retrying, done; parked ones with their errors.
export: the stored graph, the same graph \`kg build\` makes of the same articles.
serve: the explorer (the built app: dist/, npm run build; or --app <folder>) and a
JSON API under /api/ on 127.0.0.1 (default port ${DEFAULT_PORT}): /api/info, /api/search?q=
(from 3 characters: prefix, then trigram matches), /api/node?id=,
/api/neighbours?id=&hops=1|2&per=&relation=, /api/evidence?id=&offset=&limit=
(an edge's, from its source id: &relation=&target=), /api/meetings?from=&to=,
/api/path?from=&to=, /api/corrections?subject=.
Read-only unless given a token (--token <t>, or KG_SERVE_TOKEN, 16 characters or
more): then POST /api/corrections with "Authorization: Bearer <t>" adds a correction.
`;
