// The user's own articles and imported graphs: adding (pasted or files),
// hiding, removing, importing another tool's graph, the workspace file, and
// keeping all of it in IndexedDB across sessions and in step with the other
// tabs (ArticleShelf). Extraction runs in a worker; the graph on screen is
// replaced only when a new one is ready, so a failure leaves what was loaded
// as it was. Changes run one at a time, in the order they were asked for.
import { MultiDirectedGraph } from 'graphology';
import { MEETING_STATUSES, type Doc, type KnowledgeGraph } from '../../core/schema.ts';
import { isLayoutName, layoutChoiceKey, localLayoutChoices } from '../../view/layout-choice.ts';
import { ExtractCancelled, ExtractClient } from '../../workers/extract-client.ts';
import { type ArticleDraft, articleFromFile, articleFromPaste, checkArticleSize, formatBytes, isArticleFileName } from '../lib/article-input.ts';
import { contributions, type Contribution } from '../lib/contributions.ts';
import { plural } from '../lib/format.ts';
import { isDrawn } from '../../view/elements.ts';
import { fileCounts } from './exporter.svelte.ts';
import { setAsideRepeats } from '../lib/same-articles.ts';
import { downloadName, saveBlob } from '../lib/download.ts';
import type { Article, LoadedGraph } from '../lib/graph-asset.ts';
import {
  type GraphSource,
  type SerializedKnowledgeGraph,
  type UserArticle,
  type ViewState,
  type Workspace,
  checkViewState,
  parseWorkspace,
  storedTextProblem,
  workspaceData,
  workspaceText,
} from '../lib/workspace-file.ts';
import { ArticleShelf, CHANNEL_NAME, type RefusedRecord, type SaveFailure, type ShelfChannel } from '../lib/article-shelf.ts';
import { IndexedDbStore, type WorkspaceStore } from '../lib/workspace-store.ts';
import { MAX_GRAPH_BYTES, checkDrawable, drawableProblem } from '../../core/io/limits.ts';
import { fromSerialized } from '../../core/io/json.ts';
import { schemaProblem } from '../../core/io/normalize.ts';
import type { Explorer, FocusHops } from './explorer.svelte.ts';
import { DRAWN_KINDS } from './filters.svelte.ts';
import { StorageUse } from './storage-use.svelte.ts';
import type { Measures } from './measures.svelte.ts';
import type { Corrections } from './corrections.svelte.ts';

const GRAPH_EXTENSIONS = ['.graphml', '.gexf', '.json', '.cyjs', '.xml'];
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

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A workspace file read and checked, waiting for the user to say add or replace. */
export interface WorkspaceOffer {
  name: string;
  articles: number;
  /** Its articles whose text is already among mine (or the corpus's). */
  repeats: number;
  /** How many of mine a replace would remove. */
  replaces: number;
}

interface PendingWorkspace {
  offer: WorkspaceOffer;
  workspace: Workspace;
  graph: KnowledgeGraph;
}

/** What undo brings back after a workspace replaced the user's articles. */
interface Undo {
  label: string;
  articles: readonly UserArticle[];
  imported: ImportedRecord | undefined;
  corrections: Corrections['list'];
}

const defaultChannel = (): ShelfChannel | null => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME));

export class Documents {
  /** The user's articles, in the order they were added. */
  articles = $state.raw<readonly UserArticle[]>([]);
  /** Articles on screen whose last write to the browser's storage failed, with why. */
  unsaved = $state.raw<ReadonlyMap<string, string>>(new Map());
  /** Stored records that could not be restored, kept until the user deletes them. */
  refused = $state.raw<readonly RefusedRecord[]>([]);
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
  /** How much of the browser's storage is used. */
  readonly storage = new StorageUse();
  /** A workspace file waiting for "add" or "replace". */
  offer = $state.raw<WorkspaceOffer | null>(null);
  /** Whether undo can bring back the articles a workspace replaced. */
  canUndo = $state(false);
  /** The measure and colouring, saved with the view (set by App). */
  measures: Measures | null = null;
  /** The user's corrections, applied to every graph shown (set by App). */
  corrections: Corrections | null = null;

  contributions: ReadonlyMap<string, Contribution> = $derived.by(() => {
    const graph = this.#explorer.graph;
    return graph ? contributions(graph) : new Map();
  });

  #explorer: Explorer;
  #store: WorkspaceStore;
  #shelf: ArticleShelf;
  #client: ExtractClient | null = null;
  #seed: LoadedGraph | null = null;
  #built: KnowledgeGraph | null = null;
  #pending: PendingWorkspace | null = null;
  #undo: Undo | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(explorer: Explorer, store: WorkspaceStore = new IndexedDbStore(), channel: ShelfChannel | null = defaultChannel()) {
    this.#explorer = explorer;
    this.#store = store;
    this.#shelf = new ArticleShelf(store, channel);
    this.#shelf.onOtherTab = () => void this.#serial(() => this.#otherTabChanged());
  }

  get #worker(): ExtractClient {
    this.#client ??= new ExtractClient();
    return this.#client;
  }

  /** Runs changes one at a time: a change from another tab waits for the one under way. */
  #serial<T>(change: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(change);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The shelf's list on screen, with its unsaved marks. */
  #fromShelf(): void {
    this.articles = this.#shelf.list;
    this.unsaved = new Map(this.#shelf.unsaved);
    this.refused = this.#shelf.refused;
  }

  // ---- Start: the seed graph is loaded; bring back what the last session left.

  async attach(): Promise<void> {
    const loaded = this.#explorer.loaded;
    if (!loaded || this.#seed) return;
    this.#seed = loaded;
    await this.#serial(async () => {
      try {
        await this.#shelf.reload();
        this.#fromShelf();
        const [view, cached, imported] = await Promise.all([this.#store.get<unknown>('view'), this.#store.get<CachedGraph>('graph'), this.#store.get<ImportedRecord>('imported')]);
        // A graph kept by an earlier version may be one that cannot be drawn: said, and forgotten.
        const kept = imported?.graph && imported.source?.type === 'import' ? graphOf(imported.graph) : null;
        const problem = kept && drawableProblem(kept);
        if (problem) {
          await this.#store.delete('imported').catch(() => undefined);
          this.#report('error', `The graph imported last time (${imported!.source.name}) was not opened again: ${problem}.`);
        }
        if (kept && !problem) {
          this.#show(kept, imported!.source);
        } else if (this.#visibleArticles().length > 0) {
          if (cached?.signature === this.#signature() && cached.graph) {
            this.#built = graphOf(cached.graph);
            this.#show(this.#built, { type: 'articles' });
          } else await this.#rebuild('Rebuilding the graph with your articles');
        }
        this.#applyView(checkViewState(view));
        if (this.refused.length) this.#report('error', `${this.refused.length === 1 ? 'One saved article' : `${this.refused.length} saved articles`} could not be restored; see Your articles.`);
      } catch (error) {
        this.#report('error', `Your saved articles could not be read: ${messageOf(error)}`);
      } finally {
        this.restored = true;
      }
      void this.storage.refresh();
    });
  }

  // ---- Adding articles.

  addPasted(body: string, title = '', date = ''): Promise<boolean> {
    let draft: ArticleDraft;
    try {
      draft = articleFromPaste(body, title, date);
    } catch (error) {
      this.reports = [{ tone: 'error', text: messageOf(error) }];
      return Promise.resolve(false);
    }
    return this.#serial(() => this.#add([draft], []));
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
          drafts.push(await articleFromFile(file.name, new Uint8Array(await file.arrayBuffer()), (html) => this.#worker.htmlArticle(html)));
        } catch (error) {
          problems.push({ tone: 'error', text: messageOf(error) });
        }
      }
    } finally {
      this.busy = false;
      this.progress = null;
    }
    if (drafts.length > 0) await this.#serial(() => this.#add(drafts, problems));
    else if (problems.length > 0) this.reports = problems;
    for (const file of graphs) await this.importFile(file, drafts.length > 0 || problems.length > 0 ? this.reports : []);
  }

  async #add(all: ArticleDraft[], earlier: Report[]): Promise<boolean> {
    // The same article twice is one article: a repeat is not added, and the user is told which article it repeats.
    const { fresh, repeats } = setAsideRepeats(all, [...(this.#seed?.articles.values() ?? []), ...this.articles], (d) => d.title ?? d.name ?? 'the pasted article');
    const problems = [
      ...earlier,
      ...repeats.map((r): Report => ({ tone: 'error', text: `${r.draft.name ?? 'The pasted article'} was not added: the same text is already there, as “${r.of}”.` })),
    ];
    const ids = await this.#shelf.freeIds(
      fresh.map((d) => `${USER_PREFIX}${slug(d.name ?? d.title ?? d.text.split('\n', 1)[0] ?? 'pasted')}.txt`),
      new Set(this.#seed?.articles.keys() ?? []),
    );
    const now = Date.now();
    const drafted = fresh.map((draft, i): UserArticle => {
      const firstLine = draft.text.split('\n').find((l) => l.trim())?.trim() ?? ids[i]!;
      const title = draft.title ?? (firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine);
      // Each its own moment, so that the order of a batch survives a reload.
      return { id: ids[i]!, title, published: null, text: draft.text, hidden: false, origin: draft.name ?? 'pasted', addedAt: new Date(now + i).toISOString() };
    });
    const added: UserArticle[] = [];
    for (const a of drafted) {
      const problem = storedTextProblem(a.text);
      if (problem) problems.push({ tone: 'error', text: `${a.origin === 'pasted' ? `The pasted article “${a.title}”` : a.origin} was not added: ${problem}.` });
      else added.push(a);
    }
    if (added.length === 0) {
      this.reports = problems;
      return false;
    }
    const stored = await this.#addArticles(added, `Reading ${added.length === 1 ? 'your article' : `${added.length} articles`}`);
    if (!stored) {
      this.reports = [...this.reports, ...problems];
      return false;
    }
    const { saved, failed } = stored;
    const summary = saved.map((a) => {
      const c = this.contributions.get(a.id);
      return `${a.title} (${c ? `${plural(c.nodes, 'node')}, ${plural(c.edges, 'edge')}` : 'nothing found'})`;
    });
    this.reports = [...(summary.length ? [{ tone: 'ok' as const, text: `Added ${summary.join('; ')}.` }] : []), ...failed.map(notSavedReport), ...problems];
    if (saved.length) void this.storage.askToPersist();
    return true;
  }

  /**
   * Builds the graph with these articles too, then stores them; null (nothing
   * half-added, a report) when the graph could not be built.
   */
  async #addArticles(added: UserArticle[], label: string): Promise<{ saved: UserArticle[]; failed: SaveFailure[] } | null> {
    this.#forgetUndo();
    this.articles = [...this.#shelf.list, ...added];
    if (!(await this.#rebuild(label))) {
      this.articles = this.#shelf.list;
      return null;
    }
    const { saved, failed, renamed } = await this.#shelf.add(added);
    this.#fromShelf();
    // Another tab took an id meanwhile: the graph must cite the id the article is stored under.
    if (renamed.size > 0) await this.#rebuild('Updating the graph');
    void this.storage.refresh();
    return { saved, failed };
  }

  /** Writes an article marked "not saved" again. */
  saveAgain(id: string): Promise<void> {
    return this.#serial(async () => {
      const title = this.articles.find((a) => a.id === id)?.title ?? id;
      try {
        await this.#shelf.retry(id);
        this.reports = [{ tone: 'ok', text: `${title} is saved in this browser now.` }];
      } catch (error) {
        this.reports = [notSavedReport({ article: this.articles.find((a) => a.id === id)!, reason: messageOf(error) })];
      }
      this.#fromShelf();
      void this.storage.refresh();
    });
  }

  // ---- Hiding and removing.

  toggleHidden(id: string): Promise<void> {
    return this.#serial(async () => {
      const article = this.articles.find((a) => a.id === id);
      if (!article) return;
      const changed = { ...article, hidden: !article.hidden };
      if (!(await this.#changeTo(this.articles.map((a) => (a.id === id ? changed : a))))) return;
      try {
        await this.#shelf.update(changed);
        this.reports = [{ tone: 'ok', text: `${article.title} ${changed.hidden ? 'hidden' : 'shown again'}.` }];
      } catch (error) {
        this.reports = [notSavedReport({ article: changed, reason: messageOf(error) })];
      }
      this.#fromShelf();
    });
  }

  remove(id: string): Promise<void> {
    return this.#serial(async () => {
      const article = this.articles.find((a) => a.id === id);
      if (!article) return;
      if (!(await this.#changeTo(this.articles.filter((a) => a.id !== id)))) return;
      try {
        await this.#shelf.remove(id);
        this.reports = [{ tone: 'ok', text: `${article.title} removed.` }];
      } catch (error) {
        this.reports = [{ tone: 'error', text: `${article.title} is off the graph but could not be removed from this browser's storage (${messageOf(error)}); it will be back after a reload.` }];
      }
      this.#fromShelf();
      void this.storage.refresh();
    });
  }

  /** Shows the graph of `next`; false (the list as it was) when it could not be built. */
  async #changeTo(next: readonly UserArticle[]): Promise<boolean> {
    this.#forgetUndo();
    const before = this.articles;
    this.articles = next;
    if (await this.#rebuild('Updating the graph')) return true;
    this.articles = before;
    return false;
  }

  /** A stored record that could not be restored: the user has read why, and deletes it. */
  discardRefused(key: string): Promise<void> {
    return this.#serial(async () => {
      try {
        await this.#shelf.discardRefused(key);
      } catch (error) {
        this.#report('error', `The record ${key} could not be deleted: ${messageOf(error)}`);
      }
      this.#fromShelf();
      void this.storage.refresh();
    });
  }

  /** The text of a refused record, as a file, so that nothing in it is lost. */
  downloadRefused(key: string, save: (blob: Blob, name: string) => void = saveBlob): void {
    const record = this.refused.find((r) => r.key === key);
    if (record?.text != null) save(new Blob([record.text], { type: 'text/plain;charset=utf-8' }), `${slug(record.title)}.txt`);
  }

  // ---- Another tab of this browser changed the stored articles.

  async #otherTabChanged(): Promise<void> {
    if (!this.#seed) return; // attach() reads them
    const before = this.articles;
    const signature = this.#signature();
    try {
      await this.#shelf.reload();
    } catch (error) {
      this.#report('error', `Another tab changed your articles, and they could not be read again: ${messageOf(error)}`);
      return;
    }
    this.#fromShelf();
    const ids = new Set(this.articles.map((a) => a.id));
    const gone = before.filter((a) => !ids.has(a.id));
    const was = new Set(before.map((a) => a.id));
    const came = this.articles.filter((a) => !was.has(a.id));
    if (this.#signature() !== signature && this.source.type === 'articles') await this.#rebuild('Your articles changed in another tab');
    const parts = [came.length ? `added ${came.map((a) => `“${a.title}”`).join(', ')}` : '', gone.length ? `removed ${gone.map((a) => `“${a.title}”`).join(', ')}` : ''].filter(Boolean);
    this.#report('ok', parts.length ? `Another tab ${parts.join(' and ')}.` : 'Another tab changed your articles.');
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
      // A cache only: when it cannot be written, the next start builds the graph again.
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
    graph = this.corrections?.shown(graph, source, articles) ?? graph;
    const sel = this.#explorer.selection;
    if (sel && !(sel.type === 'node' ? graph.hasNode(sel.id) : graph.hasEdge(sel.id))) this.#explorer.clearSelection();
    this.source = source;
    // The layout is GraphCanvas's to choose when it draws the graph: the
    // user's pick for this graph, else its size's default; the nodes already
    // drawn keep their places (src/view/incremental-layout.ts).
    this.#explorer.loaded = { corpus: seed.corpus, graph, articles };
  }

  /** Keeps an imported graph for the next session, once it has been drawn: a graph that cannot be drawn must not come back. */
  async #keepImported(record: ImportedRecord, graph: KnowledgeGraph): Promise<void> {
    if (!(await this.#explorer.whenDrawn(graph))) return;
    await this.#store.set('imported', record).catch((error: unknown) => this.#report('error', `The imported graph is on screen but could not be kept for next time: ${messageOf(error)}`));
  }

  // ---- Importing graphs and workspaces.

  importFile(file: File, earlier: readonly Report[] = []): Promise<void> {
    return this.#serial(() => this.#importFile(file, earlier));
  }

  async #importFile(file: File, earlier: readonly Report[]): Promise<void> {
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
      const workspace = workspaceData(text);
      if (workspace !== null) {
        await this.#readWorkspace(workspace, file.name);
        this.reports = [...earlier];
      } else {
        this.cancellable = true;
        const result = await this.#worker.importGraph(file.name, text);
        this.cancellable = false;
        this.#forgetUndo();
        const source: GraphSource = { type: 'import', name: file.name, format: result.format, notes: result.notes };
        const graph = graphOf(result.graph);
        this.#show(graph, source);
        void this.#keepImported({ source, graph: result.graph }, graph);
        this.reports = [...earlier, { tone: 'ok', text: `Imported ${file.name} (${result.format.toUpperCase()}${result.foreign ? '' : ', written by this app'}): ${fileCounts(graph)}.${result.notes.length ? ` ${result.notes.join('; ')}.` : ''}` }];
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
  showArticlesGraph(): Promise<void> {
    return this.#serial(async () => {
      await this.#store.delete('imported').catch(() => undefined);
      if (this.#built && this.#visibleArticles().length > 0) this.#show(this.#built, { type: 'articles' });
      else await this.#rebuild('Rebuilding the graph with your articles');
    });
  }

  /** Reads and checks a workspace file, then asks: add its articles to mine, or replace mine. */
  async #readWorkspace(data: unknown, name: string): Promise<void> {
    const workspace = parseWorkspace(data);
    const graph = fromSerialized(workspace.graph);
    const off = schemaProblem(graph);
    if (off) throw new Error(`app/workspace-file: its graph does not follow the graph schema: ${off}`);
    checkDrawable(graph);
    const seedIds = new Set(this.#seed?.articles.keys() ?? []);
    const clash = workspace.articles.find((a) => seedIds.has(a.id));
    if (clash) throw new Error(`app/workspace-file: the article id "${clash.id}" is one of the corpus's own articles`);
    const { repeats } = setAsideRepeats(workspace.articles, [...(this.#seed?.articles.values() ?? []), ...this.articles], (a) => a.title);
    const offer: WorkspaceOffer = { name, articles: workspace.articles.length, repeats: repeats.length, replaces: this.articles.length };
    this.#pending = { offer, workspace, graph };
    this.offer = offer;
    this.panelOpen = true;
  }

  /** The user's answer to the workspace offer. */
  openWorkspace(choice: 'add' | 'replace' | 'cancel'): Promise<void> {
    return this.#serial(async () => {
      const pending = this.#pending;
      this.#pending = null;
      this.offer = null;
      if (!pending) return;
      if (choice === 'cancel') this.reports = [{ tone: 'ok', text: `${pending.offer.name} was not opened; your articles are as they were.` }];
      else if (choice === 'add') await this.#addWorkspace(pending);
      else await this.#replaceWithWorkspace(pending);
    });
  }

  /** Its articles join mine (one article for the same text; ids renamed where mine use them); the graph is built again. */
  async #addWorkspace({ offer, workspace }: PendingWorkspace): Promise<void> {
    const { fresh } = setAsideRepeats(workspace.articles, [...(this.#seed?.articles.values() ?? []), ...this.articles], (a) => a.title);
    if (fresh.length === 0) {
      this.reports = [{ tone: 'ok', text: `Nothing to add from ${offer.name}: ${offer.articles === 0 ? 'it has no articles' : 'all its articles are already there'}.` }];
      return;
    }
    const ids = await this.#shelf.freeIds(fresh.map((a) => a.id), new Set(this.#seed?.articles.keys() ?? []));
    const added = fresh.map((a, i) => ({ ...a, id: ids[i]! }));
    const stored = await this.#addArticles(added, `Reading ${plural(added.length, 'article')} of ${offer.name}`);
    if (!stored) return;
    const { saved, failed } = stored;
    await this.corrections?.take(workspace.corrections ?? [], 'add');
    const skipped = offer.articles - fresh.length;
    this.reports = [{ tone: 'ok', text: `Added ${saved.length} of the articles of ${offer.name} to yours${skipped ? ` (${skipped} already there)` : ''}.` }, ...failed.map(notSavedReport)];
  }

  /** Mine go, its articles and graph come; undo brings mine back until the next change. */
  async #replaceWithWorkspace({ offer, workspace, graph }: PendingWorkspace): Promise<void> {
    const undo: Undo = { label: offer.name, articles: this.#shelf.list, imported: await this.#store.get<ImportedRecord>('imported').catch(() => undefined), corrections: this.corrections?.list ?? [] };
    try {
      await this.#shelf.replace(workspace.articles);
    } catch (error) {
      this.reports = [{ tone: 'error', text: `${offer.name} was not opened: your articles could not be replaced in this browser's storage (${messageOf(error)}). They are as they were.` }];
      return;
    }
    this.#fromShelf();
    await this.corrections?.take(workspace.corrections ?? [], 'replace');
    if (workspace.source.type === 'import') {
      this.#show(graph, workspace.source);
      void this.#keepImported({ source: workspace.source, graph: graph.export() }, graph);
    } else {
      this.#built = this.#visibleArticles().length > 0 ? graph : null;
      this.#show(graph, { type: 'articles' });
      await this.#store.delete('imported').catch(() => undefined);
      await this.#store.set('graph', { signature: this.#signature(), graph: graph.export() } satisfies CachedGraph).catch(() => undefined);
    }
    this.#applyView(workspace.view, { layout: true });
    this.#undo = undo;
    this.canUndo = true;
    const gone = undo.articles.length;
    this.reports = [{ tone: 'ok', text: `Opened the workspace ${offer.name}: ${plural(workspace.articles.length, 'article')}, ${fileCounts(graph)}.${gone ? ` It replaced your ${gone === 1 ? 'article' : `${gone} articles`}; Undo brings ${gone === 1 ? 'it' : 'them'} back.` : ''}` }];
    void this.storage.refresh();
  }

  /** Brings back the articles (and imported graph) a workspace replaced. */
  undoReplace(): Promise<void> {
    return this.#serial(async () => {
      const undo = this.#undo;
      if (!undo) return;
      try {
        await this.#shelf.replace(undo.articles);
      } catch (error) {
        this.reports = [{ tone: 'error', text: `Undo failed: ${messageOf(error)}. Open a saved workspace file to get your articles back.` }];
        return;
      }
      this.#forgetUndo();
      this.#fromShelf();
      await this.corrections?.take(undo.corrections, 'replace');
      if (undo.imported) {
        await this.#store.set('imported', undo.imported).catch(() => undefined);
        this.#show(graphOf(undo.imported.graph), undo.imported.source);
      } else {
        await this.#store.delete('imported').catch(() => undefined);
        await this.#rebuild('Bringing back your articles');
      }
      this.reports = [{ tone: 'ok', text: `Undone: your ${undo.articles.length === 1 ? 'article is' : `${undo.articles.length} articles are`} back, as before ${undo.label} was opened.` }];
      void this.storage.refresh();
    });
  }

  #forgetUndo(): void {
    this.#undo = null;
    this.canUndo = false;
  }

  /** The workspace as a file: articles, the graph on screen, the view. */
  exportWorkspace(save: (blob: Blob, name: string) => void = saveBlob): void {
    const graph = this.#explorer.graph;
    if (!graph) return;
    const text = workspaceText({ corpus: this.#explorer.corpus, articles: [...this.articles], source: this.source, graph: (this.corrections?.built ?? graph).export(), corrections: [...(this.corrections?.list ?? [])], view: this.viewState() });
    const name = downloadName({ corpus: this.#explorer.corpus, scope: 'workspace', ext: 'json' });
    save(new Blob([text], { type: 'application/json;charset=utf-8' }), name);
    this.reports = [{ tone: 'ok', text: `Saved ${name} (${plural(this.articles.length, 'article')}, ${plural(graph.filterNodes((_id, a) => isDrawn(a)).length, 'node')}).` }];
  }

  // ---- The view: saved as it changes, applied on restore.

  /** `viewport`: with zoom and pan (links and workspace files); the view kept in the browser has none, so a reload fits the graph. */
  viewState({ viewport = true } = {}): ViewState {
    const e = this.#explorer;
    const view: ViewState = { layout: e.layout, kinds: [...e.filters.kinds], statuses: [...e.filters.statuses], articles: e.filters.articles ? [...e.filters.articles] : null, timeRange: e.filters.timeRange, hideUnconnected: e.filters.hideUnconnected, focusHops: e.focusHops, selection: e.selection };
    view.places = e.filters.places ? [...e.filters.places] : null;
    if (viewport && e.viewport) view.viewport = e.viewport;
    if (this.measures) Object.assign(view, { sizeBy: this.measures.sizeBy, colourBy: this.measures.colourBy });
    return view;
  }

  /** A view from a link or from the browser's history: applied whole, its layout and its zoom and pan included. */
  showView(view: ViewState): void {
    // What a link leaves out is at its default: going back to "#" is the first view.
    const defaults: ViewState = { kinds: [...DRAWN_KINDS], statuses: [...MEETING_STATUSES], articles: null, places: null, timeRange: null, hideUnconnected: 'auto', focusHops: 0, selection: null };
    this.#applyView({ ...defaults, ...view }, { layout: true, now: true });
  }

  /** Saves the view (called by an effect whenever it changes). */
  saveView(view: ViewState): void {
    if (!this.restored) return; // never overwrite the saved view before it was read
    void this.#store.set('view', view).catch(() => undefined);
  }

  /** `layout`: a workspace file's layout is the pick for the graph it brings (read when GraphCanvas draws it); a restored view's is not, the per-graph pick is. */
  #applyView(view: ViewState, { layout = false, now = false } = {}): void {
    const e = this.#explorer;
    if (layout && isLayoutName(view.layout) && this.#seed) {
      localLayoutChoices().set(layoutChoiceKey(this.#seed.corpus, this.source), view.layout);
      // `now`: the graph on screen stays, so it is laid out again here (a new graph opens with the choice).
      if (now && e.canvas && e.layout !== view.layout) e.relayout(view.layout);
    }
    if (view.articles !== undefined) e.filters.articles = view.articles ? new Set(view.articles.filter((id) => e.articles.has(id))) : null;
    // Places the graph does not have are dropped; none left is no place filter.
    if (view.places !== undefined) e.filters.setPlaces(view.places && (e.graph ? view.places.filter((id) => e.graph!.hasNode(id)) : view.places));
    if (view.kinds) e.filters.kinds = new Set(DRAWN_KINDS.filter((k) => view.kinds!.includes(k)));
    if (view.statuses) e.filters.statuses = new Set(['held', 'planned', 'proposed'].filter((s) => view.statuses!.includes(s)) as ('held' | 'planned' | 'proposed')[]);
    if (view.timeRange !== undefined) e.filters.timeRange = view.timeRange;
    if (view.hideUnconnected !== undefined) e.filters.hideUnconnected = view.hideUnconnected;
    if (view.focusHops !== undefined) e.focusHops = view.focusHops as FocusHops;
    const graph = e.graph;
    if (view.selection && graph && (view.selection.type === 'node' ? graph.hasNode(view.selection.id) : graph.hasEdge(view.selection.id))) e.select(view.selection);
    else if (view.selection === null || now) e.clearSelection();
    if (this.measures && view.sizeBy) this.measures.sizeBy = view.sizeBy;
    if (this.measures && view.colourBy) this.measures.colourBy = view.colourBy;
    if (view.viewport && graph) void this.#lookAt(graph, view.viewport);
  }

  /** Puts the canvas's zoom and pan where a view had them, once `graph` is drawn (after its first fit). */
  async #lookAt(graph: KnowledgeGraph, viewport: NonNullable<ViewState['viewport']>): Promise<void> {
    const e = this.#explorer;
    if (!(await e.whenDrawn(graph))) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (e.graph === graph) e.canvas?.cy.viewport({ zoom: viewport.zoom, pan: { x: viewport.x, y: viewport.y } });
  }

  #report(tone: Report['tone'], text: string): void {
    this.reports = [...this.reports, { tone, text }];
  }

  dismissReports(): void {
    this.reports = [];
  }
}

/** An article on screen that the browser's storage refused: said, with what to do. */
function notSavedReport({ article, reason }: SaveFailure): Report {
  return { tone: 'error', text: `${article.title} is in the graph but was not saved in this browser: ${reason}. It is marked “not saved” in Your articles: free some space and press Save again, or save a workspace file to keep it.` };
}
