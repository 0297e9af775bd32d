// Entry point of `npm run kg` (tsx src/cli/main.ts): runs the command line and
// sets the exit code. Everything else lives in run.ts, which the tests call.
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
