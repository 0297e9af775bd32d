// One IndexedDB database of the app's: opened once and on demand, reopened
// after another tab upgraded it, and read or written a transaction at a time,
// every failure a StoreError a user can act on. The workspace's and the
// corrections' stores each keep a database of their own through it.

/** A write the browser refused, with why in words a user can act on. */
export class StoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'full' | 'blocked' | 'failed',
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export function storeError(error: DOMException | Error | null | undefined, fallback: string): StoreError {
  if (error?.name === 'QuotaExceededError') return new StoreError("this browser's storage for the app is full (QuotaExceededError)", 'full');
  return new StoreError(error?.message ? `${error.name}: ${error.message}` : fallback, 'failed');
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(storeError(req.error, 'an IndexedDB request failed'));
  });
}

/** Makes or migrates the object stores, inside the version change (`oldVersion` 0 for a new database). */
export type Upgrade = (db: IDBDatabase, transaction: IDBTransaction, oldVersion: number) => void;

export class IndexedDatabase {
  #db: Promise<IDBDatabase> | null = null;

  constructor(
    private readonly name: string,
    private readonly version: number,
    private readonly upgrade: Upgrade,
  ) {}

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new StoreError('this browser has no IndexedDB', 'failed'));
      const req = indexedDB.open(this.name, this.version);
      req.onupgradeneeded = (event) => this.upgrade(req.result, req.transaction!, event.oldVersion);
      req.onsuccess = () => {
        const db = req.result;
        // Another tab opening a newer version: let it, and open again on the next request.
        db.onversionchange = () => {
          db.close();
          this.#db = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(storeError(req.error, 'cannot open IndexedDB'));
      req.onblocked = () => reject(new StoreError('IndexedDB is held by an older tab of this app; reload that tab', 'blocked'));
    });
    this.#db.catch(() => (this.#db = null));
    return this.#db;
  }

  /** Runs `run` on object store `store` in a transaction of its own: its request's result once the transaction is done. */
  async transaction<T>(store: string, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
    const db = await this.#open();
    const tx = db.transaction(store, mode);
    const req = run(tx.objectStore(store));
    const result = req ? request(req) : Promise.resolve(undefined as T);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(storeError(tx.error, 'a transaction failed'));
      tx.onabort = () => reject(storeError(tx.error, 'a transaction was aborted (is the storage full?)'));
    });
    return result;
  }
}
