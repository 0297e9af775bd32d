// Extraction with a time budget per article. Extraction is synchronous, so a
// check of the clock between its steps could not stop one step that runs long,
// and a timer on this thread would not fire until it returned. So articles are
// extracted on a worker thread while this one waits with a timer: an article
// that overruns its budget has its worker terminated (which stops it wherever
// it is) and is reported; a fresh worker takes the next article. One worker
// at a time, and this thread idle meanwhile, so they do not contend.
import { Worker } from 'node:worker_threads';
import type { DocumentExtraction } from '../core/index.ts';
import type { Doc } from '../core/schema.ts';

/** What the worker posts: 'ready' once loaded, then one reply per article. */
export type WorkerReply = 'ready' | { extraction: DocumentExtraction } | { error: string };

const WORKER_ENTRY = new URL('./bounded-worker.ts', import.meta.url).href;

export class BoundedExtractor {
  private started: Promise<Worker> | null = null;

  /** `entry`: the worker module (tests pass one that never finishes). */
  constructor(private readonly budgetMs: number, private readonly entry: string = WORKER_ENTRY) {}

  /** The article's extraction, or null if it took longer than the budget. */
  async extract(doc: Doc): Promise<DocumentExtraction | null> {
    // The budget counts from when a loaded worker has the article: start-up is not the article's.
    const worker = await this.worker();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      };
      const discard = () => {
        this.started = null; // the next article gets a fresh worker
        void worker.terminate();
      };
      const timer = setTimeout(() => {
        done();
        discard();
        resolve(null);
      }, this.budgetMs);
      const onMessage = (reply: WorkerReply) => {
        if (reply === 'ready') return;
        done();
        if ('error' in reply) reject(new Error(reply.error));
        else resolve(reply.extraction);
      };
      const onFailure = (cause: unknown) => {
        done();
        discard();
        reject(cause instanceof Error ? cause : new Error(`kg: the extraction worker stopped (exit ${String(cause)}) on ${doc.id}`));
      };
      worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
      worker.postMessage(doc);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const started = this.started;
    this.started = null;
    const worker = await started?.catch(() => null);
    await worker?.terminate();
  }

  private worker(): Promise<Worker> {
    this.started ??= new Promise<Worker>((resolve, reject) => {
      const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { entry: this.entry } });
      const fail = (cause: unknown) => reject(cause instanceof Error ? cause : new Error(`kg: the extraction worker stopped (exit ${String(cause)}) while starting`));
      worker.once('message', (reply: WorkerReply) => {
        worker.off('error', fail).off('exit', fail);
        if (reply === 'ready') resolve(worker);
        else reject(new Error('kg: the extraction worker did not start'));
      });
      worker.once('error', fail).once('exit', fail);
    });
    return this.started;
  }
}
