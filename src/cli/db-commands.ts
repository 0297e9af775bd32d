// Runs the store's commands: parses, opens the store (applying migrations),
// runs the command, closes. Returns the exit code, as run.ts does.
import { printLine } from './printable.ts';
import type { OutputStream } from './progress.ts';
import { UsageError } from './args.ts';
import { CorpusError } from './read-corpus.ts';
import { type DbCommand, parseDbArgs } from './db-args.ts';
import { ingestCommand } from './ingest.ts';
import { workerCommand } from './worker.ts';
import { statusCommand } from './status.ts';
import { exportCommand } from './export-db.ts';
import { serveCommand } from './serve.ts';
import { migrate } from '../db/migrate.ts';
import { type Store, openStore } from '../db/store.ts';

export interface DbEnvironment {
  stdout: OutputStream;
  stderr: OutputStream;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export async function runDbCommand(argv: readonly string[], env: DbEnvironment): Promise<number> {
  let command: DbCommand;
  try {
    command = parseDbArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printLine(env.stderr, error.message);
    printLine(env.stderr, 'Run with --help for usage.');
    return 2;
  }
  let store: Store | null = null;
  try {
    store = await openStore(command.db);
    await migrate(store);
    return await runOn(store, command, env);
  } catch (error) {
    printLine(env.stderr, error instanceof CorpusError ? error.message : `kg ${command.kind}: ${messageOf(error)}`);
    return 1;
  } finally {
    await store?.close().catch(() => {});
  }
}

function runOn(store: Store, command: DbCommand, env: DbEnvironment): Promise<number> {
  switch (command.kind) {
    case 'ingest': return ingestCommand(store, command, env);
    case 'worker': return workerCommand(store, command, env);
    case 'status': return statusCommand(store, command, env);
    case 'export': return exportCommand(store, command, env);
    case 'serve': return serveCommand(store, command, env);
  }
}
