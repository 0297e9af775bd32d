// Where the workspace lives between sessions: IndexedDB. The user's articles
// are one record each (keyed by id), so adding or removing one never rewrites
// the others and two tabs writing different articles cannot overwrite each
// other; the view, the last built graph and an imported graph are named
// records of a second store (the database opened through indexed-db.ts); the
// state class gets it passed in.
import { IndexedDatabase } from './indexed-db.ts';
import type { UserArticle } from './workspace-file.ts';

export { StoreError } from './indexed-db.ts';

export interface WorkspaceStore {
  get<T>(name: string): Promise<T | undefined>;
  set(name: string, value: unknown): Promise<void>;
  delete(name: string): Promise<void>;
  /** Every stored article record, as stored (the caller checks them). */
  articles(): Promise<unknown[]>;
  /** The ids of the stored articles, without reading their texts. */
  articleIds(): Promise<string[]>;
  /** Stores a new article; false when its id is already taken (by another tab, say). */
  addArticle(article: UserArticle): Promise<boolean>;
  /** Stores an article over the record of the same id. */
  putArticle(article: UserArticle): Promise<void>;
  deleteArticle(id: string): Promise<void>;
  /** All articles at once, in one transaction: these and no others. */
  replaceArticles(articles: readonly UserArticle[]): Promise<void>;
}

const DB_NAME = 'news-kg';
const VERSION = 2;
const NAMED = 'workspace';
const ARTICLES = 'articles';
/** Held around every write, so that writes from several tabs of this browser run one at a time. */
const WRITE_LOCK = 'news-kg/workspace-write';

/** Runs `write` while holding the write lock of this origin (where the browser has the Web Locks API). */
function locked<T>(write: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request(WRITE_LOCK, write) as Promise<T>) : write();
}

export class IndexedDbStore implements WorkspaceStore {
  readonly #db = new IndexedDatabase(DB_NAME, VERSION, (db, transaction, oldVersion) => {
    if (!db.objectStoreNames.contains(NAMED)) db.createObjectStore(NAMED);
    const articles = db.createObjectStore(ARTICLES, { keyPath: 'id' });
    // Version 1 kept the articles as one list under "articles": move them to a record each.
    if (oldVersion >= 1) {
      const named = transaction.objectStore(NAMED);
      const old = named.get('articles');
      old.onsuccess = () => {
        const list: unknown = old.result;
        if (Array.isArray(list)) for (const a of list) if (a && typeof a === 'object' && typeof (a as { id?: unknown }).id === 'string') articles.put(a);
        named.delete('articles');
      };
    }
  });

  #tx<T>(store: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
    return this.#db.transaction(store, mode, run);
  }

  get<T>(name: string): Promise<T | undefined> {
    return this.#tx(NAMED, 'readonly', (s) => s.get(name) as IDBRequest<T | undefined>);
  }

  set(name: string, value: unknown): Promise<void> {
    return locked(() => this.#tx(NAMED, 'readwrite', (s) => void s.put(value, name)));
  }

  delete(name: string): Promise<void> {
    return locked(() => this.#tx(NAMED, 'readwrite', (s) => void s.delete(name)));
  }

  articles(): Promise<unknown[]> {
    return this.#tx(ARTICLES, 'readonly', (s) => s.getAll());
  }

  async articleIds(): Promise<string[]> {
    const keys = await this.#tx(ARTICLES, 'readonly', (s) => s.getAllKeys());
    return keys.filter((k): k is string => typeof k === 'string');
  }

  addArticle(article: UserArticle): Promise<boolean> {
    return locked(async () => {
      // Inside the lock, a look first: a taken id is an answer, not an aborted transaction.
      const taken = await this.#tx(ARTICLES, 'readonly', (s) => s.getKey(article.id));
      if (taken !== undefined) return false;
      await this.#tx(ARTICLES, 'readwrite', (s) => void s.add(article));
      return true;
    });
  }

  putArticle(article: UserArticle): Promise<void> {
    return locked(() => this.#tx(ARTICLES, 'readwrite', (s) => void s.put(article)));
  }

  deleteArticle(id: string): Promise<void> {
    return locked(() => this.#tx(ARTICLES, 'readwrite', (s) => void s.delete(id)));
  }

  replaceArticles(articles: readonly UserArticle[]): Promise<void> {
    return locked(() =>
      this.#tx(ARTICLES, 'readwrite', (s) => {
        s.clear();
        for (const a of articles) s.put(a);
      }),
    );
  }
}

/** For tests and browsers without IndexedDB: forgets everything on reload. */
export class MemoryStore implements WorkspaceStore {
  #data = new Map<string, unknown>();
  #articles = new Map<string, UserArticle>();
  async get<T>(name: string): Promise<T | undefined> {
    return structuredClone(this.#data.get(name)) as T | undefined;
  }
  async set(name: string, value: unknown): Promise<void> {
    this.#data.set(name, structuredClone(value));
  }
  async delete(name: string): Promise<void> {
    this.#data.delete(name);
  }
  async articles(): Promise<unknown[]> {
    return [...this.#articles.values()].map((a) => structuredClone(a));
  }
  async articleIds(): Promise<string[]> {
    return [...this.#articles.keys()];
  }
  async addArticle(article: UserArticle): Promise<boolean> {
    if (this.#articles.has(article.id)) return false;
    this.#articles.set(article.id, structuredClone(article));
    return true;
  }
  async putArticle(article: UserArticle): Promise<void> {
    this.#articles.set(article.id, structuredClone(article));
  }
  async deleteArticle(id: string): Promise<void> {
    this.#articles.delete(id);
  }
  async replaceArticles(articles: readonly UserArticle[]): Promise<void> {
    this.#articles = new Map(articles.map((a) => [a.id, structuredClone(a)]));
  }
}
