// How much of the browser's storage the app uses, and whether the browser
// promised to keep it: shown in the Your articles panel, with a warning
// before it is full.
import { MAX_ARTICLE_BYTES } from '../lib/article-input.ts';

/** Above this share of the quota, the panel warns. */
const NEARLY_FULL = 0.8;

export interface StorageEstimate {
  usage: number;
  quota: number;
  /** Whether the browser promised not to clear it under storage pressure. */
  persisted: boolean;
}

const storageManager = (): StorageManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export class StorageUse {
  estimate = $state.raw<StorageEstimate | null>(null);

  /** Most of the quota used, or too little left for an article of the largest size. */
  nearlyFull = $derived(this.estimate !== null && this.estimate.quota > 0 && (this.estimate.usage / this.estimate.quota >= NEARLY_FULL || this.estimate.quota - this.estimate.usage < MAX_ARTICLE_BYTES));

  async refresh(): Promise<void> {
    const storage = storageManager();
    if (!storage?.estimate) return;
    try {
      const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([storage.estimate(), storage.persisted?.() ?? Promise.resolve(false)]);
      this.estimate = { usage, quota, persisted };
    } catch {
      this.estimate = null;
    }
  }

  /** Asks the browser not to clear the app's storage under pressure (it may say no). */
  async askToPersist(): Promise<void> {
    await storageManager()?.persist?.().catch(() => false);
    await this.refresh();
  }
}
