// Dynamic and hierarchical GEXF (issue 14): time spans, spells and values over
// time are kept as attributes (shown in the details), nested nodes keep their
// parent, and the import notes say what the canvas does not show.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraphFile } from '../../../src/core/io/foreign.ts';

const INTEROP = path.resolve(import.meta.dirname, '../../../../shared/interop');
const hasInterop = existsSync(path.join(INTEROP, 'SOURCES.md'));
const attrs = (graph: ReturnType<typeof importGraphFile>['graph'], key: string) => graph.getNodeAttributes(key) as unknown as Record<string, unknown>;

const DYNAMIC = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="node" mode="dynamic">
      <attribute id="0" title="approval" type="double"/>
    </attributes>
    <attributes class="edge" mode="dynamic">
      <attribute id="1" title="calls" type="integer"/>
    </attributes>
    <nodes>
      <node id="merkel" label="Angela Merkel" start="2005-11-22" end="2021-12-08">
        <attvalues>
          <attvalue for="0" value="0.61" start="2005-11-22" end="2013-12-17"/>
          <attvalue for="0" value="0.55" start="2013-12-17"/>
        </attvalues>
      </node>
      <node id="scholz" label="Olaf Scholz">
        <spells><spell start="2018-03-14" end="2021-12-08"/><spell start="2021-12-08"/></spells>
      </node>
    </nodes>
    <edges>
      <edge id="c" source="merkel" target="scholz" startopen="2018-03-14">
        <attvalues><attvalue for="1" value="3"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;

describe('dynamic GEXF', () => {
  const imported = importGraphFile(DYNAMIC, 'dynamic.gexf');
  const { graph } = imported;

  it("keeps each element's time span and spells as the file writes them", () => {
    expect(attrs(graph, 'merkel')).toMatchObject({ start: '2005-11-22', end: '2021-12-08' });
    expect(attrs(graph, 'scholz').spells).toEqual([{ start: '2018-03-14', end: '2021-12-08' }, { start: '2021-12-08' }]);
    expect(graph.getEdgeAttributes('c')).toMatchObject({ startopen: '2018-03-14', calls: 3 });
    expect(graph.getAttributes()).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
  });

  it('keeps values over time as a list of {value, start, end}, typed; a single unbounded value stays plain', () => {
    expect(attrs(graph, 'merkel').approval).toEqual([
      { value: 0.61, start: '2005-11-22', end: '2013-12-17' },
      { value: 0.55, start: '2013-12-17' },
    ]);
    expect(graph.getEdgeAttribute('c', 'calls' as never)).toBe(3);
  });

  it('says in the import notes that the times are kept but not drawn', () => {
    const note = imported.notes.find((n) => n.startsWith('This graph changes over time'));
    expect(note).toMatch(/3 nodes and edges have a time span or spells/);
    expect(note).toMatch(/"approval" change over time \(kept as lists of \{value, start, end\}\)/);
    expect(note).toMatch(/the timeline shows meetings' dates, not these times\); the times are shown in each node's and edge's details/);
  });

  it('notes nested nodes, drawn side by side, each with its parent', () => {
    const nested = importGraphFile(`<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
      <node id="eu" label="European Union"><nodes><node id="de" label="Germany"/><node id="fr" label="France"/></nodes></node>
    </nodes></graph></gexf>`, 'nested.gexf');
    expect(nested.graph.mapNodes((key, a) => [key, (a as unknown as Record<string, unknown>).parent])).toEqual([['eu', undefined], ['de', 'eu'], ['fr', 'eu']]);
    expect(nested.notes).toContain('2 nodes are nested inside others (a hierarchy); they are drawn side by side, each with its parent\'s id in the attribute "parent".');
  });
});

describe.skipIf(!hasInterop)('dynamic GEXF files of ../shared/interop (skipped when absent)', () => {
  it('X04 (GEXF 1.3 spells): spells, spans and values over time, every edge', () => {
    const { graph, notes } = importGraphFile(readFileSync(path.join(INTEROP, 'X04-gexf-1.3-dynamics-spells.gexf'), 'utf8'), 'X04.gexf');
    expect(attrs(graph, '0')).toMatchObject({ start: '2009-03-01', indegree: 1 });
    expect(attrs(graph, '1').indegree).toEqual([{ value: 1, end: '2009-03-01' }, { value: 2, start: '2009-03-01', end: '2009-03-10' }, { value: 1, start: '2009-03-10' }]);
    expect(attrs(graph, '2').spells).toEqual([{ end: '2009-03-01' }, { start: '2009-03-05', end: '2009-03-10' }]);
    expect(graph.size).toBe(5);
    expect(notes.some((n) => n.startsWith('This graph changes over time'))).toBe(true);
  });

  it('X09 (GEXF 1.1, dynamic): a node written once per time it is present is one node with those spells', () => {
    const text = readFileSync(path.join(INTEROP, 'X09-gexf-1.1-photoviz-dynamic.gexf'), 'utf8');
    const { graph, notes } = importGraphFile(text, 'X09.gexf');
    expect(graph.order).toBe(new Set([...text.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1])).size);
    expect(attrs(graph, '5')).toMatchObject({ label: 'src.photoviz.arbo', start: '2', end: '11' });
    expect(attrs(graph, '120')).toMatchObject({ label: 'Photos', spells: [{ start: '29', end: '38' }, { start: '40', end: '41' }] });
    expect(attrs(graph, '120')).not.toHaveProperty('start');
    // The id it repeats, and where: a user can find it in the file.
    expect(notes).toContain('1 node id is used more than once (the first, node id "120", is written on lines 1043 and 1387), each time for another span of time: each id is read as one node, present in all its spans (kept in "spells").');
    expect(notes.some((n) => n.startsWith('This graph changes over time'))).toBe(true);
  });
});
