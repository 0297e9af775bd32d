// The extraction worker: wink-nlp, chrono and the gazetteer run here, off the
// page's thread, and load only when the user first adds an article or imports
// a graph. Extractions are kept per document (by id and text), so adding,
// hiding or removing one article re-reads only what changed and rebuilds the
// graph from all of them with graphOfExtractions.
/// <reference lib="webworker" />
import type { DocumentExtraction } from '../core/index.ts';
import type { ExtractRequest, ExtractResponse } from './extract-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const cache = new Map<string, { text: string; extraction: DocumentExtraction }>();

function post(message: ExtractResponse): void {
  self.postMessage(message);
}

async function build(request: Extract<ExtractRequest, { type: 'build' }>): Promise<void> {
  const core = await import('../core/index.ts');
  const { loadDefaultKnowledge } = await import('../core/knowledge.ts');
  const knowledge = loadDefaultKnowledge();
  const started = performance.now();
  const extractions: DocumentExtraction[] = [];
  const total = request.docs.length;
  request.docs.forEach((doc, i) => {
    let cached = cache.get(doc.id);
    if (!cached || cached.text !== doc.text) {
      cached = { text: doc.text, extraction: core.extractDocument(doc, knowledge) };
      cache.set(doc.id, cached);
    }
    extractions.push(cached.extraction);
    post({ id: request.id, type: 'progress', done: i + 1, total, doc: doc.id });
  });
  const extracted = performance.now();
  const graph = core.graphOfExtractions(extractions, knowledge);
  post({ id: request.id, type: 'built', graph: graph.export(), extractedMs: extracted - started, builtMs: performance.now() - extracted });
}

async function importFile(request: Extract<ExtractRequest, { type: 'import' }>): Promise<void> {
  const [{ importGraphFile }, { checkDrawable }] = await Promise.all([import('../core/io/foreign.ts'), import('../core/io/limits.ts')]);
  const result = importGraphFile(request.text, request.name);
  // Refused here, before the page stores it: a graph the canvas cannot draw would come back on every open.
  checkDrawable(result.graph);
  post({ id: request.id, type: 'imported', graph: result.graph.export(), format: result.format, foreign: result.foreign, notes: result.notes });
}

async function htmlText(request: Extract<ExtractRequest, { type: 'html' }>): Promise<void> {
  const { htmlArticle } = await import('../core/text/html-text.ts');
  post({ id: request.id, type: 'html-text', ...htmlArticle(request.html) });
}

self.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const request = event.data;
  const run = request.type === 'build' ? build(request) : request.type === 'import' ? importFile(request) : htmlText(request);
  run.catch((error: unknown) => {
    post({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
};
