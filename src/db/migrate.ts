// Migrations: the .sql files of ./migrations in name order, each applied once
// in a transaction of its own and recorded in schema_migrations. An advisory
// lock keeps two workers starting together from applying one twice.
import { readFile, readdir } from 'node:fs/promises';
import type { Store } from './store.ts';

const FOLDER = new URL('./migrations/', import.meta.url);
/** Any fixed number: the key of the advisory lock taken while migrating. */
const MIGRATION_LOCK = 4215001;

export async function migrate(store: Store): Promise<string[]> {
  const names = (await readdir(FOLDER)).filter((n) => n.endsWith('.sql')).sort();
  await store.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  await store.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    const done = new Set((await store.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    for (const name of names) {
      if (done.has(name)) continue;
      const sql = await readFile(new URL(name, FOLDER), 'utf8');
      await store.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      });
      applied.push(name);
    }
  } finally {
    await store.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
  return applied;
}
