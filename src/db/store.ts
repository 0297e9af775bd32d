// One connection to the store, the same interface over both engines: PGlite
// (PostgreSQL compiled to WebAssembly, in this process, files in a folder) for
// `--db ./folder`, node-postgres for `--db postgres://…`. The code above this
// writes plain SQL that both run; only opening, closing and the guard against
// a second process on a PGlite folder differ.
import { hostname } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { lockFolder } from './folder-lock.ts';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A `--db` value names a server when it is a postgres:// or postgresql:// address; anything else is a PGlite folder. */
export const isServerUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** Who holds a job: shown by `kg status` and kept with a parked job's error. */
export const workerName = (): string => `${hostname()}:${process.pid}`;

export async function openStore(db: string): Promise<Store> {
  return isServerUrl(db) ? openServer(db) : openFolder(db);
}

async function openServer(url: string): Promise<Store> {
  // JIT off: the read queries are short, and compiling one took 0.5 s where it ran in 12 ms
  // (a neighbourhood of a node with 25,000 edges, whose estimated cost crosses jit_above_cost).
  const client = new pg.Client({ connectionString: url, application_name: 'news-kg', options: '-c jit=off' });
  await client.connect();
  // A server going away (killed, restarted) is reported by the next query; without a listener it would crash the process.
  client.on('error', () => {});
  const conn: Queryable = {
    query: async <T extends object>(sql: string, params: readonly unknown[] = []) => (await client.query<T>(sql, params as unknown[])).rows,
    exec: async (sql) => { await client.query(sql); },
  };
  return {
    engine: 'postgres',
    ...conn,
    transaction: (work) => inTransaction(conn, work),
    close: () => client.end(),
  };
}

async function openFolder(dir: string): Promise<Store> {
  // PGlite is one process's database: a second process writing the same folder would corrupt it.
  const unlock = await lockFolder(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir, { extensions: { pg_trgm } });
  } catch (error) {
    await unlock();
    throw error;
  }
  const conn: Queryable = {
    query: async <T extends object>(sql: string, params: readonly unknown[] = []) => (await db.query<T>(sql, params as unknown[])).rows,
    exec: async (sql) => { await db.exec(sql); },
  };
  return {
    engine: 'pglite',
    ...conn,
    transaction: (work) => inTransaction(conn, work),
    close: async () => {
      await db.close();
      await unlock();
    },
  };
}

/** BEGIN … COMMIT on the one connection, so both engines take the same path. */
async function inTransaction<T>(conn: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  await conn.query('BEGIN');
  try {
    const result = await work(conn);
    await conn.query('COMMIT');
    return result;
  } catch (error) {
    await conn.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
