// `kg convert`: a graph file of another tool or ours, written in each format
// (a Neo4j folder too), with the producer, the counts and a note for what the
// output does not carry; errors and exit codes as `build` has them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { importGraphFile } from '../../src/core/io/foreign.ts';
import { EXPORT_FORMATS, FORMAT_INFO, toGraphML, sentencesFromTexts } from '../../src/core/io/index.ts';
import { fixtureGraph } from '../fixtures/io/knowledge-graph.ts';
import { captureStream, makeFolder } from './helpers.ts';

const YED = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <!--Created by yFiles for Java 2.17-->
  <key id="d0" for="node" yfiles.type="nodegraphics"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="n0"><data key="d1">president</data><data key="d0"><y:ShapeNode><y:NodeLabel>Emmanuel Macron</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d1">router</data><data key="d0"><y:ShapeNode><y:NodeLabel>Core 7</y:NodeLabel></y:ShapeNode></data></node>
    <edge source="n0" target="n1"/>
  </graph>
</graphml>`;

async function convert(args: string[]) {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await run(['convert', ...args], { stdout, stderr });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('kg convert', () => {
  it.each(EXPORT_FORMATS)('a yEd file to %s: the producer, counts per kind and relation, and notes for what is not carried', async (format) => {
    const { dir, cleanup } = makeFolder({ 'in.graphml': YED });
    try {
      const out = join(dir, `out${FORMAT_INFO[format].extension}`);
      const result = await convert([join(dir, 'in.graphml'), '--out', out]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/input\s+.*in\.graphml \(GraphML, written by yEd \/ yFiles for Java\)/);
      expect(result.stdout).toMatch(/nodes\s+2\n\s+leader\s+1\n\s+entity\s+1\n/);
      expect(result.stdout).toMatch(/edges\s+1\n\s+related to\s+1\n/);
      expect(result.stdout).toContain("note: yEd's drawing (shapes, colours, sizes, geometry) is not carried over; labels are");
      expect(result.stdout).toContain('note: 1 of 2 nodes have no kind this app knows');
      const back = importGraphFile(readFileSync(out, 'utf8'), out);
      expect(back.foreign).toBe(false);
      expect(back.graph.mapNodes((_k, a) => [a.label, a.kind])).toEqual([['Emmanuel Macron', 'leader'], ['Core 7', 'entity']]);
      expect(back.graph.getNodeAttribute('n1', 'type' as never)).toBe('router');
    } finally {
      cleanup();
    }
  });

  it('our GraphML to GEXF carries the sentences it held, and says which have none', async () => {
    const graph = fixtureGraph();
    const text = toGraphML(graph, { sentence: sentencesFromTexts(new Map([['a.txt', 'Putin and Trump met in Helsinki on July 16, 2018, for talks. Peskov, the press secretary, said so.']])) });
    const { dir, cleanup } = makeFolder({ 'ours.graphml': text });
    try {
      const out = join(dir, 'ours.gexf');
      const result = await convert([join(dir, 'ours.graphml'), '--out', out]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/written by news-kg, read back exactly/);
      // Evidence in sub/b.md only: no article at hand for those.
      expect(result.stdout).toMatch(/note: \d+ nodes and edges have evidence but no evidence_text: their articles are not at hand \(give them with --docs <folder>\)/);
      const gexf = readFileSync(out, 'utf8');
      expect(gexf).toContain('[a.txt] Putin and Trump met in Helsinki on July 16');
      expect(importGraphFile(gexf, out).graph.export()).toEqual(graph.export());
    } finally {
      cleanup();
    }
  });

  it('--docs reads the articles for the sentences', async () => {
    const graph = fixtureGraph();
    const articles = { 'a.txt': 'Putin and Trump met in Helsinki on July 16, 2018, for talks. Peskov, the press secretary, said so.', 'sub/b.md': 'x'.repeat(10) + 'Trump said he would visit Moscow, Putin said, at his invitation. '.repeat(3) };
    const { dir, cleanup } = makeFolder({ 'ours.json': JSON.stringify(graph.export()), ...Object.fromEntries(Object.entries(articles).map(([k, v]) => [`docs/${k}`, v])) });
    try {
      const out = join(dir, 'ours.graphml');
      const result = await convert([join(dir, 'ours.json'), '--out', out, '--docs', join(dir, 'docs')]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(/no evidence_text/);
      const peskov = importGraphFile(readFileSync(out, 'utf8'), out);
      expect(readFileSync(out, 'utf8')).toContain(`[sub/b.md] ${articles['sub/b.md'].slice(10, 60)}`);
      expect(peskov.sentences.size).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });

  it('writes a Neo4j folder for --out x.neo4j/ and for --format neo4j', async () => {
    const { dir, cleanup } = makeFolder({ 'in.graphml': YED });
    try {
      for (const args of [['--out', join(dir, 'db.neo4j/')], ['--out', join(dir, 'plain'), '--format', 'neo4j']]) {
        const result = await convert([join(dir, 'in.graphml'), ...args]);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/output\s+.*\(Neo4j CSV folder, .*, 3 files\)/);
        const folder = args[1]!;
        expect(readdirSync(folder).sort()).toEqual(['import.cypher', 'nodes.csv', 'relationships.csv']);
        expect(readFileSync(join(folder, 'nodes.csv'), 'utf8').split('\n')[0]).toMatch(/^key:ID,.*,:LABEL$/);
      }
    } finally {
      cleanup();
    }
  });

  it('exits 1 naming the problem for a missing file, a folder, a non-UTF-8 file and a file that is no graph', async () => {
    const { dir, cleanup } = makeFolder({ 'notes.txt': 'hello', 'latin1.graphml': Uint8Array.from([0x3c, 0x67, 0xe9, 0x3e]), 'bad.graphml': '<graphml><graph><edge source="a" target="b"/></graph></graphml>' });
    try {
      const out = join(dir, 'out.json');
      const cases: [string, RegExp][] = [
        [join(dir, 'missing.graphml'), /^cli: no such file: .*missing\.graphml\n$/],
        [dir, /^cli: not a file: /],
        [join(dir, 'latin1.graphml'), /cannot read .*latin1\.graphml: it is not UTF-8 text/],
        [join(dir, 'notes.txt'), /cannot read .*notes\.txt: io\/import: not a graph file this app reads/],
        [join(dir, 'bad.graphml'), /cannot read .*bad\.graphml: io\/graphml: <edge> #1 points to the node "a", which the file does not define/],
      ];
      for (const [input, message] of cases) {
        const result = await convert([input, '--out', out]);
        expect(result.code, input).toBe(1);
        expect(result.stderr).toMatch(message);
      }
      expect(existsSync(out)).toBe(false);
    } finally {
      cleanup();
    }
  });

  it('exits 2 on bad usage', async () => {
    expect((await convert(['a.graphml', '--out', 'b.csv'])).code).toBe(2);
    expect((await convert(['a.graphml'])).stderr).toContain('cli: convert needs --out <file>');
  });
});
