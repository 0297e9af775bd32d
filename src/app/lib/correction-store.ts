// Where the user's corrections live between sessions: a record each in an
// IndexedDB database of their own, so that adding or undoing one writes only
// that one, and the articles' database (and its 1 → 2 migration) is left as it is.
import type { Correction } from '../../core/graph/corrections.ts';
import { IndexedDatabase } from './indexed-db.ts';

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

export class IndexedDbCorrectionStore implements CorrectionStore {
  readonly #db = new IndexedDatabase(DB_NAME, VERSION, (db) => {
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
  });

  #tx<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T> {
    return this.#db.transaction(STORE, mode, run);
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
