// The user's articles as this tab knows them, kept in step with the store and
// with the other tabs of the browser. Every change writes only the articles
// it changes, then tells the other tabs (a BroadcastChannel message) so they
// read the store again. A write that fails leaves the article in the list,
// marked unsaved with the reason, until a later write succeeds; a stored
// record that fails the checks is kept in the store and listed as refused.
import { checkUserArticle, type UserArticle } from './workspace-file.ts';
import { StoreError, type WorkspaceStore } from './workspace-store.ts';

/** What the shelf needs of a BroadcastChannel. */
export interface ShelfChannel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export const CHANNEL_NAME = 'news-kg/articles';

/** A stored record the app cannot use, shown with the reason and kept until the user deletes it. */
export interface RefusedRecord {
  key: string;
  title: string;
  reason: string;
  /** The record's text, when it has one, so that the user can download it. */
  text: string | null;
}

export interface SaveFailure {
  article: UserArticle;
  reason: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const byAddition = (a: UserArticle, b: UserArticle): number => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class ArticleShelf {
  #store: WorkspaceStore;
  #channel: ShelfChannel | null;
  #list: UserArticle[] = [];
  /** Articles of this tab whose last write failed, with why. */
  #unsaved = new Map<string, string>();
  #refused: RefusedRecord[] = [];
  /** Called when another tab changed the stored articles. */
  onOtherTab: (() => void) | null = null;

  constructor(store: WorkspaceStore, channel: ShelfChannel | null) {
    this.#store = store;
    this.#channel = channel;
    if (channel) channel.onmessage = () => this.onOtherTab?.();
  }

  get list(): readonly UserArticle[] {
    return this.#list;
  }
  get unsaved(): ReadonlyMap<string, string> {
    return this.#unsaved;
  }
  get refused(): readonly RefusedRecord[] {
    return this.#refused;
  }

  /**
   * Reads the stored articles again: the store's, plus this tab's unsaved
   * ones (a write that failed must not lose the article on screen).
   */
  async reload(): Promise<readonly UserArticle[]> {
    const records = await this.#store.articles();
    const stored: UserArticle[] = [];
    const refused: RefusedRecord[] = [];
    for (const [i, record] of records.entries()) {
      const key = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : `record ${i + 1}`;
      try {
        stored.push(checkUserArticle(record, key));
      } catch (error) {
        const r = record as { title?: unknown; text?: unknown } | null;
        refused.push({ key, title: typeof r?.title === 'string' && r.title.trim() ? r.title : key, reason: messageOf(error).replace(/^[^:]+: not a usable workspace file: /, ''), text: typeof r?.text === 'string' ? r.text : null });
      }
    }
    // This tab's unsaved version of an article wins over the stored one: it is what the user last did.
    // An unsaved article whose id another tab has since stored for a different article takes a free id.
    const byId = new Map(stored.map((a) => [a.id, a]));
    const used = new Set([...byId.keys(), ...this.#list.map((a) => a.id)]);
    const unsaved = this.#list.flatMap((a) => {
      const reason = this.#unsaved.get(a.id);
      if (reason === undefined) return [];
      const other = byId.get(a.id);
      if (!other || (other.addedAt === a.addedAt && other.text === a.text)) return [a];
      const id = ArticleShelf.#unused(a.id, used);
      used.add(id);
      this.#unsaved.delete(a.id);
      this.#unsaved.set(id, reason);
      return [{ ...a, id }];
    });
    const mine = new Set(unsaved.map((a) => a.id));
    this.#list = [...stored.filter((a) => !mine.has(a.id)), ...unsaved].sort(byAddition);
    this.#refused = refused;
    return this.#list;
  }

  /** Ids not used by this tab's list, by the store (other tabs) or by `taken`. */
  async freeIds(wanted: readonly string[], taken: ReadonlySet<string>): Promise<string[]> {
    const stored = await this.#store.articleIds().catch(() => []);
    const used = new Set([...taken, ...this.#list.map((a) => a.id), ...stored]);
    return wanted.map((id) => {
      const free = ArticleShelf.#unused(id, used);
      used.add(free);
      return free;
    });
  }

  static #unused(id: string, used: ReadonlySet<string>): string {
    if (!used.has(id)) return id;
    const dot = id.lastIndexOf('.');
    const [base, ext] = dot > id.lastIndexOf('/') ? [id.slice(0, dot), id.slice(dot)] : [id, ''];
    for (let n = 2; ; n++) if (!used.has(`${base}-${n}${ext}`)) return `${base}-${n}${ext}`;
  }

  /**
   * Adds articles and stores each. An id another tab took meanwhile is
   * renamed (returned in `renamed`); an article whose write fails stays,
   * unsaved, and is returned in `failed`.
   */
  async add(articles: readonly UserArticle[]): Promise<{ saved: UserArticle[]; failed: SaveFailure[]; renamed: Map<string, string> }> {
    const saved: UserArticle[] = [];
    const failed: SaveFailure[] = [];
    const renamed = new Map<string, string>();
    for (let article of articles) {
      try {
        while (!(await this.#store.addArticle(article))) {
          const [id] = await this.freeIds([article.id], new Set([article.id]));
          renamed.set(renamed.get(article.id) ?? article.id, id!);
          article = { ...article, id: id! };
        }
        saved.push(article);
      } catch (error) {
        failed.push({ article, reason: messageOf(error) });
        this.#unsaved.set(article.id, messageOf(error));
      }
      this.#list = [...this.#list.filter((a) => a.id !== article.id), article].sort(byAddition);
    }
    if (saved.length) this.#tell();
    return { saved, failed, renamed };
  }

  /** Stores a changed article (hidden or shown). Throws StoreError; the change stays, unsaved. */
  async update(article: UserArticle): Promise<void> {
    this.#list = this.#list.map((a) => (a.id === article.id ? article : a));
    await this.#write(article.id, () => this.#store.putArticle(article));
  }

  /** Writes an unsaved article again. */
  async retry(id: string): Promise<void> {
    const article = this.#list.find((a) => a.id === id);
    if (article) await this.#write(id, () => this.#store.putArticle(article));
  }

  async remove(id: string): Promise<void> {
    this.#unsaved.delete(id);
    this.#list = this.#list.filter((a) => a.id !== id);
    await this.#store.deleteArticle(id);
    this.#tell();
  }

  /** These articles and no others, in one transaction (opening a workspace, and its undo). */
  async replace(articles: readonly UserArticle[]): Promise<void> {
    await this.#store.replaceArticles(articles);
    this.#unsaved.clear();
    this.#list = [...articles].sort(byAddition);
    this.#tell();
  }

  /** Deletes a refused record from the store, once the user has seen it. */
  async discardRefused(key: string): Promise<void> {
    await this.#store.deleteArticle(key);
    this.#refused = this.#refused.filter((r) => r.key !== key);
    this.#tell();
  }

  close(): void {
    this.#channel?.close();
  }

  async #write(id: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
      this.#unsaved.delete(id);
      this.#tell();
    } catch (error) {
      this.#unsaved.set(id, messageOf(error));
      throw error instanceof StoreError ? error : new StoreError(messageOf(error), 'failed');
    }
  }

  #tell(): void {
    this.#channel?.postMessage({ type: 'articles-changed' });
  }
}
