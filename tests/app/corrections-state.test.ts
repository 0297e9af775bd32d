// The app's corrections state on a stand-in explorer: made, undone and redone
// on the graph shown; applied again to each graph shown after; kept in the
// store; imported graphs left as they are; an unreadable stored record said.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { Corrections } from '../../src/app/state/corrections.svelte.ts';
import { MemoryCorrectionStore } from '../../src/app/lib/correction-store.ts';
import type { Explorer } from '../../src/app/state/explorer.svelte.ts';
import type { LoadedGraph } from '../../src/app/lib/graph-asset.ts';
import { nodeRef } from '../../src/core/graph/corrections.ts';
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
