// The user's corrections to the graph: the list (kept in IndexedDB, a record
// each), what became of each on the graph on screen, and undo and redo. The
// graph as built is kept aside; the one shown is always that graph with every
// correction applied again, so a rebuild (articles added, hidden, removed)
// keeps them. Imported graphs are another tool's: they are shown as they are.
import { type Change, type Correction, type Outcome, applyCorrections, checkCorrection, describeCorrection } from '../../core/graph/corrections.ts';
import type { KnowledgeGraph } from '../../core/schema.ts';
import type { Article } from '../lib/graph-asset.ts';
import type { GraphSource } from '../lib/workspace-file.ts';
import { type CorrectionStore, IndexedDbCorrectionStore } from '../lib/correction-store.ts';
import type { Explorer } from './explorer.svelte.ts';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const byTime = (a: Correction, b: Correction): number => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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

  #corrected(built: KnowledgeGraph): KnowledgeGraph {
    if (this.list.length === 0) {
      this.outcomes = new Map();
      return built;
    }
    const graph = built.copy();
    this.outcomes = applyCorrections(graph, this.list, { textOf: (doc) => this.#articles.get(doc)?.text });
    return graph;
  }

  /** Shows the built graph with the list as it now is. */
  #refresh(): void {
    const loaded = this.#explorer.loaded;
    if (!this.#built || !loaded || !this.applies) return;
    const graph = this.#corrected(this.#built);
    const sel = this.#explorer.selection;
    if (sel && !(sel.type === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) this.#explorer.clearSelection();
    this.#explorer.loaded = { ...loaded, graph };
  }

  /** Makes a correction: applied at once, stored, and the redo list forgotten. */
  async make(change: Change, note = ''): Promise<Outcome | undefined> {
    const correction = { ...change, id: newId(), at: new Date().toISOString(), note: note.trim() } as Correction;
    this.list = [...this.list, correction];
    this.undone = [];
    this.#refresh();
    const outcome = this.outcomes.get(correction.id);
    if (outcome && outcome.status !== 'applied') this.message = { tone: 'error', text: `${describeCorrection(correction)}: not done, ${outcome.detail}.` };
    else this.message = { tone: 'ok', text: `${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.put(correction), correction);
    if (change.type === 'merge' && outcome?.status === 'applied' && this.#explorer.graph?.hasNode(change.keep.key)) this.#explorer.selectNode(change.keep.key);
    return outcome;
  }

  /** Undoes one correction (the last made when no id is given); redo brings it back. */
  async undo(id?: string): Promise<void> {
    const correction = id ? this.list.find((c) => c.id === id) : this.list.at(-1);
    if (!correction) return;
    this.list = this.list.filter((c) => c !== correction);
    this.undone = [...this.undone, correction];
    this.#refresh();
    this.message = { tone: 'ok', text: `Undone: ${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.delete(correction.id), correction);
  }

  /** Brings back the last correction undone, in its place in time. */
  async redo(): Promise<void> {
    const correction = this.undone.at(-1);
    if (!correction) return;
    this.undone = this.undone.slice(0, -1);
    this.list = [...this.list, correction].sort(byTime);
    this.#refresh();
    this.message = { tone: 'ok', text: `Redone: ${describeCorrection(correction)}.` };
    await this.#write(() => this.#store.put(correction), correction);
  }

  /** A workspace file's corrections: in place of mine (replace: the graph shown next gets them) or with them (add; the same record once). */
  async take(corrections: readonly Correction[], how: 'replace' | 'add'): Promise<void> {
    const known = new Set(this.list.map((c) => c.id));
    const list = how === 'replace' ? [...corrections] : [...this.list, ...corrections.filter((c) => !known.has(c.id))];
    this.list = list.sort(byTime);
    this.undone = [];
    if (how === 'add') this.#refresh();
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
