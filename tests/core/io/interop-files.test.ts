// Every graph file of ../shared/interop (skipped when absent) imports, and what
// it imports to survives each of our formats: written and read back, the same
// nodes, edges and attributes (for files up to ROUND_TRIP_EDGES edges: xmldom
// takes seconds over the biggest, and the formats are the same code).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../../src/core/io/foreign.ts';
import { EXPORT_FORMATS, FORMAT_INFO, exportGraph } from '../../../src/core/io/index.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../../../shared/interop');
const ROUND_TRIP_EDGES = 1000;
const files = existsSync(INTEROP) ? readdirSync(INTEROP).filter((f) => f !== 'SOURCES.md').sort() : [];

describe.skipIf(files.length === 0)('every file of ../shared/interop', () => {
  it.each(files)('%s imports, names its producer, and goes through every format unchanged', (file) => {
    const imported = importGraphFile(readFileSync(path.join(INTEROP, file), 'utf8'), file);
    expect(imported.graph.order).toBeGreaterThan(0);
    expect(imported.producer).not.toMatch(/^unknown/);
    if (imported.graph.size > ROUND_TRIP_EDGES) return;
    for (const format of EXPORT_FORMATS) {
      const back = importGraphFile(exportGraph(imported.graph, format), `again${FORMAT_INFO[format].extension}`);
      expect(back.foreign, format).toBe(false);
      expect([back.graph.order, back.graph.size], format).toEqual([imported.graph.order, imported.graph.size]);
      expect(back.graph.getNodeAttributes(imported.graph.nodes()[0]!), format).toEqual(imported.graph.getNodeAttributes(imported.graph.nodes()[0]!));
    }
  });
});

describe.skipIf(files.length === 0)('the producer of each file of ../shared/interop', () => {
  it.each([
    ['G03-yfiles-java-cogentco.graphml', 'yEd / yFiles for Java'],
    ['G05-yed-live-yfiles-html.graphml', 'yEd Live / yFiles for HTML'],
    ['G06-igraph-hsa05010.xml', 'igraph'],
    ['L01-graphtool-2.45-lesmis.graphml', 'graph-tool'],
    ['L03-networkx-2.8.8-lesmis.graphml', 'networkx'],
    ['L04-networkx-2.8.8-lesmis.gexf', 'NetworkX 2.8.8 (GEXF 1.2)'],
    ['J01-cytoscape-3.1.1-tokyo-railways.cyjs.json', 'Cytoscape desktop (cytoscape-3.1.1)'],
    ['J03-graphology-lesmis.json', 'graphology'],
    ['X01-gephi-0.9.3-java.gexf', 'Gephi 0.9.3 (GEXF 1.3)'],
    ['X02-graphology-lesmis.gexf', 'graphology-gexf (GEXF 1.2)'],
  ])('%s: %s', (file, producer) => {
    expect(importGraphFile(readFileSync(path.join(INTEROP, file), 'utf8'), file).producer).toBe(producer);
  });
});

describe.skipIf(files.length === 0)('GEXF 1.0 (X06, sigma.js arctic)', () => {
  it('names attvalues by their id (1.0 has no "for"), so every attribute has its title and none is a value over time', () => {
    const { graph, notes } = importGraphFile(readFileSync(path.join(INTEROP, 'X06-gexf-1.0-arctic.gexf'), 'utf8'), 'X06.gexf');
    const newYork = graph.getNodeAttributes('1') as unknown as Record<string, unknown>;
    expect(newYork).toMatchObject({ label: 'New York', nodedef: 'n1' });
    expect(typeof newYork.occurrences).toBe('number');
    expect(Object.keys(newYork)).not.toContain('');
    expect(notes.join(' ')).not.toMatch(/changes over time/);
  });
});
