// The store commands' command line: what a user typing it wrong is told.
import { describe, expect, it } from 'vitest';
import { runDbCommand } from '../../src/cli/db-commands.ts';
import { parseDbArgs } from '../../src/cli/db-args.ts';
import { captureStream } from '../cli/helpers.ts';

async function usage(...argv: string[]): Promise<{ code: number; stderr: string }> {
  const stderr = captureStream();
  const code = await runDbCommand(argv, { stdout: captureStream(), stderr });
  return { code, stderr: stderr.text() };
}

describe('the store commands on the command line', () => {
  it('reads each command and its options', () => {
    expect(parseDbArgs(['ingest', 'seeds', '--db', './kg-data'])).toMatchObject({ kind: 'ingest', folder: 'seeds', db: './kg-data', enqueueOnly: false, budgetSeconds: 10, maxAttempts: 3 });
    expect(parseDbArgs(['worker', '--db=postgres://u@h/kg', '--max-attempts', '5', '--retry-base-ms', '100'])).toMatchObject({ kind: 'worker', db: 'postgres://u@h/kg', maxAttempts: 5, retryBaseMs: 100 });
    expect(parseDbArgs(['export', '--db', 'd', '--out', 'g.graphml'])).toMatchObject({ kind: 'export', format: 'graphml' });
    expect(parseDbArgs(['serve', '--db', 'd', '--port', '0'])).toMatchObject({ kind: 'serve', port: 0, appDir: null, token: null });
    expect(parseDbArgs(['serve', '--db', 'd', '--app', 'build', '--token=0123456789abcdef'])).toMatchObject({ appDir: 'build', token: '0123456789abcdef' });
    expect(parseDbArgs(['status', '--db', 'd', '--json'])).toMatchObject({ kind: 'status', json: true });
  });

  it('says what is missing or wrong, and exits 2', async () => {
    expect(await usage('ingest', 'seeds')).toEqual({ code: 2, stderr: 'cli: ingest needs --db <folder or postgres:// address>\nRun with --help for usage.\n' });
    expect((await usage('ingest', '--db', 'd')).stderr).toContain('cli: ingest needs the folder of articles to read');
    expect((await usage('export', '--db', 'd', '--out', 'g.png')).stderr).toContain('cannot tell the format of "g.png"');
    expect((await usage('worker', '--db', 'd', '--enqueue-only')).stderr).toContain('cli: unknown option "--enqueue-only" for worker');
    expect((await usage('serve', '--db', 'd', '--token')).stderr).toContain('cli: --token needs the token writes need');
    expect((await usage('ingest', 'seeds', '--db', 'd', '--token', 't')).stderr).toContain('cli: unknown option "--token" for ingest');
    expect((await usage('serve', '--db', 'd', '--port', '70000')).stderr).toContain('cli: --port needs a port number from 0 to 65535');
    expect((await usage('worker', '--db', 'd', '--max-attempts', '1.5')).stderr).toContain('cli: --max-attempts needs a whole number of at least 1');
  });
});
