// Incremental ingest: which articles of a folder are new or changed (by the
// hash of their text), queued as jobs; and the work a job is: extract the
// article (within its time budget, as `kg build` does), cut its one-article
// graph into fragments, and store it all in the job's transaction.
import { createHash } from 'node:crypto';
import { type DocumentExtraction, comparableText, extractDocument } from '../core/index.ts';
import type { Knowledge } from '../core/knowledge.ts';
import type { Doc } from '../core/schema.ts';
import { readDocumentMeta } from '../core/text/document-meta.ts';
import { BoundedExtractor } from '../cli/bounded-extract.ts';
import { type CorpusWarning, listCorpus, readArticle } from '../cli/read-corpus.ts';
import { ensureMonthPartition, monthOf, writeArticle } from './article-writer.ts';
import { fragmentsOf } from './fragments.ts';
import { type JobWork, enqueue } from './queue.ts';
import type { Store } from './store.ts';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface IngestPlan {
  files: number;
  added: number;
  changed: number;
  unchanged: number;
  /** already queued with this text by an earlier run */
  pending: number;
  /** parked earlier with this text (requeued with retryParked) */
  parked: number;
  skipped: number;
}

export interface PlanOptions {
  knowledge: Knowledge;
  onWarning?: (warning: CorpusWarning) => void;
  onProgress?: (done: number, total: number) => void;
  /** queue again the articles parked with the same text */
  retryParked?: boolean;
}

/** Reads `folder` and queues its new and changed articles. */
export async function planIngest(store: Store, folder: string, options: PlanOptions): Promise<IngestPlan> {
  const files = await listCorpus(folder, options.onWarning);
  // What the store has and what is queued: read once, so the plan costs one pass over the folder.
  const stored = new Map((await store.query<{ id: string; content_hash: string }>('SELECT id, content_hash FROM articles')).map((r) => [r.id, r.content_hash]));
  const queued = new Map((await store.query<{ article_id: string; content_hash: string }>(`SELECT article_id, content_hash FROM jobs WHERE state = 'queued'`)).map((r) => [r.article_id, r.content_hash]));
  const parked = new Map((await store.query<{ article_id: string; content_hash: string }>(
    `SELECT article_id, content_hash FROM jobs j WHERE state = 'parked' AND NOT EXISTS (SELECT 1 FROM jobs later WHERE later.article_id = j.article_id AND later.id > j.id)`,
  )).map((r) => [r.article_id, r.content_hash]));
  const plan: IngestPlan = { files: files.length, added: 0, changed: 0, unchanged: 0, pending: 0, parked: 0, skipped: 0 };
  const months = new Set<string>();
  for (const [i, file] of files.entries()) {
    const read = await readArticle(file);
    options.onProgress?.(i + 1, files.length);
    if (!('doc' in read)) {
      plan.skipped++;
      options.onWarning?.(read.warning);
      continue;
    }
    const { doc, bytes } = read;
    const hash = sha256(doc.text);
    if (stored.get(doc.id) === hash) { plan.unchanged++; continue; }
    if (queued.get(doc.id) === hash) { plan.pending++; continue; }
    if (parked.get(doc.id) === hash && !options.retryParked) { plan.parked++; continue; }
    // Evidence partitions are made here, outside any article's transaction (see ensureMonthPartition).
    const month = monthOf(readDocumentMeta(doc.text, options.knowledge).published);
    await ensureMonthPartition(store, month, months);
    await enqueue(store, { id: doc.id, text: doc.text, bytes, contentHash: hash });
    if (stored.has(doc.id)) plan.changed++;
    else plan.added++;
  }
  return plan;
}

export interface ArticleWork {
  work: JobWork;
  close: () => Promise<void>;
}

/** The work of one job. With a budget, extraction runs on a worker thread that is stopped when it overruns (bounded-extract.ts). */
export function articleWork(knowledge: Knowledge, options: { budgetSeconds: number; extract?: (doc: Doc) => Promise<DocumentExtraction | null> }): ArticleWork {
  const bounded = !options.extract && options.budgetSeconds > 0 ? new BoundedExtractor(options.budgetSeconds * 1000) : null;
  const extract = options.extract ?? (async (doc: Doc) => (bounded ? bounded.extract(doc) : extractDocument(doc, knowledge)));
  const months = new Set<string>(); // with a partition in this worker's store
  return {
    work: async (tx, job) => {
      const start = performance.now();
      const extraction = await extract({ id: job.articleId, text: job.text });
      if (extraction === null) throw new Error(`its extraction took longer than ${options.budgetSeconds} s (--budget-seconds), stopped`);
      const extracted = performance.now();
      await ensureMonthPartition(tx, monthOf(extraction.meta.published), months);
      const version = { id: job.articleId, text: job.text, bytes: job.bytes, contentHash: job.contentHash, sameTextHash: sha256(comparableText(job.text)) };
      await writeArticle(tx, version, extraction, fragmentsOf(extraction, knowledge));
      const stored = performance.now();
      await pauseForTests();
      return { extractMs: extracted - start, storeMs: stored - extracted };
    },
    close: async () => { await bounded?.close(); },
  };
}

/**
 * KG_TEST_PAUSE_BEFORE_COMMIT_MS: the tests' way to kill a worker at a known
 * point, with an article written and its transaction not yet committed.
 */
async function pauseForTests(): Promise<void> {
  const ms = Number(process.env.KG_TEST_PAUSE_BEFORE_COMMIT_MS ?? 0);
  if (ms > 0) {
    process.stderr.write('kg: paused before commit\n');
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}
