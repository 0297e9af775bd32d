// Entry point of `npm run kg` (tsx src/cli/main.ts): runs the command line and
// sets the exit code. Everything else lives in run.ts (build, explain) and
// db-commands.ts (the store's commands), which the tests call.
import { isDbCommand } from './db-args.ts';
import { runDbCommand } from './db-commands.ts';
import { run } from './run.ts';

const argv = process.argv.slice(2);
const env = { stdout: process.stdout, stderr: process.stderr };
process.exitCode = isDbCommand(argv[0]) && !argv.includes('--help') && !argv.includes('-h') ? await runDbCommand(argv, env) : await run(argv, env);
