// The user's corrections to the graph: the list (kept in IndexedDB, a record
// each), what became of each on the graph on screen, and undo and redo. The
// graph as built is kept aside; the one shown is always that graph with every
// correction applied, so a rebuild (articles added, hidden, removed) keeps
// them. A new correction is applied alone, on a copy of the graph shown (made
// beforehand, a slice at a time), and the canvas patched with what it
// touched; undoing the last brings back the graph before it. Anything else
// (an undo further back, a workspace's corrections added) applies the whole
// list again. Imported graphs are another tool's: they are shown as they are.
import { type Change, type Correction, type Outcome, Corrector, checkCorrection, describeCorrection } from '../../core/graph/corrections.ts';
import { type Touched, recordTouched } from '../../core/graph/touched.ts';
import type { KnowledgeGraph } from '../../core/schema.ts';
import { copyInSlices } from '../lib/graph-copy.ts';
import { nextTask } from '../../view/staged-load.ts';
import type { Article } from '../lib/graph-asset.ts';
import type { GraphSource } from '../lib/workspace-file.ts';
import { type CorrectionStore, IndexedDbCorrectionStore } from '../lib/correction-store.ts';
import type { Explorer } from './explorer.svelte.ts';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const byTime = (a: Correction, b: Correction): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The graph shown, as the corrections `ids` (in order) left the graph as built. Never changed once made. */
interface Corrected {
  graph: KnowledgeGraph;
  ids: readonly string[];
  outcomes: ReadonlyMap<string, Outcome>;
  mergedInto: ReadonlyMap<string, string>;
}

/** A graph shown before, and what going from it to the next touched. */
interface Step {
  state: Corrected;
  touched: Touched;
}

/** Graphs kept for undo and redo without applying the list again. */
const KEPT_STEPS = 5;

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);

const newId = (): string => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

export class Corrections {
  /** In the order they were made (and are applied). */
  list = $state.raw<readonly Correction[]>([]);
  /** Undone, the last undone last: what redo brings back. */
  undone = $state.raw<readonly Correction[]>([]);
  /** What became of each correction on the graph on screen, by id. */
  outcomes = $state.raw<ReadonlyMap<string, Outcome>>(new Map());
  /** Whether the graph on screen is one corrections apply to (not an imported graph). */
  applies = $state(true);
  panelOpen = $state(false);
  /** What the last action did, or what went wrong. */
  message = $state.raw<{ tone: 'ok' | 'error'; text: string } | null>(null);

  #explorer: Explorer;
  #store: CorrectionStore;
  /** The graph on screen as built, before the corrections. */
  #built: KnowledgeGraph | null = null;
  #articles: ReadonlyMap<string, Article> = new Map();

  #corrector: Corrector | null = null;
  #state: Corrected | null = null;
  /** The graphs before the last corrections (the last one last), and those undone since (the last undone last). */
  #back: Step[] = [];
  #forward: Step[] = [];
  /** A copy of the graph shown, made ahead for the next correction. */
  #spare: { of: KnowledgeGraph; copy: KnowledgeGraph } | null = null;
  #copying: KnowledgeGraph | null = null;
  /** Changes to the graph one at a time: a whole list applied again is made in slices. */
  #work: Promise<unknown> = Promise.resolve();

  /** The stored records, read from the start: attach() then waits for nothing the graph's own loading did not already take. */
  #stored: Promise<unknown[]>;

  constructor(explorer: Explorer, store: CorrectionStore = new IndexedDbCorrectionStore()) {
    this.#explorer = explorer;
    this.#store = store;
    this.#stored = store.all();
    this.#stored.catch(() => undefined);
  }

  /** The graph on screen as built, without the corrections (the workspace file keeps that and the list). */
  get built(): KnowledgeGraph | null {
    return this.#built;
  }

  /** Reads the stored corrections and applies them to the graph on screen. */
  async attach(): Promise<void> {
    if (!this.#built && this.#explorer.loaded && this.applies) {
      this.#built = this.#explorer.loaded.graph;
      this.#articles = this.#explorer.loaded.articles;
    }
    try {
      const records = await this.#stored;
      const list: Correction[] = [];
      const bad: string[] = [];
      for (const [i, r] of records.entries()) {
        try {
          list.push(checkCorrection(r, `stored correction ${i + 1}`));
        } catch (error) {
          bad.push(messageOf(error).replace(/^core\/corrections: /, ''));
        }
      }
      // Kept in the store as they are: a later version may read them.
      if (bad.length) this.message = { tone: 'error', text: `${bad.length === 1 ? 'One stored correction' : `${bad.length} stored corrections`} could not be read: ${bad.join('; ')}.` };
      this.list = list.sort(byTime);
    } catch (error) {
      this.message = { tone: 'error', text: `Your corrections could not be read from this browser's storage: ${messageOf(error)}` };
    }
    this.#refresh();
  }

  /** Called whenever a graph is put on screen: the graph to show in its place. */
  shown(graph: KnowledgeGraph, source: GraphSource, articles: ReadonlyMap<string, Article>): KnowledgeGraph {
    this.applies = source.type === 'articles';
    if (!this.applies) {
      this.#built = null;
      return graph;
    }
    this.#built = graph;
    this.#articles = articles;
    return this.#corrected(graph);
  }

  /** The built graph with the whole list applied (on `copy`, a copy of it, when given). */
  #corrected(built: KnowledgeGraph, copy?: KnowledgeGraph): KnowledgeGraph {
    this.#back = [];
    this.#forward = [];
    const corrector = (this.#corrector = new Corrector(built, { textOf: (doc) => this.#articles.get(doc)?.text }));
    if (this.list.length === 0) {
      this.#state = { graph: built, ids: [], outcomes: new Map(), mergedInto: new Map() };
    } else {
      const graph = copy ?? built.copy();
      const mergedInto = new Map<string, string>();
      const outcomes = new Map<string, Outcome>();
      for (const c of this.list) outcomes.set(c.id, corrector.apply(graph, mergedInto, c));
      this.#state = { graph, ids: this.list.map((c) => c.id), outcomes, mergedInto };
    }
    this.outcomes = this.#state.outcomes;
    this.#prepareSpare();
    return this.#state.graph;
  }

  /** Copies the graph shown, a slice at a time, for the next correction. */
  #prepareSpare(): void {
    const graph = this.#state?.graph;
    if (!graph || this.#spare?.of === graph || this.#copying === graph) return;
    this.#copying = graph;
    void copyInSlices(graph, () => this.#state?.graph === graph).then((copy) => {
      if (this.#copying === graph) this.#copying = null;
      if (copy && this.#state?.graph === graph) this.#spare = { of: graph, copy };
    });
  }

  /** A copy of the graph shown to change: the one made ahead, else one made now. */
  #copyOfShown(state: Corrected): KnowledgeGraph {
    const spare = this.#spare;
    this.#spare = null;
    return spare?.of === state.graph ? spare.copy : state.graph.copy();
  }

  /**
   * Puts `state` on screen; `touched` is what changed from the graph shown
   * (null: look at everything). With `onCanvas`, the canvas is patched first
   * and the views built from the graph are remade in the next task: neither
   * waits for the other in one long task.
   */
  async #show(state: Corrected, touched: Touched | null, onCanvas = true): Promise<void> {
    const loaded = this.#explorer.loaded;
    const from = loaded?.graph;
    this.#state = state;
    this.outcomes = state.outcomes;
    if (!loaded || !from) return;
    const graph = state.graph;
    if (onCanvas && this.#explorer.patchCanvas?.(from, graph, touched)) {
      await nextTask();
      if (this.#state !== state || this.#explorer.loaded !== loaded) return;
    }
    const sel = this.#explorer.selection;
    if (sel && !(sel.type === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) this.#explorer.clearSelection();
    this.#explorer.loaded = { corpus: loaded.corpus, articles: loaded.articles, graph };
    this.#prepareSpare();
  }

  /** Shows the built graph with the list as it now is, applied again. */
  #refresh(): void {
    const loaded = this.#explorer.loaded;
    if (!this.#built || !loaded || !this.applies) return;
    this.#corrected(this.#built);
    // At once (the graph is read by what comes next, documents.attach()), the canvas made again.
    void this.#show(this.#state!, null, false);
  }

  /** The same, the copy of the built graph made a slice at a time (the graph on screen meanwhile is the last one), the canvas patched. */
  #refreshInSlices(): Promise<void> {
    return this.#serial(() => this.#reapplyInSlices());
  }

  async #reapplyInSlices(): Promise<void> {
    const built = this.#built;
    if (!built || !this.#explorer.loaded || !this.applies) return;
    const copy = this.list.length ? await copyInSlices(built, () => this.#built === built) : built;
    if (!copy || this.#built !== built) return;
    this.#corrected(built, copy);
    await this.#show(this.#state!, null);
  }

  #serial(work: () => Promise<void> | void): Promise<void> {
    const run = this.#work.then(work);
    this.#work = run.catch(() => undefined);
    return run;
  }

  /** Whether the graph shown is one a step applies to: the corrected graph of articles, on screen. */
  #steppable(): boolean {
    return this.#built !== null && this.applies && this.#corrector !== null && this.#explorer.loaded?.graph === this.#state?.graph;
  }

  /** Whether the graph shown is the list's but its last `n`: what one step applies to. */
  #shownIsListBut(n: number): Corrected | null {
    const state = this.#state;
    if (!state || !this.#steppable()) return null;
    return sameIds(state.ids, this.list.slice(0, this.list.length - n).map((c) => c.id)) ? state : null;
  }

  /** Applies the list's last correction alone to the graph shown (the list but it); the graph before it kept for undo. */
  async #applyLast(): Promise<void> {
    const state = this.#shownIsListBut(1);
    const c = this.list.at(-1);
    if (!state || !c) return this.#reapplyInSlices();
    const graph = this.#copyOfShown(state);
    const mergedInto = new Map(state.mergedInto);
    const corrector = this.#corrector!;
    const { result, touched } = recordTouched(graph, () => corrector.apply(graph, mergedInto, c));
    this.#back = [...this.#back.slice(1 - KEPT_STEPS), { state, touched }];
    await this.#show({ graph, ids: [...state.ids, c.id], outcomes: new Map(state.outcomes).set(c.id, result), mergedInto }, touched);
  }

  /** Makes a correction: applied at once, stored, and the redo list forgotten. */
  async make(change: Change, note = ''): Promise<Outcome | undefined> {
    const correction = { ...change, id: newId(), at: new Date().toISOString(), note: note.trim() } as Correction;
    this.list = [...this.list, correction];
    this.undone = [];
    await this.#serial(() => {
      this.#forward = [];
      return this.#applyLast();
    });
    const outcome = this.outcomes.get(correction.id);
    if (outcome && outcome.status !== 'applied') this.message = { tone: 'error', text: `${describeCorrection(correction)}: not done, ${outcome.detail}.` };
    else this.message = { tone: 'ok', text: `${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.put(correction), correction);
    // The node kept is selected (when it is not already: a new selection restyles the whole canvas).
    const sel = this.#explorer.selection;
    if (change.type === 'merge' && outcome?.status === 'applied' && !(sel?.type === 'node' && sel.id === change.keep.key) && this.#explorer.graph?.hasNode(change.keep.key)) this.#explorer.selectNode(change.keep.key);
    return outcome;
  }

  /** Undoes one correction (the last made when no id is given); redo brings it back. */
  async undo(id?: string): Promise<void> {
    const correction = id ? this.list.find((c) => c.id === id) : this.list.at(-1);
    if (!correction) return;
    const last = correction === this.list.at(-1);
    this.list = this.list.filter((c) => c !== correction);
    this.undone = [...this.undone, correction];
    if (last) {
      await this.#serial(() => {
        const step = this.#back.at(-1);
        const state = this.#state;
        const ids = this.list.map((c) => c.id);
        if (!step || !state || !this.#steppable() || !sameIds(state.ids, [...ids, correction.id]) || !sameIds(step.state.ids, ids)) return this.#reapplyInSlices();
        // The graph before it, as it was: the canvas changes back what the correction touched.
        this.#back = this.#back.slice(0, -1);
        this.#forward = [...this.#forward.slice(1 - KEPT_STEPS), { state, touched: step.touched }];
        return this.#show(step.state, step.touched);
      });
    } else {
      this.#forward = [];
      await this.#refreshInSlices();
    }
    this.message = { tone: 'ok', text: `Undone: ${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.delete(correction.id), correction);
  }

  /** Brings back the last correction undone, in its place in time. */
  async redo(): Promise<void> {
    const correction = this.undone.at(-1);
    if (!correction) return;
    this.undone = this.undone.slice(0, -1);
    this.list = [...this.list, correction].sort(byTime);
    if (correction === this.list.at(-1)) {
      await this.#serial(() => {
        const step = this.#forward.at(-1);
        const state = this.#shownIsListBut(1);
        if (step && state && sameIds(step.state.ids, this.list.map((c) => c.id))) {
          this.#forward = this.#forward.slice(0, -1);
          this.#back = [...this.#back.slice(1 - KEPT_STEPS), { state, touched: step.touched }];
          return this.#show(step.state, step.touched);
        }
        return this.#applyLast();
      });
    } else await this.#refreshInSlices();
    this.message = { tone: 'ok', text: `Redone: ${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.put(correction), correction);
  }

  /** A workspace file's corrections: in place of mine (replace: the graph shown next gets them) or with them (add; the same record once). */
  async take(corrections: readonly Correction[], how: 'replace' | 'add'): Promise<void> {
    const known = new Set(this.list.map((c) => c.id));
    const list = how === 'replace' ? [...corrections] : [...this.list, ...corrections.filter((c) => !known.has(c.id))];
    this.list = list.sort(byTime);
    this.undone = [];
    if (how === 'add') void this.#refreshInSlices();
    try {
      await this.#store.replace(this.list);
    } catch (error) {
      this.message = { tone: 'error', text: `The workspace's corrections are applied but could not be kept in this browser: ${messageOf(error)}` };
    }
  }

  async #write(write: () => Promise<void>, correction: Correction): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.message = { tone: 'error', text: `${describeCorrection(correction)} is on screen but could not be kept in this browser: ${messageOf(error)}. Save a workspace file to keep it.` };
    }
  }
}
