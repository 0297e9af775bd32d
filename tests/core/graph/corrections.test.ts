// Each kind of correction on the seed graph, and the same corrections again
// on a graph rebuilt with more or fewer articles.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, graphOfExtractions, type DocumentExtraction, type KnowledgeGraph } from '../../../src/core/index.ts';
import { loadDefaultKnowledge } from '../../../src/core/knowledge.ts';
import { type Change, type Correction, applyCorrections, checkCorrection, describeCorrection, edgeRef, nodeRef } from '../../../src/core/graph/corrections.ts';
import { fromGEXF, toGEXF } from '../../../src/core/io/gexf.ts';
import { fromGraphML, toGraphML } from '../../../src/core/io/graphml.ts';
import { toJSON } from '../../../src/core/io/json.ts';
import { importGraphFile } from '../../../src/core/io/foreign.ts';

const SEEDS = path.join(import.meta.dirname, '../../../seeds');
const knowledge = loadDefaultKnowledge();
const texts = new Map(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(SEEDS, f), 'utf8')]));
let extractions: DocumentExtraction[];
const build = (docs: readonly string[] = [...texts.keys()]): KnowledgeGraph => graphOfExtractions(extractions.filter((x) => docs.includes(x.doc)), knowledge);

beforeAll(() => {
  extractions = [...texts].map(([id, text]) => extractDocument({ id, text }, knowledge));
});

const byLabel = (g: KnowledgeGraph, label: string): string => {
  const key = g.findNode((_k, a) => a.label === label);
  if (key === undefined) throw new Error(`no node labelled ${label}`);
  return key;
};
let n = 0;
const make = (change: Change, note = ''): Correction => ({ ...change, id: `c${++n}`, at: '2026-12-02T00:00:00.000Z', note });
const apply = (g: KnowledgeGraph, list: Correction[]) => applyCorrections(g, list, { textOf: (doc) => texts.get(doc) });

describe('corrections', () => {
  it('merges two meetings: evidence and edges unite, the absorbed node goes, and it holds after a rebuild with fewer articles', () => {
    const g = build();
    const keep = byLabel(g, 'Putin–Trump visit in Washington (2018)');
    const absorb = byLabel(g, 'Trump–Putin visit');
    const evidence = g.getNodeAttribute(keep, 'evidence').length + g.getNodeAttribute(absorb, 'evidence').length;
    const neighbours = new Set([...g.neighbors(keep), ...g.neighbors(absorb)]);
    const merge = make({ type: 'merge', keep: nodeRef(g, keep), absorb: nodeRef(g, absorb) }, 'the same proposed visit');
    expect(apply(g, [merge]).get(merge.id)).toEqual({ status: 'applied', detail: '' });
    expect(g.hasNode(absorb)).toBe(false);
    expect(g.getNodeAttribute(keep, 'evidence')).toHaveLength(evidence);
    expect(new Set(g.neighbors(keep))).toEqual(neighbours);
    expect(g.getNodeAttributes(keep)).toMatchObject({ corrected: true, correction_note: 'the same proposed visit', corrected_fields: ['merged'] });
    expect(describeCorrection(merge)).toBe('Merged “Trump–Putin visit” into “Putin–Trump visit in Washington (2018)”');

    // Without article 000 the meetings are numbered otherwise; the merge still finds both.
    const fewer = build([...texts.keys()].slice(1));
    const keepAgain = byLabel(fewer, 'Putin–Trump visit in Washington (2018)');
    expect(fewer.hasNode(byLabel(fewer, 'Trump–Putin visit'))).toBe(true);
    expect(apply(fewer, [merge]).get(merge.id)!.status).toBe('applied');
    expect(fewer.filterNodes((_k, a) => a.label === 'Trump–Putin visit')).toEqual([]);
    expect(fewer.getNodeAttributes(keepAgain)).toMatchObject({ corrected: true });
  });

  it('a later correction finds a merged meeting by its own sentences, not the meeting it shares them with', () => {
    const g = build();
    const keep = byLabel(g, 'Putin–Trump visit in Washington (2018)');
    const absorb = byLabel(g, 'Trump–Putin visit');
    const moscow = byLabel(g, 'Putin–Trump visit in Moscow (2025-02-12)');
    const merge = make({ type: 'merge', keep: nodeRef(g, keep), absorb: nodeRef(g, absorb) });
    const status = make({ type: 'status', node: nodeRef(g, moscow), status: 'held' });
    apply(g, [merge, status]);
    expect(g.getNodeAttribute(moscow, 'status')).toBe('held');
    expect(g.getNodeAttribute(keep, 'status')).toBe('proposed');
  });

  it('merges two people: aliases, roles and evidence unite, edges move without self-loops', () => {
    const g = build();
    const trump = 'person:Donald Trump';
    const putin = 'person:Vladimir Putin';
    const roles = new Set([...(g.getNodeAttribute(trump, 'roles') ?? []), ...(g.getNodeAttribute(putin, 'roles') ?? [])].map((r) => r.toLowerCase()));
    const m = make({ type: 'merge', keep: nodeRef(g, trump), absorb: nodeRef(g, putin) });
    apply(g, [m]);
    const a = g.getNodeAttributes(trump);
    expect(a.aliases).toEqual(expect.arrayContaining(['Vladimir Putin']));
    expect(new Set(a.roles!.map((r) => r.toLowerCase()))).toEqual(roles);
    expect(g.hasEdge(trump, trump)).toBe(false);
  });

  it('refuses to merge a person with a meeting, and says so', () => {
    const g = build();
    const m = make({ type: 'merge', keep: nodeRef(g, 'person:Donald Trump'), absorb: nodeRef(g, byLabel(g, 'Trump–Putin visit')) });
    expect(apply(g, [m]).get(m.id)).toEqual({ status: 'refused', detail: 'a leader cannot be merged with a meeting' });
    expect(g.hasNode('person:Donald Trump')).toBe(true);
  });

  it('splits an alias off into its own node with the evidence that names it', () => {
    const g = build();
    const key = g.findNode((_k, a) => a.kind !== 'meeting' && a.kind !== 'document' && a.aliases.length > 1 && a.aliases.some((x) => x !== a.label))!;
    const before = g.getNodeAttributes(key);
    const alias = before.aliases.find((x) => x !== before.label)!;
    const s = make({ type: 'split', node: nodeRef(g, key), alias }, 'another person');
    expect(apply(g, [s]).get(s.id)!.status).toBe('applied');
    const split = g.getNodeAttributes(`split:${s.id}`);
    expect(split.label).toBe(alias);
    expect(split.evidence.length).toBeGreaterThan(0);
    for (const e of split.evidence) expect(texts.get(e.doc)!.slice(e.mention![0], e.mention![1])).toBe(alias);
    expect(g.getNodeAttribute(key, 'aliases')).not.toContain(alias);
    expect(g.getNodeAttribute(key, 'evidence').length + split.evidence.length).toBe(before.evidence.length);
  });

  it('renames, changes a kind, corrects roles, date, status and venue', () => {
    const g = build();
    const rubio = 'person:Marco Rubio';
    const meeting = byLabel(g, 'Trump–Putin visit');
    const helsinki = g.findNode((_k, a) => a.kind === 'venue' && a.label === 'Helsinki')!;
    const list = [
      make({ type: 'rename', node: nodeRef(g, rubio), label: 'Marco A. Rubio' }),
      make({ type: 'kind', node: nodeRef(g, rubio), kind: 'leader' }),
      make({ type: 'roles', node: nodeRef(g, rubio), roles: ['Secretary of State'] }, 'never CIA director'),
      make({ type: 'date', node: nodeRef(g, meeting), date: '2019-05' }),
      make({ type: 'status', node: nodeRef(g, meeting), status: 'planned' }),
      make({ type: 'venue', node: nodeRef(g, meeting), venue: nodeRef(g, helsinki) }),
    ];
    const outcomes = apply(g, list);
    expect([...outcomes.values()].map((o) => o.status)).toEqual(Array(6).fill('applied'));
    expect(g.getNodeAttributes(rubio)).toMatchObject({ label: 'Marco A. Rubio', kind: 'leader', roles: ['Secretary of State'], corrected: true, correction_note: 'never CIA director', corrected_fields: ['kind', 'label', 'roles'] });
    expect(g.getNodeAttribute(rubio, 'aliases')).toContain('Marco Rubio');
    expect(g.getNodeAttributes(meeting)).toMatchObject({ date: '2019-05', status: 'planned', corrected_fields: ['date', 'status', 'venue'] });
    expect(g.outEdges(meeting).filter((e) => g.getEdgeAttribute(e, 'relation') === 'held_at').map((e) => g.target(e))).toEqual([helsinki]);
  });

  it('rejects a node and an edge, adds a missing edge with its note', () => {
    const g = build();
    const edge = g.findEdge((_k, a) => a.relation === 'affiliated_with')!;
    const [s, t] = g.extremities(edge);
    const list = [
      make({ type: 'reject-edge', edge: edgeRef(g, edge) }, 'wrong employer'),
      make({ type: 'reject-node', node: nodeRef(g, 'person:Marco Rubio') }, 'not in these articles'),
      make({ type: 'add-edge', source: nodeRef(g, 'person:Donald Trump'), target: nodeRef(g, byLabel(g, 'Trump–Putin visit')), relation: 'invited' }, 'he invited him'),
    ];
    apply(g, list);
    expect(g.edges(s, t).filter((e) => g.getEdgeAttribute(e, 'relation') === 'affiliated_with')).toEqual([]);
    expect(g.hasNode('person:Marco Rubio')).toBe(false);
    expect(g.getEdgeAttributes(`corrected:${list[2]!.id}`)).toEqual({ relation: 'invited', evidence: [], corrected: true, corrected_fields: ['added'], correction_note: 'he invited him' });
  });

  it('reports a correction whose target is gone, and applies it again when the target comes back', () => {
    const full = build();
    const lavrov = full.findNode((_k, a) => a.label === 'Sergey Lavrov')!;
    const only = full.getNodeAttribute(lavrov, 'evidence').map((e) => e.doc);
    const c = make({ type: 'rename', node: nodeRef(full, lavrov), label: 'S. Lavrov' });
    const without = build([...texts.keys()].filter((d) => !only.includes(d)));
    expect(apply(without, [c]).get(c.id)).toEqual({ status: 'missing', detail: '“Sergey Lavrov” is no longer in the graph' });
    const again = build();
    expect(apply(again, [c]).get(c.id)!.status).toBe('applied');
    expect(again.getNodeAttribute(lavrov, 'label')).toBe('S. Lavrov');
  });

  it('corrected attributes survive GraphML and GEXF', () => {
    const g = build();
    apply(g, [make({ type: 'roles', node: nodeRef(g, 'person:Marco Rubio'), roles: ['Secretary of State'] }, 'not CIA')]);
    for (const back of [fromGraphML(toGraphML(g)), fromGEXF(toGEXF(g))]) {
      expect(back.getNodeAttributes('person:Marco Rubio')).toMatchObject({ roles: ['Secretary of State'], corrected: true, correction_note: 'not CIA', corrected_fields: ['roles'] });
    }
  });

  it('a corrected export opened in the app is read as its own, marks kept (JSON, GraphML, GEXF)', () => {
    const g = build();
    const list = [
      make({ type: 'roles', node: nodeRef(g, 'person:Marco Rubio'), roles: ['Secretary of State'] }, 'not CIA'),
      make({ type: 'add-edge', source: nodeRef(g, 'person:Donald Trump'), target: nodeRef(g, 'person:Marco Rubio'), relation: 'stated' }, 'added'),
    ];
    apply(g, list);
    for (const [text, name] of [[toJSON(g), 'g.json'], [toGraphML(g), 'g.graphml'], [toGEXF(g), 'g.gexf']] as const) {
      const { graph, foreign } = importGraphFile(text, name);
      expect(foreign, name).toBe(false);
      expect(graph.getNodeAttributes('person:Marco Rubio')).toMatchObject({ corrected: true, correction_note: 'not CIA', corrected_fields: ['roles'] });
      expect(graph.getEdgeAttributes(`corrected:${list[1]!.id}`)).toMatchObject({ corrected: true, evidence: [] });
    }
  });

  it('checks records from storage field by field', () => {
    const g = build();
    const c = make({ type: 'merge', keep: nodeRef(g, 'person:Donald Trump'), absorb: nodeRef(g, 'person:Vladimir Putin') }, 'x');
    expect(checkCorrection(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(() => checkCorrection({ ...c, type: 'explode' })).toThrow(/no correction this app makes/);
    expect(() => checkCorrection({ ...c, keep: { key: 'x' } })).toThrow(/keep should name a node/);
    expect(() => checkCorrection({ ...c, at: 'yesterday' })).toThrow(/has no time/);
  });
});
