// The page's side of the extraction worker: created on first use (so wink-nlp
// and chrono stay out of the first bundle), one request at a time, progress
// reported through a callback. A worker that crashes is replaced on the next call,
// and so is one cancelled: extraction is synchronous in the worker, so stopping
// it means terminating it (its cache of extractions goes with it).
import type { Doc } from '../core/schema.ts';
import type { ExtractRequest, ExtractResponse, SerializedKnowledgeGraph } from './extract-protocol.ts';

type Pending = { resolve: (r: ExtractResponse) => void; reject: (e: Error) => void; onProgress?: (done: number, total: number, doc: string) => void };

/** What a request cancelled with ExtractClient.cancel() rejects with. */
export class ExtractCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ExtractCancelled';
  }
}

export interface BuiltGraph {
  graph: SerializedKnowledgeGraph;
  extractedMs: number;
  builtMs: number;
}

export interface ImportedGraphData {
  graph: SerializedKnowledgeGraph;
  format: string;
  foreign: boolean;
  notes: string[];
}

export class ExtractClient {
  #worker: Worker | null = null;
  #next = 1;
  #pending = new Map<number, Pending>();
  #queue: Promise<unknown> = Promise.resolve();

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'news-kg-extract' });
    worker.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      const pending = this.#pending.get(message.id);
      if (!pending) return;
      if (message.type === 'progress') pending.onProgress?.(message.done, message.total, message.doc);
      else {
        this.#pending.delete(message.id);
        pending.resolve(message);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(`the extraction worker stopped (${event.message || 'it could not be loaded'})`);
    };
    this.#worker = worker;
    return worker;
  }

  #fail(reason: string): void {
    this.#worker?.terminate();
    this.#worker = null;
    for (const [id, pending] of this.#pending) pending.resolve({ id, type: 'error', message: reason });
    this.#pending.clear();
  }

  #request(make: (id: number) => ExtractRequest, onProgress?: Pending['onProgress']): Promise<ExtractResponse> {
    const run = () =>
      new Promise<ExtractResponse>((resolve, reject) => {
        const request = make(this.#next++);
        this.#pending.set(request.id, { resolve, reject, onProgress });
        this.#ensure().postMessage(request);
      });
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async build(docs: Doc[], onProgress?: Pending['onProgress']): Promise<BuiltGraph> {
    const response = await this.#request((id) => ({ id, type: 'build', docs }), onProgress);
    if (response.type === 'error') throw new Error(response.message);
    if (response.type !== 'built') throw new Error(`workers/extract-client: unexpected answer "${response.type}"`);
    return response;
  }

  async importGraph(name: string, text: string): Promise<ImportedGraphData> {
    const response = await this.#request((id) => ({ id, type: 'import', name, text }));
    if (response.type === 'error') throw new Error(response.message);
    if (response.type !== 'imported') throw new Error(`workers/extract-client: unexpected answer "${response.type}"`);
    return response;
  }

  async htmlArticle(html: string): Promise<{ title: string | null; text: string }> {
    const response = await this.#request((id) => ({ id, type: 'html', html }));
    if (response.type === 'error') throw new Error(response.message);
    if (response.type !== 'html-text') throw new Error(`workers/extract-client: unexpected answer "${response.type}"`);
    return { title: response.title, text: response.text };
  }

  /** Stops what the worker is doing: the running request rejects with ExtractCancelled, and the next one (queued or new) starts a fresh worker. */
  cancel(): void {
    this.#worker?.terminate();
    this.#worker = null;
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new ExtractCancelled());
  }

  dispose(): void {
    this.#fail('closed');
  }
}
