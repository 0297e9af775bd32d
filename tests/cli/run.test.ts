// The `build` command end to end: exit codes and messages, warnings for bad
// files, an output file in each format that reads back to the built graph,
// progress for large folders, and no clobbering of a good file on failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { run } from '../../src/cli/run.ts';
import { buildGraph } from '../../src/core/index.ts';
import type { KnowledgeGraph } from '../../src/core/schema.ts';
import { EXPORT_FORMATS, FORMAT_INFO, importGraph } from '../../src/core/io/index.ts';
import { importGraphFile } from '../../src/core/io/foreign.ts';
import { ARTICLE, BINARY, LATIN1, OTHER_ARTICLE, captureStream, makeFolder } from './helpers.ts';

/**
 * What a file must preserve of a built graph: its attributes, its nodes, and its
 * edges with their endpoints and attributes. Edge keys are left out because the
 * pipeline lets graphology generate them, so two builds number them differently;
 * so is `allowSelfLoops`, which GraphML and GEXF cannot carry.
 */
function content(graph: KnowledgeGraph) {
  const { attributes, nodes, edges } = graph.export();
  return { attributes, nodes, edges: edges.map(({ key: _key, ...edge }) => edge) };
}

function cli(argv: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { encoding: 'utf8', cwd: process.cwd() });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kg build, as a process', () => {
  it('exits 1 with a clear message when the folder is missing', () => {
    const result = cli(['build', 'no/such/folder', '--out', 'unused.json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cli: no such folder: no/such/folder');
  });

  it('prints help and exits 0', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('npm run kg -- build <folder> --out <file>');
  });

  it('exits 2 on an unknown output extension', () => {
    const result = cli(['build', 'seeds', '--out', 'graph.csv']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot tell the format of "graph\.csv"/);
  });
});

describe('kg build', () => {
  it('warns about a binary and a non-UTF-8 file, naming them, and builds the rest', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'sub/b.md': OTHER_ARTICLE, 'photo.txt': BINARY, 'old/latin1.txt': LATIN1 });
    const stdout = captureStream();
    const stderr = captureStream();
    try {
      const out = join(dir, 'out/graph.json');
      expect(await run(['build', dir, '--out', out], { stdout, stderr })).toBe(0);
      expect(stderr.text()).toContain('warning: skipped photo.txt: binary file');
      expect(stderr.text()).toContain('warning: skipped old/latin1.txt: not valid UTF-8');
      expect(stdout.text()).toMatch(/documents\s+2 read, 2 skipped/);
      const graph = importGraph(readFileSync(out, 'utf8'), 'json');
      const expected = buildGraph([{ id: 'a.txt', text: ARTICLE }, { id: 'sub/b.md', text: OTHER_ARTICLE }]);
      expect(content(graph)).toEqual(content(expected));
    } finally {
      cleanup();
    }
  });

  it.each(EXPORT_FORMATS)('writes %s that reads back to the graph it built, and reports counts', async (format) => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'b.txt': `${ARTICLE}More.\n` });
    const stdout = captureStream();
    try {
      const out = join(dir, `graph${FORMAT_INFO[format].extension}`);
      expect(await run(['build', dir, '--out', out], { stdout, stderr: captureStream() })).toBe(0);
      const built = buildGraph([{ id: 'a.txt', text: ARTICLE }, { id: 'b.txt', text: `${ARTICLE}More.\n` }]);
      const text = readFileSync(out, 'utf8');
      // The file reads back to the graph (the sentences beside the offsets are taken off again).
      expect(content(importGraphFile(text, out).graph)).toEqual(content(built));
      if (format !== 'json') expect(text).toContain('evidence_text');
      const report = stdout.text();
      expect(report).toMatch(/documents\s+2 read/);
      expect(report).toMatch(new RegExp(`nodes\\s+${built.order}\\n`));
      expect(report).toMatch(new RegExp(`edges\\s+${built.size}\\n`));
      expect(report).toMatch(/ {2}meeting\s+\d+/);
      expect(report).toMatch(/ {2}participant\s+\d+/);
      expect(report).toContain(`output`);
      expect(report).toMatch(/time\s+\d+\.\d\d s/);
    } finally {
      cleanup();
    }
  });

  it('exits 1 with a clear message for a folder without articles', async () => {
    const { dir, cleanup } = makeFolder({ 'notes.pdf': 'x' });
    const stderr = captureStream();
    try {
      expect(await run(['build', dir, '--out', join(dir, 'g.json')], { stdout: captureStream(), stderr })).toBe(1);
      expect(stderr.text()).toMatch(/cli: no articles \(\.txt, \.md, \.html, \.htm files\) in /);
    } finally {
      cleanup();
    }
  });

  it('keeps the existing good file when the new graph cannot be exported', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE, 'out/graph.graphml': '<graphml>the good one</graphml>' });
    const stderr = captureStream();
    const broken = async () => {
      const graph: KnowledgeGraph = new MultiDirectedGraph();
      // `_omitted` is reserved by the GraphML writer, so exporting this graph throws.
      graph.addNode('x', { label: 'x', kind: 'person', aliases: [], evidence: [], _omitted: 1 } as never);
      return { graph, documents: 1, bytes: 1, skipped: 0, duplicates: [], seconds: { read: 0, build: 0 } };
    };
    try {
      const out = join(dir, 'out/graph.graphml');
      expect(await run(['build', dir, '--out', out], { stdout: captureStream(), stderr, build: broken })).toBe(1);
      expect(stderr.text()).toMatch(/cli: build failed: io\/graphml: the attribute name "_omitted" is reserved/);
      expect(readFileSync(out, 'utf8')).toBe('<graphml>the good one</graphml>');
    } finally {
      cleanup();
    }
  });

  it('shows progress on stderr for a large folder: periodic lines when not a terminal', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`doc${String(i).padStart(2, '0')}.txt`, `${ARTICLE}Item ${i}.\n`]));
    const { dir, cleanup } = makeFolder(files);
    const stderr = captureStream(false);
    try {
      expect(await run(['build', dir, '--out', join(dir, 'g.json')], { stdout: captureStream(), stderr })).toBe(0);
      const lines = stderr.text().split('\n').filter((line) => line.startsWith('building'));
      expect(lines.length).toBe(10);
      expect(lines.at(-1)).toBe('building 60/60 documents (100%)');
    } finally {
      cleanup();
    }
  });

  it('shows progress as one updating line on a terminal, cleared at the end', async () => {
    const files = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`doc${i}.txt`, `${ARTICLE}Item ${i}.\n`]));
    const { dir, cleanup } = makeFolder(files);
    const stderr = captureStream(true);
    try {
      expect(await run(['build', dir, '--out', join(dir, 'g.json')], { stdout: captureStream(), stderr })).toBe(0);
      const text = stderr.text();
      expect(text).toContain('\rbuilding 60/60 documents (100%)\u001b[K');
      expect(text).not.toContain('\n');
      expect(text.endsWith('\r\u001b[K')).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('shows no progress for a small folder', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE });
    const stderr = captureStream(true);
    try {
      await run(['build', dir, '--out', join(dir, 'g.json')], { stdout: captureStream(), stderr });
      expect(stderr.text()).toBe('');
    } finally {
      cleanup();
    }
  });
});

describe('existing output', () => {
  it('is replaced by a successful build', async () => {
    const { dir, cleanup } = makeFolder({ 'a.txt': ARTICLE });
    const out = join(dir, 'g.json');
    writeFileSync(out, 'old');
    try {
      expect(await run(['build', dir, '--out', out], { stdout: captureStream(), stderr: captureStream() })).toBe(0);
      expect(readFileSync(out, 'utf8')).not.toBe('old');
    } finally {
      cleanup();
    }
  });
});
