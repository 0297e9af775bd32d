// The pipeline: documents in, a knowledge graph out. (Stub until the extractor lands.)
import { MultiDirectedGraph } from 'graphology';
import type { Doc, KnowledgeGraph } from './schema.ts';

export interface BuildOptions {
  /** Called after each document is read. */
  onProgress?: (done: number, total: number) => void;
}

export function buildGraph(docs: Doc[], options: BuildOptions = {}): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  docs.forEach((doc, i) => {
    const end = Math.max(1, doc.text.indexOf('\n') > 0 ? doc.text.indexOf('\n') : doc.text.length);
    graph.mergeNode(`doc:${doc.id}`, {
      label: doc.text.slice(0, end).trim() || doc.id, kind: 'document', aliases: [],
      evidence: [{ doc: doc.id, start: 0, end }], title: doc.text.slice(0, end).trim(), published: null,
    });
    options.onProgress?.(i + 1, docs.length);
  });
  return graph;
}

export * from './schema.ts';
