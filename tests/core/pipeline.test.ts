// The whole pipeline, documents in and graph out, as the CLI, the app and the
// worker call it: progress, determinism, the parallel path (extract each
// article, then assemble), custom knowledge, and the seed corpus end to end.
import { describe, expect, it } from 'vitest';
import gazetteerJson from '../../data/gazetteer.json';
import givenNamesJson from '../../data/given-names.json';
import lexiconJson from '../../data/lexicon.json';
import { buildGraph, extractDocument, graphOfExtractions } from '../../src/core/index.ts';
import { type Gazetteer, type Lexicon, compileKnowledge, loadDefaultKnowledge } from '../../src/core/knowledge.ts';
import type { KnowledgeGraph } from '../../src/core/schema.ts';
import { SEEDS_DIR, article, findNode, meetingsBetween, node, readCorpus } from '../fixtures/core/graph.ts';

const seeds = readCorpus(SEEDS_DIR);

/** What a reader sees of the meetings, independent of node keys and of evidence order. */
function meetingSignatures(graph: KnowledgeGraph): string[] {
  return graph.filterNodes((_, a) => a.kind === 'meeting').map((key) => {
    const a = graph.getNodeAttributes(key);
    const people = graph.filterInEdges(key, (_, e) => e.relation === 'participant').map((e) => graph.source(e)).sort();
    const places = graph.filterOutEdges(key, (_, e) => e.relation === 'held_at').map((e) => graph.target(e)).sort();
    return [a.type, a.date ?? '-', a.status, people.join('+'), places.join('+')].join(' | ');
  }).sort();
}

/** The export without graphology's generated edge keys. */
function withoutEdgeKeys(graph: KnowledgeGraph) {
  const exported = graph.export();
  return { ...exported, edges: exported.edges.map(({ key: _key, ...rest }) => rest) };
}

describe('buildGraph', () => {
  it('reports progress after each document', () => {
    const calls: [number, number][] = [];
    buildGraph(seeds.slice(0, 3), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('is deterministic: the same documents give the same nodes, edges and attributes', () => {
    expect(withoutEdgeKeys(buildGraph(seeds))).toEqual(withoutEdgeKeys(buildGraph(seeds)));
  });

  // Edges are added without keys, so graphology names them "geid_<graph instance>_<n>":
  // the JSON export of one corpus changes with how many graphs the process built before.
  it('names edges the same way on every build', () => {
    expect(buildGraph(seeds).edges()).toEqual(buildGraph(seeds).edges());
  });

  it('gives the same graph on the parallel path (extractDocument per article, then graphOfExtractions)', () => {
    const knowledge = loadDefaultKnowledge();
    const parallel = graphOfExtractions(seeds.map((d) => extractDocument(d, knowledge)), knowledge);
    expect(withoutEdgeKeys(parallel)).toEqual(withoutEdgeKeys(buildGraph(seeds)));
  });

  it('exports plain JSON: what is written is what is read back', () => {
    const exported = buildGraph(seeds).export();
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
  });

  // Event merging across articles is greedy; the graph of a folder should not
  // depend on the order its files are read in (the app and CLI may differ).
  it('gives the same meetings whatever the order of the articles', () => {
    expect(meetingSignatures(buildGraph([...seeds].reverse()))).toEqual(meetingSignatures(buildGraph(seeds)));
  });

  it('uses the knowledge it is given', () => {
    const gazetteer = structuredClone(gazetteerJson) as Gazetteer;
    gazetteer.people.push({ name: 'Alar Karis', aliases: ['Karis'], kind: 'leader', country: 'EE', roles: ['President of Estonia'] });
    const knowledge = compileKnowledge({ gazetteer, lexicon: lexiconJson as unknown as Lexicon, givenNames: givenNamesJson as string[] });
    const text = article('Tallinn', null, 'Karis met Putin in Helsinki.');
    const withKaris = buildGraph([{ id: 'a.txt', text }], { knowledge });
    expect(node(withKaris, 'Alar Karis').attrs).toMatchObject({ kind: 'leader', country: 'EE' });
    expect(meetingsBetween(withKaris, 'Alar Karis', 'Vladimir Putin')).toHaveLength(1);
    expect(findNode(buildGraph([{ id: 'a.txt', text }]), 'Alar Karis')).toBeUndefined();
  });
});

describe('the seed corpus end to end', () => {
  const graph = buildGraph(seeds);

  it('has the Helsinki summit of 16 July 2018, held, between Trump and Putin', () => {
    const helsinki = meetingsBetween(graph, 'Donald Trump', 'Vladimir Putin').filter((m) => m.venues.includes('Helsinki'));
    expect(helsinki).toHaveLength(1);
    expect(helsinki[0]).toMatchObject({ date: '2018-07-16', status: 'held' });
  });

  it('has Trump inviting Putin to Washington and Putin inviting Trump to Moscow', () => {
    const invitations = graph.filterEdges((_, a) => a.relation === 'invited').map((e) => {
      const meeting = graph.getEdgeAttribute(e, 'meeting');
      const venues = meeting ? graph.filterOutEdges(meeting, (_, x) => x.relation === 'held_at').map((x) => graph.getTargetAttribute(x, 'label')) : [];
      return `${graph.getSourceAttribute(e, 'label')} -> ${graph.getTargetAttribute(e, 'label')} @ ${venues.join(',')}`;
    });
    expect(invitations).toEqual(expect.arrayContaining(['Donald Trump -> Vladimir Putin @ Washington', 'Vladimir Putin -> Donald Trump @ Moscow']));
  });

  it('finds the officials of the seed articles with whom they serve', () => {
    const affiliations = graph.filterEdges((_, a) => a.relation === 'affiliated_with').map((e) => `${graph.getSourceAttribute(e, 'label')} -> ${graph.getTargetAttribute(e, 'label')}`);
    expect(affiliations).toEqual(expect.arrayContaining(['Sarah Sanders -> Donald Trump', 'Yuri Ushakov -> Vladimir Putin']));
  });

  it('runs in well under a few seconds', () => {
    const t0 = performance.now();
    buildGraph(seeds);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
