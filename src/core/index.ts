// The pipeline: documents in, a knowledge graph out. Pure TypeScript, so the
// CLI, the app, a Web Worker and the tests all run the same code.
import { findAffiliations } from './extract/affiliations.ts';
import { type DocumentExtraction, extractDocument } from './extract/document.ts';
import { assembleGraph } from './graph/build.ts';
import { type Knowledge, loadDefaultKnowledge } from './knowledge.ts';
import { mergeEntityFacts } from './resolve/entities.ts';
import { datedByPublication, eventsOfCorpus, eventsOfDocument } from './resolve/events.ts';
import type { Doc, KnowledgeGraph } from './schema.ts';
import { SameTexts, comparableText } from './text/same-text.ts';

export interface BuildOptions {
  knowledge?: Knowledge;
  /** Called after each document is read. */
  onProgress?: (done: number, total: number) => void;
  /** Called for a document left out because an earlier one has the same text. */
  onDuplicate?: (id: string, firstId: string) => void;
}

export function buildGraph(docs: Doc[], options: BuildOptions = {}): KnowledgeGraph {
  const knowledge = options.knowledge ?? loadDefaultKnowledge();
  // 1. Each article on its own: entities, meeting frames, invitations, affiliations.
  const extractions: DocumentExtraction[] = [];
  const seen = new SameTexts();
  docs.forEach((doc, i) => {
    // The same article twice is one article: its first id stands for both.
    const first = seen.firstOf(comparableText(doc.text), doc.id);
    if (first === null) extractions.push(extractDocument(doc, knowledge));
    else options.onDuplicate?.(doc.id, first);
    options.onProgress?.(i + 1, docs.length);
  });
  return graphOfExtractions(extractions, knowledge);
}

/** Steps 2–4, on articles already read (the CLI reads them in parallel). */
export function graphOfExtractions(extractions: DocumentExtraction[], knowledge: Knowledge = loadDefaultKnowledge()): KnowledgeGraph {
  // 2. What is known of each entity, across articles, and whom officials serve.
  const facts = mergeEntityFacts(extractions);
  const factsOf = (key: string) => facts.get(key);
  const affiliations = extractions.flatMap((x) => findAffiliations(x.doc, x.roles, facts, (c) => x.leaders[c] ?? null, x.protagonist));
  // 3. Events: frames merged within each article, then across articles.
  const events = eventsOfCorpus(extractions.map((x) => datedByPublication(eventsOfDocument([...x.frames, ...x.invitations.map((i) => i.visit)], factsOf), x.meta.published)), factsOf);
  // 4. The graph, with evidence on every node and edge.
  return assembleGraph(extractions, events, affiliations, factsOf, new Set(knowledge.lexicon.familyNameFirst));
}

export { extractDocument } from './extract/document.ts';
export { SameTexts, comparableText } from './text/same-text.ts';
export type { DocumentExtraction } from './extract/document.ts';
export * from './schema.ts';
