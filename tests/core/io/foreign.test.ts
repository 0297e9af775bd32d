// Importing graphs of other tools (fixtures written as yEd, Gephi, Cytoscape
// desktop, networkx and graphology write them), our own exports read back
// unchanged, and hostile files refused with a message naming the problem.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportGraph, EXPORT_FORMATS } from '../../../src/core/io/index.ts';
import { importGraphFile } from '../../../src/core/io/foreign.ts';
import { fixtureGraph } from '../../fixtures/io/knowledge-graph.ts';
import { HOSTILE_CASES } from '../../fixtures/hostile/expected.ts';

const FOREIGN = path.resolve(import.meta.dirname, '../../fixtures/io/foreign');
const HOSTILE = path.resolve(import.meta.dirname, '../../fixtures/hostile');
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('graphs from other tools', () => {
  const cases: { file: string; labels: string[]; kinds: Record<string, string>; relations: string[]; extra: [string, string, unknown][] }[] = [
    { file: 'yed.graphml', labels: ['Mette Frederiksen', 'Copenhagen', 'Jonas Gahr Støre'], kinds: { n0: 'entity' }, relations: ['based in', 'related to'], extra: [['n0', 'description', 'Prime minister since 2019'], ['n2', 'url', 'https://example.org/stoere']] },
    { file: 'gephi.graphml', labels: ['Angela Merkel', 'Bundeskanzleramt', 'Berlin'], kinds: { 0: 'person', 1: 'organization', 2: 'venue' }, relations: ['affiliated_with', 'related to'], extra: [['0', 'Modularity Class', 0], ['0', 'x', -120.5]] },
    { file: 'cytoscape.graphml', labels: ['Emmanuel Macron', 'Élysée Palace', 'Olaf Scholz'], kinds: { 104: 'leader', 106: 'venue' }, relations: ['invited', 'pp'], extra: [['104', 'SUID', 104], ['104', 'shared name', 'Emmanuel Macron']] },
    { file: 'networkx.graphml', labels: ['0', '1', '33'], kinds: { 0: 'entity' }, relations: ['related to', 'related to', 'related to'], extra: [['33', 'club', 'Officer'], ['0', 'betweenness', 0.4376]] },
    { file: 'gephi.gexf', labels: ['Recep Tayyip Erdoğan', 'Ankara', 'NATO'], kinds: { n1: 'leader', n2: 'venue', n3: 'organization' }, relations: ['located_in', 'related to'], extra: [['n1', 'Modularity Class', 0], ['n1', 'color', 'rgb(240,128,60)']] },
    { file: 'graphology.json', labels: ['Xi Jinping', 'Beijing', 'Beijing talks'], kinds: { xi: 'leader', beijing: 'venue', s1: 'meeting' }, relations: ['participant', 'held_at'], extra: [['xi', 'score', 0.9]] },
  ];
  it.each(cases)('$file: labels, kinds, relations, and its own attributes kept', ({ file, labels, kinds, relations, extra }) => {
    const { graph, foreign } = importGraphFile(read(FOREIGN, file), file);
    expect(foreign).toBe(true);
    expect(graph.mapNodes((_k, a) => a.label)).toEqual(labels);
    for (const [key, kind] of Object.entries(kinds)) expect(graph.getNodeAttribute(key, 'kind')).toBe(kind);
    expect(graph.mapEdges((_k, a) => a.relation)).toEqual(relations);
    for (const [key, name, value] of extra) expect((graph.getNodeAttributes(key) as unknown as Record<string, unknown>)[name]).toEqual(value);
    graph.forEachNode((_k, a) => {
      expect(Array.isArray(a.evidence) && Array.isArray(a.aliases)).toBe(true);
    });
  });

  it('keeps valid evidence from a foreign file', () => {
    const { graph } = importGraphFile(read(FOREIGN, 'graphology.json'), 'graphology.json');
    expect(graph.getNodeAttribute('s1', 'evidence')).toEqual([{ doc: 'elsewhere.txt', start: 0, end: 42 }]);
    expect(graph.getEdgeAttribute('a', 'evidence')).toEqual([{ doc: 'elsewhere.txt', start: 0, end: 42 }]);
  });
});

describe('our own exports come back unchanged', () => {
  it.each(EXPORT_FORMATS)('%s', (format) => {
    const graph = fixtureGraph();
    const { graph: back, foreign } = importGraphFile(exportGraph(graph, format), `x.${format}`);
    expect(foreign).toBe(false);
    expect(back.export()).toEqual(graph.export());
  });
});

describe('hostile graph files', () => {
  it.each(HOSTILE_CASES.filter((c) => c.kind === 'graph' && !c.accepted && c.file !== 'bad-workspace.json'))('$file: $message', ({ file, message }) => {
    expect(() => importGraphFile(read(HOSTILE, file), file)).toThrow(message);
  });

  it('imports markup in attributes as plain strings', () => {
    const { graph } = importGraphFile(read(HOSTILE, 'script-attributes.graphml'), 'script-attributes.graphml');
    expect(graph.getNodeAttribute('a', 'label')).toBe('<img src=x onerror="window.__pwned=\'label\'">');
  });
});
