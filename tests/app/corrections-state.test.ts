// The app's corrections state on a stand-in explorer: made, undone and redone
// on the graph shown; applied again to each graph shown after; kept in the
// store; imported graphs left as they are; an unreadable stored record said.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { Corrections } from '../../src/app/state/corrections.svelte.ts';
import { MemoryCorrectionStore } from '../../src/app/lib/correction-store.ts';
import type { Explorer } from '../../src/app/state/explorer.svelte.ts';
import type { LoadedGraph } from '../../src/app/lib/graph-asset.ts';
import { type Correction, applyCorrections, nodeRef } from '../../src/core/graph/corrections.ts';
import { copyInSlices } from '../../src/app/lib/graph-copy.ts';
import type { Touched } from '../../src/core/graph/touched.ts';
import type { KnowledgeGraph } from '../../src/core/schema.ts';

function graphOf(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph();
  g.addNode('person:Marco Rubio', { label: 'Marco Rubio', kind: 'official', aliases: ['Marco Rubio'], evidence: [{ doc: 'a.txt', start: 0, end: 10 }], roles: ['Secretary of State', 'Director of the CIA'] });
  g.addNode('person:Donald Trump', { label: 'Donald Trump', kind: 'leader', aliases: ['Donald Trump'], evidence: [{ doc: 'a.txt', start: 0, end: 10 }] });
  return g;
}

function standIn(graph: KnowledgeGraph): Explorer & { loaded: LoadedGraph } {
  const e = {
    loaded: { corpus: 'seeds', graph, articles: new Map() } as LoadedGraph,
    selection: null as Explorer['selection'],
    get graph() {
      return this.loaded.graph;
    },
    clearSelection() {
      this.selection = null;
    },
    selectNode(id: string) {
      this.selection = { type: 'node', id };
    },
  };
  return e as unknown as Explorer & { loaded: LoadedGraph };
}

const roles = (e: { loaded: LoadedGraph }) => e.loaded.graph.getNodeAttribute('person:Marco Rubio', 'roles');

/** Whether a graph is `built` with `list` applied, and what the canvas is told changed. */
function expectCorrected(e: { loaded: LoadedGraph }, built: KnowledgeGraph, list: readonly Correction[]): void {
  const whole = built.copy();
  applyCorrections(whole, list);
  expect(e.loaded.graph.export()).toEqual(whole.export());
}

describe('Corrections one step at a time (app state)', () => {
  it('applies a new one alone and undoes the last by the graph before it; the canvas is patched with what they touched first', async () => {
    const built = graphOf();
    built.addNode('person:Marco A. Rubio', { label: 'Marco A. Rubio', kind: 'official', aliases: [], evidence: [{ doc: 'b.txt', start: 0, end: 9 }] });
    built.addDirectedEdgeWithKey('e1', 'person:Marco A. Rubio', 'person:Donald Trump', { relation: 'stated', evidence: [] });
    const explorer = standIn(built);
    // The canvas host's patch: what it was asked, and the graph the views had then (the one before).
    const patched: { from: KnowledgeGraph; graph: KnowledgeGraph; touched: Touched | null; views: KnowledgeGraph }[] = [];
    explorer.patchCanvas = (from, graph, touched) => (patched.push({ from, graph, touched, views: explorer.loaded.graph }), true);
    const corrections = new Corrections(explorer, new MemoryCorrectionStore());
    await corrections.attach();
    expect(patched).toEqual([]); // the first graph is drawn, not patched
    await corrections.make({ type: 'rename', node: nodeRef(built, 'person:Donald Trump'), label: 'Trump' });
    const renamed = explorer.loaded.graph;
    expect(patched.at(-1)).toEqual({ from: built, graph: renamed, touched: { nodes: new Set(['person:Donald Trump']), edges: new Set() }, views: built });
    await corrections.make({ type: 'merge', keep: nodeRef(built, 'person:Marco Rubio'), absorb: nodeRef(built, 'person:Marco A. Rubio') });
    expectCorrected(explorer, built, corrections.list);
    const merged = explorer.loaded.graph;
    expect(patched.at(-1)!.from).toBe(renamed);
    expect(patched.at(-1)!.graph).toBe(merged);
    expect([...patched.at(-1)!.touched!.nodes].sort()).toEqual(['person:Donald Trump', 'person:Marco A. Rubio', 'person:Marco Rubio']);
    await corrections.undo();
    // The very graph shown before the merge.
    expect(explorer.loaded.graph).toBe(renamed);
    expect(patched.at(-1)!.from).toBe(merged);
    await corrections.redo();
    expect(explorer.loaded.graph).toBe(merged);
    // An undo further back applies the list again, from a copy made in slices, and the canvas compares everything.
    await corrections.undo(corrections.list[0]!.id);
    expectCorrected(explorer, built, corrections.list);
    expect(patched.at(-1)).toMatchObject({ from: merged, touched: null });
    expect(explorer.loaded.graph.getNodeAttribute('person:Donald Trump', 'label')).toBe('Donald Trump');
    expect(built.order).toBe(3);
  });

  it('undoes the last of the corrections read from storage by applying the others again, the canvas patched', async () => {
    const built = graphOf();
    const store = new MemoryCorrectionStore();
    const earlier = new Corrections(standIn(built), store);
    await earlier.attach();
    await earlier.make({ type: 'rename', node: nodeRef(built, 'person:Donald Trump'), label: 'Trump' });
    // A reload: the records come back, no graph from before them.
    const explorer = standIn(built);
    const patched: (Touched | null)[] = [];
    explorer.patchCanvas = (_from, _graph, touched) => (patched.push(touched), true);
    const corrections = new Corrections(explorer, store);
    await corrections.attach();
    expect(explorer.loaded.graph.getNodeAttribute('person:Donald Trump', 'label')).toBe('Trump');
    await corrections.undo();
    expect(explorer.loaded.graph.getNodeAttribute('person:Donald Trump', 'label')).toBe('Donald Trump');
    expect(patched).toEqual([null]);
  });

  it('copies a graph in slices as graphology copies it', async () => {
    const g = graphOf();
    for (let i = 0; i < 1200; i++) g.addDirectedEdgeWithKey(`e${i}`, 'person:Marco Rubio', 'person:Donald Trump', { relation: 'stated', evidence: [], role: String(i) });
    const copy = (await copyInSlices(g))!;
    expect(copy.export()).toEqual(g.copy().export());
    copy.setEdgeAttribute('e1', 'role', 'changed');
    expect(g.getEdgeAttribute('e1', 'role')).toBe('1');
    expect(await copyInSlices(g, () => false)).toBeNull();
  });
});

describe('Corrections (app state)', () => {
  it('makes, undoes and redoes a correction on the graph shown, and keeps it in the store', async () => {
    const built = graphOf();
    const explorer = standIn(built);
    const store = new MemoryCorrectionStore();
    const corrections = new Corrections(explorer, store);
    await corrections.attach();
    await corrections.make({ type: 'roles', node: nodeRef(built, 'person:Marco Rubio'), roles: ['Secretary of State'] }, ' not the CIA ');
    expect(roles(explorer)).toEqual(['Secretary of State']);
    expect(built.getNodeAttribute('person:Marco Rubio', 'roles')).toHaveLength(2); // the graph as built is never changed
    expect(await store.all()).toMatchObject([{ type: 'roles', note: 'not the CIA' }]);
    await corrections.undo();
    expect(roles(explorer)).toHaveLength(2);
    expect(await store.all()).toEqual([]);
    await corrections.redo();
    expect(roles(explorer)).toEqual(['Secretary of State']);

    // A graph rebuilt later gets it again; an imported one does not.
    expect(corrections.shown(graphOf(), { type: 'articles' }, new Map()).getNodeAttribute('person:Marco Rubio', 'roles')).toEqual(['Secretary of State']);
    const imported = graphOf();
    expect(corrections.shown(imported, { type: 'import', name: 'x.graphml', format: 'graphml', notes: [] }, new Map())).toBe(imported);

    // Another session reads it from the store.
    const next = standIn(graphOf());
    const again = new Corrections(next, store);
    await again.attach();
    expect(roles(next)).toEqual(['Secretary of State']);
  });

  it('clears a selection merged away and selects the node kept', async () => {
    const built = graphOf();
    const explorer = standIn(built);
    const corrections = new Corrections(explorer, new MemoryCorrectionStore());
    await corrections.attach();
    explorer.selection = { type: 'node', id: 'person:Marco Rubio' };
    await corrections.make({ type: 'merge', keep: nodeRef(built, 'person:Donald Trump'), absorb: nodeRef(built, 'person:Marco Rubio') });
    expect(explorer.loaded.graph.hasNode('person:Marco Rubio')).toBe(false);
    expect(explorer.selection).toEqual({ type: 'node', id: 'person:Donald Trump' });
  });

  it('says when a stored record cannot be read, and leaves it in the store', async () => {
    const store = new MemoryCorrectionStore();
    await store.put({ id: 'x', at: 'never' } as never);
    const corrections = new Corrections(standIn(graphOf()), store);
    await corrections.attach();
    expect(corrections.message).toEqual({ tone: 'error', text: 'One stored correction could not be read: stored correction 1 has no time (at).' });
    expect(await store.all()).toHaveLength(1);
  });
});
