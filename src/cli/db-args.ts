// The command line of the store's commands (ingest, worker, status, export):
// pure parsing, usage errors as in args.ts.
import { type ExportFormat, formatFromFileName } from '../core/io/index.ts';
import { DEFAULT_BUDGET_SECONDS, UsageError } from './args.ts';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BASE_MS } from '../db/queue.ts';
import { DEFAULT_PORT } from './serve-port.ts';

export interface QueueFlags { budgetSeconds: number; maxAttempts: number; retryBaseMs: number }

export type DbCommand =
  | ({ kind: 'ingest'; folder: string; db: string; enqueueOnly: boolean; retryParked: boolean } & QueueFlags)
  | ({ kind: 'worker'; db: string } & QueueFlags)
  | { kind: 'status'; db: string; json: boolean }
  | { kind: 'export'; db: string; out: string; format: ExportFormat }
  | { kind: 'serve'; db: string; port: number; appDir: string | null; token: string | null };

export const DB_COMMANDS = ['ingest', 'worker', 'status', 'export', 'serve'] as const;
export const isDbCommand = (name: string | undefined): boolean => (DB_COMMANDS as readonly string[]).includes(name ?? '');


function value(args: readonly string[], i: number, name: string, what: string): { value: string; next: number } {
  const arg = args[i]!;
  const inline = arg.startsWith(`${name}=`);
  const v = inline ? arg.slice(name.length + 1) : args[i + 1];
  if (v === undefined || v === '') throw new UsageError(`cli: ${inline ? `${name}=` : arg} needs ${what}`);
  return { value: v, next: inline ? i : i + 1 };
}

function number(text: string, name: string, what: string, min: number): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < min) throw new UsageError(`cli: ${name} needs ${what}`);
  return n;
}

const is = (arg: string, name: string) => arg === name || arg.startsWith(`${name}=`);

export function parseDbArgs(argv: readonly string[]): DbCommand {
  const [kind, ...rest] = argv as [DbCommand['kind'], ...string[]];
  let db: string | undefined;
  let out: string | undefined;
  const flags: QueueFlags = { budgetSeconds: DEFAULT_BUDGET_SECONDS, maxAttempts: DEFAULT_MAX_ATTEMPTS, retryBaseMs: DEFAULT_RETRY_BASE_MS };
  let enqueueOnly = false;
  let retryParked = false;
  let json = false;
  let port = DEFAULT_PORT;
  let appDir: string | null = null;
  let token: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (is(arg, '--db')) ({ value: db, next: i } = value(rest, i, '--db', 'a folder or a postgres:// address'));
    else if (is(arg, '--out') || arg === '-o') ({ value: out, next: i } = value(rest, i, arg === '-o' ? '-o' : '--out', 'a file name'));
    else if (is(arg, '--budget-seconds')) {
      const v = value(rest, i, '--budget-seconds', 'a number of seconds (0 for no limit)');
      flags.budgetSeconds = number(v.value, '--budget-seconds', 'a number of seconds (0 for no limit)', 0);
      i = v.next;
    } else if (is(arg, '--max-attempts')) {
      const v = value(rest, i, '--max-attempts', 'a whole number of at least 1');
      flags.maxAttempts = number(v.value, '--max-attempts', 'a whole number of at least 1', 1);
      if (!Number.isInteger(flags.maxAttempts)) throw new UsageError('cli: --max-attempts needs a whole number of at least 1');
      i = v.next;
    } else if (is(arg, '--retry-base-ms')) {
      const v = value(rest, i, '--retry-base-ms', 'a number of milliseconds');
      flags.retryBaseMs = number(v.value, '--retry-base-ms', 'a number of milliseconds', 0);
      i = v.next;
    } else if (is(arg, '--port') && kind === 'serve') {
      const v = value(rest, i, '--port', 'a port number (0: any free one)');
      port = number(v.value, '--port', 'a port number from 0 to 65535', 0);
      if (!Number.isInteger(port) || port > 65535) throw new UsageError('cli: --port needs a port number from 0 to 65535');
      i = v.next;
    } else if (is(arg, '--app') && kind === 'serve') ({ value: appDir, next: i } = value(rest, i, '--app', 'the folder of the built app'));
    else if (is(arg, '--token') && kind === 'serve') ({ value: token, next: i } = value(rest, i, '--token', 'the token writes need'));
    else if (arg === '--enqueue-only' && kind === 'ingest') enqueueOnly = true;
    else if (arg === '--retry-parked' && kind === 'ingest') retryParked = true;
    else if (arg === '--json' && kind === 'status') json = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`cli: unknown option "${arg}" for ${kind}`);
    else positional.push(arg);
  }
  if (db === undefined) throw new UsageError(`cli: ${kind} needs --db <folder or postgres:// address>`);
  if (kind === 'ingest') {
    if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'cli: ingest needs the folder of articles to read' : `cli: ingest takes one folder, got ${positional.length}: ${positional.join(' ')}`);
    return { kind, folder: positional[0]!, db, enqueueOnly, retryParked, ...flags };
  }
  if (positional.length > 0) throw new UsageError(`cli: ${kind} takes no folder or file, got: ${positional.join(' ')}`);
  if (kind === 'worker') return { kind, db, ...flags };
  if (kind === 'status') return { kind, db, json };
  if (kind === 'serve') return { kind, db, port, appDir, token };
  if (out === undefined) throw new UsageError('cli: export needs --out <file> (.json, .graphml or .gexf)');
  const format = formatFromFileName(out);
  if (format === null) throw new UsageError(`cli: cannot tell the format of "${out}" from its extension; use .json, .graphml or .gexf`);
  return { kind, db, out, format };
}
