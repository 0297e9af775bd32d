// Worker thread entry for bounded-extract.ts: extracts one article per message
// and posts the extraction back; says 'ready' once the knowledge is loaded.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../core/index.ts';
import { loadDefaultKnowledge } from '../core/knowledge.ts';
import type { Doc } from '../core/schema.ts';
import type { WorkerReply } from './bounded-extract.ts';

const knowledge = loadDefaultKnowledge();
const post = (reply: WorkerReply) => parentPort!.postMessage(reply);
parentPort?.on('message', (doc: Doc) => {
  try {
    post({ extraction: extractDocument(doc, knowledge) });
  } catch (error) {
    post({ error: error instanceof Error ? error.message : String(error) });
  }
});
post('ready');
