// The pipeline on several threads: articles are read in batches by this thread
// and by worker threads, and the graph is assembled here from their extractions
// in corpus order, so the result is the same as buildGraph's. This thread works
// too, which also hides the workers' start-up (tsx and the language model).
// Measured by `npm run bench` against one thread; on the 2-core machines here
// it does not pay (wink-nlp's lookups contend for the shared caches), so the
// CLI reads on one thread.
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { type BuildOptions, type DocumentExtraction, buildGraph, extractDocument, graphOfExtractions } from '../core/index.ts';
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import type { Doc, KnowledgeGraph } from '../core/schema.ts';

const BATCH_DOCS = 16;
/** Below this, a worker's start-up costs more than it saves. */
const MIN_PARALLEL_BYTES = 400_000;

export interface ParallelOptions extends BuildOptions {
  /** threads in all, this one included; default: the machine's cores */
  threads?: number;
}

export async function buildGraphInParallel(docs: Doc[], options: ParallelOptions = {}): Promise<KnowledgeGraph> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(docs.length / BATCH_DOCS)));
  const size = docs.reduce((n, d) => n + d.text.length, 0);
  if (threads < 2 || size < MIN_PARALLEL_BYTES) return buildGraph(docs, options);

  const batches: Doc[][] = [];
  for (let i = 0; i < docs.length; i += BATCH_DOCS) batches.push(docs.slice(i, i + BATCH_DOCS));
  const results: DocumentExtraction[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const record = (id: number, extractions: DocumentExtraction[]) => {
    results[id] = extractions;
    done += extractions.length;
    options.onProgress?.(done, docs.length);
  };

  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const pool = Array.from({ length: threads - 1 }, () => new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { entry } }));
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  try {
    const workers = pool.map((worker) => new Promise<void>((resolve, reject) => {
      let pending = -1;
      const send = () => {
        if (next >= batches.length) { pending = -1; resolve(); return; }
        pending = next++;
        worker.postMessage({ id: pending, docs: batches[pending] });
      };
      worker.on('message', (m: { id: number; extractions: DocumentExtraction[] }) => { record(m.id, m.extractions); send(); });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (pending >= 0) reject(new Error(`kg: an extraction worker stopped (exit ${code}) with batch ${pending} unfinished`)); });
      send();
    }));
    // This thread takes batches too, yielding between them so workers' results are received.
    while (next < batches.length) {
      const id = next++;
      record(id, batches[id]!.map((doc) => extractDocument(doc, knowledge)));
      await yieldToEvents();
    }
    await Promise.all(workers);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return graphOfExtractions(results.flat());
}
