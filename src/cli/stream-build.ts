// The pipeline over a folder, one article at a time: read it, extract what it
// states, drop its text, go on. Only the extractions (offsets and facts, no
// text) stay in memory until the graph is assembled from them, so memory grows
// with what the corpus says, not with its size in bytes.
//
// One thread: measured against src/cli/parallel-build.ts on 10,000 generated
// articles on this 2-core machine (see README "Scale"), worker threads were
// slower (wink-nlp's lookups contend for the shared caches). With a time
// budget, each article is extracted on one worker thread while this one waits
// (bounded-extract.ts), so an article that takes too long can be stopped.
import { createHash } from 'node:crypto';
import { type DocumentExtraction, SameTexts, comparableText, extractDocument, graphOfExtractions } from '../core/index.ts';
import { type Knowledge, loadDefaultKnowledge } from '../core/knowledge.ts';
import type { Doc, KnowledgeGraph } from '../core/schema.ts';
import { BoundedExtractor } from './bounded-extract.ts';
import { type ArticleFile, type CorpusWarning, CorpusError, duplicateReason, readArticle } from './read-corpus.ts';

export interface StreamBuildOptions {
  knowledge?: Knowledge;
  onWarning?: (warning: CorpusWarning) => void;
  /** Called after each file is read and extracted. */
  onProgress?: (done: number, total: number) => void;
  /** Seconds an article's extraction may take before it is skipped with a warning; 0 or absent: no limit, on this thread. */
  budgetSeconds?: number;
  /** The worker module that extracts under a budget (tests pass another). */
  workerEntry?: string;
}

export interface StreamBuildResult {
  graph: KnowledgeGraph;
  documents: number;
  bytes: number;
  skipped: number;
  /** Articles left out because an earlier one (`of`) has the same text. */
  duplicates: { id: string; of: string }[];
  /** Seconds spent reading files, and extracting and assembling. */
  seconds: { read: number; build: number };
}

export async function buildGraphFromFiles(folder: string, files: readonly ArticleFile[], options: StreamBuildOptions = {}): Promise<StreamBuildResult> {
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  const extractions: DocumentExtraction[] = [];
  const budget = options.budgetSeconds ?? 0;
  const bounded = budget > 0 ? new BoundedExtractor(budget * 1000, options.workerEntry) : null;
  const extract = async (doc: Doc) => (bounded ? bounded.extract(doc) : extractDocument(doc, knowledge));
  let bytes = 0;
  let skipped = 0;
  let read = 0;
  let build = 0;
  // Digests, not texts: the texts are not kept (see above).
  const seen = new SameTexts();
  const duplicates: { id: string; of: string }[] = [];
  try {
    for (const [i, file] of files.entries()) {
      let t = performance.now();
      const article = await readArticle(file);
      read += performance.now() - t;
      const first = 'doc' in article ? seen.firstOf(createHash('sha256').update(comparableText(article.doc.text)).digest('hex'), article.doc.id) : null;
      if (first !== null) {
        // The same article twice is one article: the first id stands for both.
        duplicates.push({ id: file.id, of: first });
        options.onWarning?.({ id: file.id, reason: duplicateReason(first) });
      } else if ('doc' in article) {
        t = performance.now();
        // The text is not kept: the extraction holds offsets into it, and evidence is offsets.
        const extraction = await extract(article.doc);
        build += performance.now() - t;
        if (extraction) {
          extractions.push(extraction);
          bytes += article.bytes;
        } else {
          skipped++;
          options.onWarning?.({ id: article.doc.id, reason: `its extraction took longer than ${budget} s (--budget-seconds), stopped` });
        }
      } else {
        skipped++;
        options.onWarning?.(article.warning);
      }
      options.onProgress?.(i + 1, files.length);
    }
  } finally {
    await bounded?.close();
  }
  if (extractions.length === 0) throw new CorpusError(`cli: none of the ${files.length} article files in ${folder} could be read (see the warnings above)`);
  const t = performance.now();
  const graph = graphOfExtractions(extractions, knowledge);
  build += performance.now() - t;
  return { graph, documents: extractions.length, bytes, skipped, duplicates, seconds: { read: read / 1000, build: build / 1000 } };
}
