// Fresh stores for the tests, on each engine: a PGlite folder (copied from one
// made and migrated once, as making one takes seconds), and a database of its
// own on a throwaway PostgreSQL cluster when PostgreSQL is installed.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from '../../../src/db/migrate.ts';
import { openStore } from '../../../src/db/store.ts';
import { type PgCluster, postgresBin, startCluster } from './pg-cluster.ts';

export interface Engine {
  name: 'pglite' | 'postgres';
  /** a `--db` value naming a fresh, migrated store */
  fresh(): Promise<string>;
  close(): Promise<void>;
}

export const HAS_POSTGRES = postgresBin() !== null;
if (!HAS_POSTGRES) console.warn('tests/db: PostgreSQL binaries not found (/usr/lib/postgresql/*/bin/initdb): the PostgreSQL half of the store tests is skipped; apt-get install postgresql to run it');

export function pgliteEngine(): Engine {
  // Made on first use: naming the engine makes no folder.
  let folder: string | null = null;
  const root = () => (folder ??= mkdtempSync(join(tmpdir(), 'kg-pglite-')));
  let template: Promise<string> | null = null;
  let n = 0;
  const makeTemplate = async () => {
    const dir = join(root(), 'template');
    const store = await openStore(dir);
    await migrate(store);
    await store.close();
    return dir;
  };
  return {
    name: 'pglite',
    fresh: async () => {
      template ??= makeTemplate();
      const dir = join(root(), `store-${++n}`);
      cpSync(await template, dir, { recursive: true });
      return dir;
    },
    close: async () => {
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function postgresEngine(): Engine {
  let cluster: Promise<PgCluster | null> | null = null;
  let n = 0;
  return {
    name: 'postgres',
    fresh: async () => {
      cluster ??= startCluster();
      const c = (await cluster)!;
      const name = `kg_test_${++n}`;
      const admin = new pg.Client({ connectionString: c.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = c.urlOf(name);
      const store = await openStore(url);
      await migrate(store);
      await store.close();
      return url;
    },
    close: async () => (await cluster)?.stop(),
  };
}

/** The engines to run a suite on: PGlite always, PostgreSQL when installed. */
export const ENGINES: (() => Engine)[] = HAS_POSTGRES ? [pgliteEngine, postgresEngine] : [pgliteEngine];
