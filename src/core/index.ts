// The pipeline: documents in, a knowledge graph out. Pure TypeScript, so the
// CLI, the app, a Web Worker and the tests all run the same code.
import type { EntityFacts } from './extract/context.ts';
import { type DocumentExtraction, extractDocument } from './extract/document.ts';
import { assembleGraph } from './graph/build.ts';
import { type Knowledge, loadDefaultKnowledge } from './knowledge.ts';
import { eventsOfCorpus, eventsOfDocument } from './resolve/events.ts';
import type { Doc, KnowledgeGraph } from './schema.ts';

export interface BuildOptions {
  knowledge?: Knowledge;
  /** Called after each document is read. */
  onProgress?: (done: number, total: number) => void;
}

export function buildGraph(docs: Doc[], options: BuildOptions = {}): KnowledgeGraph {
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  // 1. Each article on its own: entities, meeting frames, invitations, affiliations.
  const extractions: DocumentExtraction[] = [];
  docs.forEach((doc, i) => {
    extractions.push(extractDocument(doc, knowledge));
    options.onProgress?.(i + 1, docs.length);
  });
  return graphOfExtractions(extractions);
}

/** Steps 2–4, on articles already read (the CLI reads them in parallel). */
export function graphOfExtractions(extractions: DocumentExtraction[]): KnowledgeGraph {
  // 2. What is known of each entity, across articles.
  const facts = new Map<string, EntityFacts>();
  for (const x of extractions) for (const [key, f] of x.facts) if (!facts.has(key)) facts.set(key, f);
  const factsOf = (key: string) => facts.get(key);
  // 3. Events: frames merged within each article, then across articles.
  const events = eventsOfCorpus(extractions.map((x) => eventsOfDocument([...x.frames, ...x.invitations.map((i) => i.visit)], factsOf)), factsOf);
  // 4. The graph, with evidence on every node and edge.
  return assembleGraph(extractions, events, factsOf);
}

export { extractDocument } from './extract/document.ts';
export type { DocumentExtraction } from './extract/document.ts';
export * from './schema.ts';
