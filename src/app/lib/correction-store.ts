// Where the user's corrections live between sessions: a record each in an
// IndexedDB database of their own, so that adding or undoing one writes only
// that one, and the articles' database (and its 1 → 2 migration) is left as it is.
import type { Correction } from '../../core/graph/corrections.ts';
import { StoreError } from './workspace-store.ts';

export interface CorrectionStore {
  /** Every stored record, as stored (the caller checks them). */
  all(): Promise<unknown[]>;
  put(correction: Correction): Promise<void>;
  delete(id: string): Promise<void>;
  /** These records and no others, in one transaction. */
  replace(corrections: readonly Correction[]): Promise<void>;
}

const DB_NAME = 'news-kg-corrections';
const VERSION = 1;
const STORE = 'corrections';

function failure(error: DOMException | null | undefined, fallback: string): StoreError {
  if (error?.name === 'QuotaExceededError') return new StoreError("this browser's storage for the app is full (QuotaExceededError)", 'full');
  return new StoreError(error?.message ? `${error.name}: ${error.message}` : fallback, 'failed');
}

export class IndexedDbCorrectionStore implements CorrectionStore {
  #db: Promise<IDBDatabase> | null = null;

  #open(): Promise<IDBDatabase> {
    this.#db ??= new Promise((resolve, reject) => {
      if (typeof indexedDB === 'undefined') return reject(new StoreError('this browser has no IndexedDB', 'failed'));
      const req = indexedDB.open(DB_NAME, VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          this.#db = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(failure(req.error, 'cannot open IndexedDB'));
      req.onblocked = () => reject(new StoreError('IndexedDB is held by an older tab of this app; reload that tab', 'blocked'));
    });
    this.#db.catch(() => (this.#db = null));
    return this.#db;
  }

  async #tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
    const db = await this.#open();
    const tx = db.transaction(STORE, mode);
    const req = run(tx.objectStore(STORE));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(failure(tx.error, 'a transaction failed'));
      tx.onabort = () => reject(failure(tx.error, 'a transaction was aborted (is the storage full?)'));
    });
    return req ? req.result : (undefined as T);
  }

  all(): Promise<unknown[]> {
    return this.#tx('readonly', (s) => s.getAll());
  }

  put(correction: Correction): Promise<void> {
    return this.#tx('readwrite', (s) => void s.put(correction));
  }

  delete(id: string): Promise<void> {
    return this.#tx('readwrite', (s) => void s.delete(id));
  }

  replace(corrections: readonly Correction[]): Promise<void> {
    return this.#tx('readwrite', (s) => {
      s.clear();
      for (const c of corrections) s.put(c);
    });
  }
}

/** For tests and browsers without IndexedDB: forgets everything on reload. */
export class MemoryCorrectionStore implements CorrectionStore {
  #records = new Map<string, Correction>();
  async all(): Promise<unknown[]> {
    return [...this.#records.values()].map((c) => structuredClone(c));
  }
  async put(correction: Correction): Promise<void> {
    this.#records.set(correction.id, structuredClone(correction));
  }
  async delete(id: string): Promise<void> {
    this.#records.delete(id);
  }
  async replace(corrections: readonly Correction[]): Promise<void> {
    this.#records = new Map(corrections.map((c) => [c.id, structuredClone(c)]));
  }
}
