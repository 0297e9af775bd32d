// Where the workspace lives between sessions: IndexedDB, one object store of
// named records (articles, view, the last built graph, an imported graph).
// The only module that touches IndexedDB; the state class gets it passed in.

export interface WorkspaceStore {
  get<T>(name: string): Promise<T | undefined>;
  set(name: string, value: unknown): Promise<void>;
  delete(name: string): Promise<void>;
}

const DB_NAME = 'news-kg';
const STORE = 'workspace';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('app/workspace-store: IndexedDB request failed'));
  });
}

export class IndexedDbStore implements WorkspaceStore {
  #db: Promise<IDBDatabase> | null = null;

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new Error('app/workspace-store: this browser has no IndexedDB'));
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('app/workspace-store: cannot open IndexedDB'));
      req.onblocked = () => reject(new Error('app/workspace-store: IndexedDB is blocked by another tab'));
    });
    return this.#db;
  }

  async #tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.#open();
    const tx = db.transaction(STORE, mode);
    const result = request(run(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('app/workspace-store: transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('app/workspace-store: transaction aborted (storage full?)'));
    });
    return result;
  }

  get<T>(name: string): Promise<T | undefined> {
    return this.#tx('readonly', (s) => s.get(name) as IDBRequest<T | undefined>);
  }

  async set(name: string, value: unknown): Promise<void> {
    await this.#tx('readwrite', (s) => s.put(value, name));
  }

  async delete(name: string): Promise<void> {
    await this.#tx('readwrite', (s) => s.delete(name));
  }
}

/** For tests and browsers without IndexedDB: forgets everything on reload. */
export class MemoryStore implements WorkspaceStore {
  #data = new Map<string, unknown>();
  async get<T>(name: string): Promise<T | undefined> {
    return structuredClone(this.#data.get(name)) as T | undefined;
  }
  async set(name: string, value: unknown): Promise<void> {
    this.#data.set(name, structuredClone(value));
  }
  async delete(name: string): Promise<void> {
    this.#data.delete(name);
  }
}
