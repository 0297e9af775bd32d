// The user's own articles and imported graphs: adding (pasted or files),
// hiding, removing, importing another tool's graph, the workspace file, and
// keeping all of it in IndexedDB across sessions. Extraction runs in a worker;
// the graph on screen is replaced only when a new one is ready, so a failure
// leaves what was loaded as it was.
import { MultiDirectedGraph } from 'graphology';
import type { Doc, KnowledgeGraph } from '../../core/schema.ts';
import { DEFAULT_LAYOUT, LAYOUTS, LAYOUT_NAMES, type LayoutName } from '../../view/layouts.ts';
import { ExtractCancelled, ExtractClient } from '../../workers/extract-client.ts';
import { type ArticleDraft, articleFromFile, articleFromPaste, checkArticleSize, formatBytes, isArticleFileName } from '../lib/article-input.ts';
import { contributions, type Contribution } from '../lib/contributions.ts';
import { setAsideRepeats } from '../lib/same-articles.ts';
import { downloadName, saveBlob } from '../lib/download.ts';
import type { Article, LoadedGraph } from '../lib/graph-asset.ts';
import {
  type GraphSource,
  type SerializedKnowledgeGraph,
  type UserArticle,
  type ViewState,
  checkUserArticle,
  checkViewState,
  looksLikeWorkspace,
  parseWorkspace,
  workspaceText,
} from '../lib/workspace-file.ts';
import { IndexedDbStore, type WorkspaceStore } from '../lib/workspace-store.ts';
import type { Explorer, FocusHops } from './explorer.svelte.ts';
import { DRAWN_KINDS } from './filters.svelte.ts';

/** The largest graph or workspace file read. */
export const MAX_GRAPH_BYTES = 30 * 1024 * 1024;
const GRAPH_EXTENSIONS = ['.graphml', '.gexf', '.json', '.xml'];
const USER_PREFIX = 'yours/';

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export interface Report {
  tone: 'ok' | 'error';
  text: string;
}

interface CachedGraph {
  signature: string;
  graph: SerializedKnowledgeGraph;
}

interface ImportedRecord {
  source: Extract<GraphSource, { type: 'import' }>;
  graph: SerializedKnowledgeGraph;
}

const graphOf = (serialized: SerializedKnowledgeGraph): KnowledgeGraph => {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.import(serialized);
  return graph;
};

/** A short stable hash (FNV-1a) of the texts a graph was built from. */
function hashTexts(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const slug = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\.[a-z0-9]+$/, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'article';

/** The layout itself when it runs off the main thread, else the first one that does. */
function offPageLayout(current: LayoutName): LayoutName {
  if (LAYOUTS[current].runs === 'worker') return current;
  return LAYOUT_NAMES.find((name) => LAYOUTS[name].runs === 'worker') ?? current;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class Documents {
  /** The user's articles, in the order they were added. */
  articles = $state.raw<readonly UserArticle[]>([]);
  /** What the graph on screen was made from. */
  source = $state.raw<GraphSource>({ type: 'articles' });
  busy = $state(false);
  /** Whether the worker is reading articles or a graph, which cancel() can stop. */
  cancellable = $state(false);
  progress = $state.raw<Progress | null>(null);
  /** What the last action did, and what went wrong with which input. */
  reports = $state.raw<readonly Report[]>([]);
  restored = $state(false);
  /** Whether the "Your articles" dialog is open. */
  panelOpen = $state(false);

  contributions: ReadonlyMap<string, Contribution> = $derived.by(() => {
    const graph = this.#explorer.graph;
    return graph ? contributions(graph) : new Map();
  });

  #explorer: Explorer;
  #store: WorkspaceStore;
  #client: ExtractClient | null = null;
  #seed: LoadedGraph | null = null;
  #built: KnowledgeGraph | null = null;

  constructor(explorer: Explorer, store: WorkspaceStore = new IndexedDbStore()) {
    this.#explorer = explorer;
    this.#store = store;
  }

  get #worker(): ExtractClient {
    this.#client ??= new ExtractClient();
    return this.#client;
  }

  // ---- Start: the seed graph is loaded; bring back what the last session left.

  async attach(): Promise<void> {
    const loaded = this.#explorer.loaded;
    if (!loaded || this.#seed) return;
    this.#seed = loaded;
    try {
      const [articles, view, cached, imported] = await Promise.all([
        this.#store.get<unknown[]>('articles'),
        this.#store.get<unknown>('view'),
        this.#store.get<CachedGraph>('graph'),
        this.#store.get<ImportedRecord>('imported'),
      ]);
      this.articles = (Array.isArray(articles) ? articles : []).flatMap((a, i) => {
        try {
          return [checkUserArticle(a, `articles[${i}]`)];
        } catch {
          return [];
        }
      });
      if (imported?.graph && imported.source?.type === 'import') {
        this.#show(graphOf(imported.graph), imported.source);
      } else if (this.#visibleArticles().length > 0) {
        if (cached?.signature === this.#signature() && cached.graph) {
          this.#built = graphOf(cached.graph);
          this.#show(this.#built, { type: 'articles' });
        } else await this.#rebuild('Rebuilding the graph with your articles');
      }
      this.#applyView(checkViewState(view));
    } catch (error) {
      this.#report('error', `Your saved articles could not be read: ${messageOf(error)}`);
    } finally {
      this.restored = true;
    }
  }

  // ---- Adding articles.

  async addPasted(body: string, title = '', date = ''): Promise<boolean> {
    let draft: ArticleDraft;
    try {
      draft = articleFromPaste(body, title, date);
    } catch (error) {
      this.reports = [{ tone: 'error', text: messageOf(error) }];
      return false;
    }
    return this.#add([draft], []);
  }

  /** Files dropped or chosen: articles are added, graph and workspace files imported. */
  async addFiles(files: readonly File[]): Promise<void> {
    const drafts: ArticleDraft[] = [];
    const problems: Report[] = [];
    const graphs: File[] = [];
    this.busy = true;
    try {
      for (const [i, file] of files.entries()) {
        this.progress = { done: i, total: files.length, label: `Reading ${file.name}` };
        const lower = file.name.toLowerCase();
        if (GRAPH_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !isArticleFileName(file.name)) {
          graphs.push(file);
          continue;
        }
        try {
          checkArticleSize(file.name, file.size);
          drafts.push(articleFromFile(file.name, new Uint8Array(await file.arrayBuffer())));
        } catch (error) {
          problems.push({ tone: 'error', text: messageOf(error) });
        }
      }
    } finally {
      this.busy = false;
      this.progress = null;
    }
    if (drafts.length > 0) await this.#add(drafts, problems);
    else if (problems.length > 0) this.reports = problems;
    for (const file of graphs) await this.importFile(file, drafts.length > 0 || problems.length > 0 ? this.reports : []);
  }

  async #add(all: ArticleDraft[], earlier: Report[]): Promise<boolean> {
    // The same article twice is one article: a repeat is not added, and the user is told which article it repeats.
    const { fresh: drafts, repeats } = setAsideRepeats(all, [...(this.#seed?.articles.values() ?? []), ...this.articles], (d) => d.title ?? d.name ?? 'the pasted article');
    const problems = [
      ...earlier,
      ...repeats.map((r): Report => ({ tone: 'error', text: `${r.draft.name ?? 'The pasted article'} was not added: the same text is already there, as “${r.of}”.` })),
    ];
    if (drafts.length === 0) {
      this.reports = problems;
      return false;
    }
    const taken = new Set([...this.articles.map((a) => a.id), ...(this.#seed?.articles.keys() ?? [])]);
    const now = new Date().toISOString();
    const added: UserArticle[] = drafts.map((draft) => {
      const base = `${USER_PREFIX}${slug(draft.name ?? draft.title ?? draft.text.split('\n', 1)[0] ?? 'pasted')}`;
      let id = `${base}.txt`;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}.txt`;
      taken.add(id);
      const firstLine = draft.text.split('\n').find((l) => l.trim())?.trim() ?? id;
      return { id, title: draft.title ?? (firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine), published: null, text: draft.text, hidden: false, origin: draft.name ?? 'pasted', addedAt: now };
    });
    const before = this.articles;
    this.articles = [...before, ...added];
    const ok = await this.#rebuild(`Reading ${added.length === 1 ? 'your article' : `${added.length} articles`}`);
    if (!ok) {
      this.articles = before; // nothing half-added
      this.reports = [...this.reports, ...problems];
      return false;
    }
    await this.#saveArticles();
    const summary = added.map((a) => {
      const c = this.contributions.get(a.id);
      return `${a.title} (${c ? `${c.nodes} nodes, ${c.edges} edges` : 'nothing found'})`;
    });
    this.reports = [{ tone: 'ok', text: `Added ${summary.join('; ')}.` }, ...problems];
    return true;
  }

  // ---- Hiding and removing.

  async toggleHidden(id: string): Promise<void> {
    await this.#change(this.articles.map((a) => (a.id === id ? { ...a, hidden: !a.hidden } : a)), id);
  }

  async remove(id: string): Promise<void> {
    await this.#change(this.articles.filter((a) => a.id !== id), id);
  }

  async #change(next: UserArticle[], id: string): Promise<void> {
    const before = this.articles;
    const title = before.find((a) => a.id === id)?.title ?? id;
    this.articles = next;
    if (!(await this.#rebuild(`Updating the graph`))) {
      this.articles = before;
      return;
    }
    await this.#saveArticles();
    const gone = next.some((a) => a.id === id) ? (next.find((a) => a.id === id)!.hidden ? 'hidden' : 'shown again') : 'removed';
    this.reports = [{ tone: 'ok', text: `${title} ${gone}.` }];
  }

  // ---- Building the graph from the seeds and the visible articles.

  #visibleArticles(): UserArticle[] {
    return this.articles.filter((a) => !a.hidden);
  }

  #seedDocs(): Doc[] {
    return [...(this.#seed?.articles.values() ?? [])].map((a) => ({ id: a.id, text: a.text }));
  }

  #signature(): string {
    const seed = this.#seed;
    const user = this.#visibleArticles();
    return `${seed?.graph.order}:${seed?.graph.size}:${hashTexts([...(seed?.articles.keys() ?? []), ...user.flatMap((a) => [a.id, a.text])])}`;
  }

  /** Builds the graph and shows it; false (and a report) when it failed, the old graph still shown. */
  async #rebuild(label: string): Promise<boolean> {
    const seed = this.#seed;
    if (!seed) return false;
    const visible = this.#visibleArticles();
    if (visible.length === 0) {
      this.#built = null;
      this.#show(seed.graph, { type: 'articles' });
      await this.#store.delete('graph').catch(() => undefined);
      return true;
    }
    this.busy = true;
    this.cancellable = true;
    this.progress = { done: 0, total: 0, label };
    try {
      const docs = [...this.#seedDocs(), ...visible.map((a) => ({ id: a.id, text: a.text }))];
      const result = await this.#worker.build(docs, (done, total, doc) => {
        this.progress = { done, total, label: `${label}: ${done} of ${total} read (${doc})` };
      });
      this.cancellable = false;
      this.#built = graphOf(result.graph);
      this.#show(this.#built, { type: 'articles' });
      await this.#store.set('graph', { signature: this.#signature(), graph: result.graph } satisfies CachedGraph).catch(() => undefined);
      return true;
    } catch (error) {
      this.reports = [error instanceof ExtractCancelled
        ? { tone: 'ok', text: 'Reading was cancelled: nothing was added and the graph is unchanged (pasted text stays in the form).' }
        : { tone: 'error', text: `The articles could not be read; the graph is unchanged. ${messageOf(error)}` }];
      return false;
    } finally {
      this.busy = false;
      this.cancellable = false;
      this.progress = null;
    }
  }

  /** Stops the reading or import under way; what it was for is left as it was before. */
  cancel(): void {
    this.#client?.cancel();
  }

  /** Puts a graph on screen with the articles it cites. */
  #show(graph: KnowledgeGraph, source: GraphSource): void {
    const seed = this.#seed;
    if (!seed) return;
    const articles = new Map<string, Article>(seed.articles);
    for (const a of this.#visibleArticles()) articles.set(a.id, { id: a.id, title: a.title, published: a.published, text: a.text });
    graph.forEachNode((_id, attrs) => {
      // The extractor's title and date for the user's articles, when it found them.
      if (attrs.kind !== 'document') return;
      const doc = attrs.evidence?.[0]?.doc;
      const article = doc ? articles.get(doc) : undefined;
      if (article && doc?.startsWith(USER_PREFIX) && attrs.published) articles.set(doc, { ...article, published: attrs.published });
    });
    const sel = this.#explorer.selection;
    if (sel && !(sel.type === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) this.#explorer.clearSelection();
    this.source = source;
    // A graph replaced on the page is laid out in the layout worker: a page
    // layout (cose-bilkent) on ~150 nodes is a main-thread task of 300+ ms.
    if (graph !== seed.graph) this.#explorer.layout = offPageLayout(this.#explorer.layout);
    this.#explorer.loaded = { corpus: seed.corpus, graph, articles };
  }

  // ---- Importing graphs and workspaces.

  async importFile(file: File, earlier: readonly Report[] = []): Promise<void> {
    const fail = (text: string) => {
      this.reports = [...earlier, { tone: 'error', text: `${file.name} was not imported: ${text.replace(/\.?$/, '.')} The graph on screen is unchanged.` }];
    };
    if (file.size === 0) return fail('the file is empty.');
    if (file.size > MAX_GRAPH_BYTES) return fail(`it is ${formatBytes(file.size)}; graph files can be at most ${formatBytes(MAX_GRAPH_BYTES)}.`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fail('it is not UTF-8 text.');
    }
    if (text.includes('\u0000')) return fail('it looks like a binary file, not text.');
    this.busy = true;
    this.progress = { done: 0, total: 0, label: `Importing ${file.name}` };
    try {
      if (looksLikeWorkspace(text)) {
        await this.#importWorkspace(text, file.name);
      } else {
        this.cancellable = true;
        const result = await this.#worker.importGraph(file.name, text);
        this.cancellable = false;
        const source: GraphSource = { type: 'import', name: file.name, format: result.format, notes: result.notes };
        this.#show(graphOf(result.graph), source);
        await this.#store.set('imported', { source, graph: result.graph } satisfies ImportedRecord).catch(() => undefined);
        const { order, size } = this.#explorer.graph!;
        this.reports = [...earlier, { tone: 'ok', text: `Imported ${file.name} (${result.format.toUpperCase()}${result.foreign ? '' : ', written by this app'}): ${order} nodes, ${size} edges.${result.notes.length ? ` ${result.notes.join('; ')}.` : ''}` }];
      }
    } catch (error) {
      if (error instanceof ExtractCancelled) this.reports = [...earlier, { tone: 'ok', text: `Importing ${file.name} was cancelled; the graph on screen is unchanged.` }];
      else fail(messageOf(error));
    } finally {
      this.busy = false;
      this.cancellable = false;
      this.progress = null;
    }
  }

  /** Back from an imported graph to the seeds and the user's articles. */
  async showArticlesGraph(): Promise<void> {
    await this.#store.delete('imported').catch(() => undefined);
    if (this.#built && this.#visibleArticles().length > 0) this.#show(this.#built, { type: 'articles' });
    else await this.#rebuild('Rebuilding the graph with your articles');
  }

  async #importWorkspace(text: string, name: string): Promise<void> {
    const [{ fromJSON, checkJsonDepth }, { conformsToSchema }] = await Promise.all([import('../../core/io/json.ts'), import('../../core/io/normalize.ts')]);
    checkJsonDepth(text, 'app/workspace-file');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`app/workspace-file: the file is not valid JSON (${messageOf(error)})`);
    }
    const workspace = parseWorkspace(data);
    const graph = fromJSON(JSON.stringify(workspace.graph));
    if (!conformsToSchema(graph)) throw new Error('app/workspace-file: its graph does not follow the graph schema (labels, kinds, evidence)');
    const seedIds = new Set(this.#seed?.articles.keys() ?? []);
    const clash = workspace.articles.find((a) => seedIds.has(a.id));
    if (clash) throw new Error(`app/workspace-file: the article id "${clash.id}" is one of the corpus's own articles`);
    this.articles = workspace.articles;
    if (workspace.source.type === 'import') {
      this.#show(graph, workspace.source);
      await this.#store.set('imported', { source: workspace.source, graph: graph.export() } satisfies ImportedRecord).catch(() => undefined);
    } else {
      this.#built = this.#visibleArticles().length > 0 ? graph : null;
      this.#show(graph, { type: 'articles' });
      await this.#store.delete('imported').catch(() => undefined);
      await this.#store.set('graph', { signature: this.#signature(), graph: graph.export() } satisfies CachedGraph).catch(() => undefined);
    }
    await this.#saveArticles();
    this.#applyView(workspace.view);
    this.reports = [{ tone: 'ok', text: `Opened the workspace ${name}: ${workspace.articles.length} articles, ${graph.order} nodes, ${graph.size} edges.` }];
  }

  /** The workspace as a file: articles, the graph on screen, the view. */
  exportWorkspace(save: (blob: Blob, name: string) => void = saveBlob): void {
    const graph = this.#explorer.graph;
    if (!graph) return;
    const text = workspaceText({ corpus: this.#explorer.corpus, articles: [...this.articles], source: this.source, graph: graph.export(), view: this.viewState() });
    const name = downloadName({ corpus: this.#explorer.corpus, scope: 'workspace', ext: 'json' });
    save(new Blob([text], { type: 'application/json;charset=utf-8' }), name);
    this.reports = [{ tone: 'ok', text: `Saved ${name} (${this.articles.length} articles, ${graph.order} nodes).` }];
  }

  // ---- The view: saved as it changes, applied on restore.

  viewState(): ViewState {
    const e = this.#explorer;
    return { layout: e.layout, kinds: [...e.filters.kinds], statuses: [...e.filters.statuses], focusHops: e.focusHops, selection: e.selection };
  }

  /** Saves the view (called by an effect whenever it changes). */
  saveView(view: ViewState): void {
    if (!this.restored) return; // never overwrite the saved view before it was read
    void this.#store.set('view', view).catch(() => undefined);
  }

  #applyView(view: ViewState): void {
    const e = this.#explorer;
    if (view.layout && (LAYOUT_NAMES as readonly string[]).includes(view.layout)) {
      e.layout = e.graph === this.#seed?.graph ? (view.layout as LayoutName) : offPageLayout(view.layout as LayoutName);
    } else if (view.layout) e.layout = DEFAULT_LAYOUT;
    if (view.kinds) e.filters.kinds = new Set(DRAWN_KINDS.filter((k) => view.kinds!.includes(k)));
    if (view.statuses) e.filters.statuses = new Set(['held', 'planned', 'proposed'].filter((s) => view.statuses!.includes(s)) as ('held' | 'planned' | 'proposed')[]);
    if (view.focusHops !== undefined) e.focusHops = view.focusHops as FocusHops;
    const graph = e.graph;
    if (view.selection && graph && (view.selection.type === 'node' ? graph.hasNode(view.selection.id) : graph.hasEdge(view.selection.id))) e.select(view.selection);
  }

  async #saveArticles(): Promise<void> {
    try {
      await this.#store.set('articles', this.articles.map((a) => ({ ...a })));
    } catch (error) {
      this.#report('error', `Your articles could not be saved in this browser (${messageOf(error)}); export a workspace file to keep them.`);
    }
  }

  #report(tone: Report['tone'], text: string): void {
    this.reports = [...this.reports, { tone, text }];
  }

  dismissReports(): void {
    this.reports = [];
  }
}
