// Worker thread entry: reads the articles it is sent and posts back what each
// states. Extraction is per article and pure, so it parallelises cleanly.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../core/index.ts';
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import type { Doc } from '../core/schema.ts';

const knowledge = loadDefaultKnowledge();
parentPort?.on('message', (batch: { id: number; docs: Doc[] }) => {
  parentPort!.postMessage({ id: batch.id, extractions: batch.docs.map((doc) => extractDocument(doc, knowledge)) });
});
