// `kg build` and `kg explain` on hostile folders: names that are not UTF-8 or
// that hold newlines and terminal escapes, named pipes, sockets, devices,
// link loops and broken links, a folder link cycle, old Mac line ends, and a
// file removed between listing and reading. What the user sees: the warnings
// (escaped, one line each), the exit code, the documents built.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpus, readArticle } from '../../src/cli/read-corpus.ts';
import { type CliEnvironment, run } from '../../src/cli/run.ts';
import { buildGraphFromFiles } from '../../src/cli/stream-build.ts';
import { importGraph } from '../../src/core/io/index.ts';
import type { KnowledgeGraph } from '../../src/core/schema.ts';
import { ARTICLE, OTHER_ARTICLE, captureStream, makeFolder } from './helpers.ts';

const NOT_UTF8_NAME = Buffer.from([0x61, 0xff, 0x2e, 0x74, 0x78, 0x74]); // "a", 0xFF, ".txt"
const FORGING_NAME = 'evil\nwarning: skipped forged.txt: fake.txt';
const RECOLOURING_NAME = 'red\u001b[31m.txt';
const ESC = '\u001b';

/** Writes a file whose name is given as bytes. */
function writeByName(dir: string, name: Buffer, content: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), content);
}

async function build(dir: string, out: string): Promise<{ code: number; out: string; err: string }> {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await run(['build', dir, '--out', out, '--budget-seconds', '0'], { stdout, stderr });
  return { code, out: stdout.text(), err: stderr.text() };
}

const documents = (graph: KnowledgeGraph) => graph.filterNodes((_, a) => a.kind === 'document').map((key) => ({ key, title: graph.getNodeAttribute(key, 'title') }));

describe('file names', () => {
  it('reads a file whose name is not UTF-8, with a printable id that stays the same from build to build', async () => {
    const { dir, cleanup } = makeFolder({ 'b.txt': OTHER_ARTICLE });
    writeByName(dir, NOT_UTF8_NAME, ARTICLE);
    try {
      const first = await build(dir, join(dir, 'out/g.json'));
      expect(first.err).toBe('');
      expect(first.code).toBe(0);
      expect(first.out).toMatch(/documents\s+2 read, /);
      const graph = importGraph(readFileSync(join(dir, 'out/g.json'), 'utf8'), 'json');
      expect(graph.filterNodes((_, a) => a.kind === 'document')).toEqual(['doc:a\\xff.txt', 'doc:b.txt']);
      expect(graph.someNode((_, a) => a.evidence.some((e) => e.doc === 'a\\xff.txt'))).toBe(true);
      await build(dir, join(dir, 'out/again.json'));
      expect(readFileSync(join(dir, 'out/again.json'), 'utf8')).toBe(readFileSync(join(dir, 'out/g.json'), 'utf8'));
    } finally {
      cleanup();
    }
  });

  it('skips the second of two files whose names read the same, naming it', async () => {
    const { dir, cleanup } = makeFolder({ 'a\\xff.txt': OTHER_ARTICLE });
    writeByName(dir, NOT_UTF8_NAME, ARTICLE);
    try {
      const { code, err } = await build(dir, join(dir, 'g.json'));
      expect(code).toBe(0);
      expect(err).toBe("warning: skipped a\\xff.txt: another file's name reads the same (a byte that is not UTF-8 is written \\xHH)\n");
    } finally {
      cleanup();
    }
  });

  it('escapes newlines and terminal escapes in names, so a name can neither forge a line nor recolour the terminal', async () => {
    const { dir, cleanup } = makeFolder({ [FORGING_NAME]: '', [RECOLOURING_NAME]: ' \n', 'good.txt': ARTICLE });
    try {
      const out = join(dir, 'g\nforged.json');
      const { code, out: report, err } = await build(dir, out);
      expect(code).toBe(0);
      expect(err.split('\n')).toEqual([
        'warning: skipped evil\\nwarning: skipped forged.txt: fake.txt: empty file',
        'warning: skipped red\\x1b[31m.txt: empty file',
        '',
      ]);
      expect(report).not.toContain(ESC);
      expect(report).toMatch(/\noutput +\S+\/g\\nforged\.json \(JSON/);
      expect(report.split('\n').filter((line) => line.startsWith('forged'))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('escapes them in errors and in explain headers too', async () => {
    const { dir, cleanup } = makeFolder({ [RECOLOURING_NAME]: ARTICLE });
    try {
      const stdout = captureStream();
      const stderr = captureStream();
      expect(await run(['explain', dir, join(dir, `missing\u202e.txt`)], { stdout, stderr })).toBe(1);
      expect(stdout.text()).toContain('== red\\x1b[31m.txt ==');
      expect(stdout.text()).not.toContain(ESC);
      expect(stderr.text()).toBe(`cli: no such file or folder: ${dir}/missing\\u202e.txt\n`);

      const json = captureStream();
      expect(await run(['explain', '--json', dir], { stdout: json, stderr: captureStream() })).toBe(0);
      expect(JSON.parse(json.text())[0].doc).toBe(RECOLOURING_NAME);

      const missing = await build(join(dir, `no\u001b[2Jsuch`), join(dir, 'g.json'));
      expect(missing.code).toBe(1);
      expect(missing.err).toBe(`cli: no such folder: ${dir}/no\\x1b[2Jsuch\n`);
    } finally {
      cleanup();
    }
  });
});

describe('files that are not files', () => {
  it('names each pipe, socket, device and link to one in a warning, never opens them, and builds the rest', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('pipe.txt', join(dir, 'to-pipe.md'));
    symlinkSync('/dev/null', join(dir, 'null.txt'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'socket.txt'), resolve));
    try {
      const { code, out, err } = await build(dir, join(dir, 'g.json'));
      expect(code).toBe(0);
      expect(err.split('\n')).toEqual([
        'warning: skipped null.txt: a symbolic link to a character device, not a file',
        'warning: skipped pipe.txt: a named pipe (FIFO), not a file',
        'warning: skipped socket.txt: a socket, not a file',
        'warning: skipped to-pipe.md: a symbolic link to a named pipe (FIFO), not a file',
        '',
      ]);
      expect(out).toMatch(/documents\s+1 read, 4 skipped \(see warnings\)/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      cleanup();
    }
  });

  it('does not wait on a pipe that took a listed file\'s place', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE });
    try {
      const [file] = await listCorpus(dir);
      rmSync(join(dir, 'a.txt'));
      execFileSync('mkfifo', [join(dir, 'a.txt')]);
      expect(await readArticle(file!)).toEqual({ warning: { id: 'a.txt', reason: 'a named pipe (FIFO), not a file' } });
    } finally {
      cleanup();
    }
  });

  it('reports a link loop as a loop and a broken link as broken, and a folder link cycle does not make the walk loop', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'sub/b.txt': OTHER_ARTICLE });
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    symlinkSync('nowhere.txt', join(dir, 'broken.txt'));
    symlinkSync('..', join(dir, 'sub/up'));
    symlinkSync('.', join(dir, 'sub/self.txt')); // a folder, named like an article
    try {
      const { code, out, err } = await build(dir, join(dir, 'g.json'));
      expect(code).toBe(0);
      expect(err.split('\n')).toEqual(['warning: skipped broken.txt: broken symbolic link', 'warning: skipped loop.txt: a symbolic link loop', '']);
      expect(out).toMatch(/documents\s+2 read, 2 skipped/);
    } finally {
      cleanup();
    }
  });

  it('skips a file removed between listing and reading, saying so, and builds the rest', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'b.txt': OTHER_ARTICLE });
    try {
      const stderr = captureStream();
      const build: CliEnvironment['build'] = async (folder, files, options) => {
        rmSync(join(dir, 'b.txt')); // after the listing, before the reading
        return buildGraphFromFiles(folder, files, options);
      };
      expect(await run(['build', dir, '--out', join(dir, 'g.json'), '--budget-seconds', '0'], { stdout: captureStream(), stderr, build })).toBe(0);
      expect(stderr.text()).toBe('warning: skipped b.txt: not readable (ENOENT: it was removed after the folder was listed)\n');
    } finally {
      cleanup();
    }
  });

  // Root reads any folder whatever its mode, so as root (the test machines) this cannot be set up.
  it.skipIf(process.getuid?.() === 0)('warns about a folder it may not read, and builds the rest', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'private/b.txt': OTHER_ARTICLE });
    execFileSync('chmod', ['000', join(dir, 'private')]);
    try {
      const { code, err } = await build(dir, join(dir, 'g.json'));
      expect(code).toBe(0);
      expect(err).toBe('warning: skipped private/: folder not readable (EACCES)\n');
    } finally {
      execFileSync('chmod', ['755', join(dir, 'private')]);
      cleanup();
    }
  });
});

describe('line ends', () => {
  const LINES = ['Putin meets Trump in Helsinki', '', 'Putin met Trump in Helsinki on July 16, 2018.', 'The two leaders held talks.', ''];

  async function graphOf(text: string): Promise<{ graph: KnowledgeGraph; text: string }> {
    const { dir, cleanup } = makeFolder({ 'a.txt': text });
    try {
      expect((await build(dir, join(dir, 'g.json'))).code).toBe(0);
      return { graph: importGraph(readFileSync(join(dir, 'g.json'), 'utf8'), 'json'), text: readFileSync(join(dir, 'a.txt'), 'utf8') };
    } finally {
      cleanup();
    }
  }

  /** What a graph says, without the edge keys that differ from build to build. */
  const content = (graph: KnowledgeGraph) => {
    const { nodes, edges } = graph.export();
    return { nodes, edges: edges.map(({ key: _key, ...edge }) => edge) };
  };

  it('gives a file with old Mac line ends (CR only) its first line as its title, and the graph of the same file with LF', async () => {
    const mac = await graphOf(LINES.join('\r'));
    const unix = await graphOf(LINES.join('\n'));
    expect(documents(mac.graph)).toEqual([{ key: 'doc:a.txt', title: 'Putin meets Trump in Helsinki' }]);
    // One character for one: the offsets are the same, and index the file as it is on disk.
    expect(content(mac.graph)).toEqual(content(unix.graph));
  });

  it('gives a CRLF file its first line as its title, with spans that index the file as it is on disk', async () => {
    const { graph, text } = await graphOf(LINES.join('\r\n'));
    expect(documents(graph)).toEqual([{ key: 'doc:a.txt', title: 'Putin meets Trump in Helsinki' }]);
    const spans = graph.mapNodes((_, a) => a.evidence.map((e) => text.slice(e.start, e.end))).flat();
    expect(spans).toContain('Putin meets Trump in Helsinki');
    expect(spans).toContain('Putin met Trump in Helsinki on July 16, 2018.');
    for (const span of spans) expect(span).not.toMatch(/^\s|\s$/);
  });
});

describe('the output file', () => {
  it('removes a temporary file a killed build left, saying so, and leaves a running process\'s alone', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'out/.out.json.99999999.abc.tmp': '{"half":', [`out/.out.json.${process.ppid}.0123abcd.tmp`]: 'another build, still writing', 'out/.other.json.99999999.abc.tmp': 'not ours' });
    try {
      const { code, err } = await build(dir, join(dir, 'out/out.json'));
      expect(code).toBe(0);
      expect(err).toBe(`removed ${dir}/out/.out.json.99999999.abc.tmp: a temporary file left by an earlier build that was stopped while writing\n`);
      expect(readdirSync(join(dir, 'out')).sort()).toEqual([`.other.json.99999999.abc.tmp`, `.out.json.${process.ppid}.0123abcd.tmp`, 'out.json']);
      // Nothing left over: the next build says nothing.
      rmSync(join(dir, `out/.out.json.${process.ppid}.0123abcd.tmp`));
      expect((await build(dir, join(dir, 'out/out.json'))).err).toBe('');
    } finally {
      cleanup();
    }
  });

  it('keeps the mode of the file it replaces (a private file stays private); a new file gets the default', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'private.json': 'old', 'default.json': 'made as any new file is' });
    chmodSync(join(dir, 'private.json'), 0o600);
    try {
      expect((await build(dir, join(dir, 'private.json'))).code).toBe(0);
      expect(statSync(join(dir, 'private.json')).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, 'private.json'), 'utf8')).not.toBe('old');
      expect((await build(dir, join(dir, 'new.json'))).code).toBe(0);
      expect(statSync(join(dir, 'new.json')).mode & 0o777).toBe(statSync(join(dir, 'default.json')).mode & 0o777);
    } finally {
      cleanup();
    }
  });

  it('writes through a symbolic link: the link stays a link and its target gets the new graph', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'real/graph.json': 'old' });
    symlinkSync('real/graph.json', join(dir, 'latest.json'));
    symlinkSync('real/new.json', join(dir, 'dangling.json'));
    try {
      expect((await build(dir, join(dir, 'latest.json'))).code).toBe(0);
      expect(lstatSync(join(dir, 'latest.json')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'latest.json'))).toBe('real/graph.json');
      expect(documents(importGraph(readFileSync(join(dir, 'real/graph.json'), 'utf8'), 'json'))).toEqual([{ key: 'doc:a.txt', title: 'Putin met Trump in Helsinki on July 16, 2018.' }]);
      // A link to a file not there yet: the file is made where the link points.
      expect((await build(dir, join(dir, 'dangling.json'))).code).toBe(0);
      expect(lstatSync(join(dir, 'dangling.json')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'real/new.json'), 'utf8')).toBe(readFileSync(join(dir, 'real/graph.json'), 'utf8'));
      expect(readdirSync(dir).sort()).toEqual(['a.txt', 'dangling.json', 'latest.json', 'real']);
      expect(readdirSync(join(dir, 'real')).sort()).toEqual(['graph.json', 'new.json']);
    } finally {
      cleanup();
    }
  });
});

describe('as a process', () => {
  it('builds a folder with a pipe, a loop and odd names, and exits 0', () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, [RECOLOURING_NAME]: '' });
    writeByName(dir, NOT_UTF8_NAME, OTHER_ARTICLE);
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('loop.txt', join(dir, 'loop.txt'));
    mkdirSync(join(dir, 'out'));
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', dir, '--out', join(dir, 'out/g.json'), '--budget-seconds', '0'], { encoding: 'utf8', timeout: 60_000 });
      expect(result.stderr.split('\n')).toEqual([
        'warning: skipped loop.txt: a symbolic link loop',
        'warning: skipped pipe.txt: a named pipe (FIFO), not a file',
        'warning: skipped red\\x1b[31m.txt: empty file',
        '',
      ]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/documents\s+2 read, 3 skipped/);
    } finally {
      cleanup();
    }
  }, 60_000);
});
